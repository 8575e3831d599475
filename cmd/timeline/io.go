package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/timeline-dev/timeline/timeline"
	"time"
)

// readInput reads the file name, or standard input when name is "-".
func (e *env) readInput(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(e.stdin)
	}
	return os.ReadFile(name)
}

// readTimeline reads a timeline file ("-" is standard input), refusing one
// larger than timeline.MaxFileSize before reading it all.
func readTimeline(e *env, name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("%s is a directory; give a timeline file", name)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, timeline.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > timeline.MaxFileSize {
		return nil, fmt.Errorf("%s is larger than %d MiB, the limit for a timeline file; split it into several files", name, timeline.MaxFileSize>>20)
	}
	return data, nil
}

// writeOutput calls write with a buffer and writes the result to stdout when
// path is "", or else atomically to path: to a temporary file in the same
// directory, then renamed over path, so path is never half-written.
func (e *env) writeOutput(path string, write func(w io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	if path == "" {
		_, err := e.stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
}

// writeFileAtomic writes data to a temporary file next to path and renames
// it over path. On any error path is left as it was.
func writeFileAtomic(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(mode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// parseDay parses a --date flag value, YYYY-MM-DD.
func parseDay(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, usagef("bad --date %q: write the publication date as YYYY-MM-DD, such as 2024-04-26", s)
	}
	return t, nil
}
