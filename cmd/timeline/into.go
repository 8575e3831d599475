package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

// beforeWrite, when set (by tests), runs after a merged or formatted file
// is ready and before the file on disk is checked and replaced.
var beforeWrite func(path string)

// mergeInto merges the extracted events of tl into the timeline file path
// (see timeline.Merge): new events are added, new sources are appended to
// the events already there, and nothing the user wrote changes. A file
// that does not exist yet is created. The caller cites articles relative
// to the file's folder (see citePath). The file is replaced atomically, and
// not at all if it changed on disk since it was read.
func mergeInto(e *env, path string, tl *timeline.Timeline) error {
	if path == "-" {
		return usagef("--into needs a file to merge into, not standard input")
	}
	data, err := readTimeline(e, path)
	if errors.Is(err, fs.ErrNotExist) {
		var b bytes.Buffer
		if err := timeline.Encode(&b, tl); err != nil {
			return err
		}
		if err := replaceFile(path, nil, b.Bytes()); err != nil {
			return err
		}
		e.warnf("%s: created with %s", path, count(len(tl.Events), "event"))
		return nil
	}
	if err != nil {
		return err
	}
	doc, err := timeline.OpenDocument(path, data)
	if err != nil {
		return fmt.Errorf("%w\n%s has problems; fix them (see 'timeline validate') and run the command again; nothing was written", err, path)
	}
	// Match events as the extractor merges one run, so that articles merged
	// in one at a time come out as they would from one run.
	res := timeline.MergeWith(doc, tl, extract.NewMatcher())
	for _, s := range res.Skipped {
		e.warnf("%s: left out %s", path, s)
	}
	out, err := doc.Bytes()
	if err != nil {
		return fmt.Errorf("%v; nothing was written", err)
	}
	summary := fmt.Sprintf("%s: %s added, %s added to %s; %d already there, %d rejected before",
		path, count(len(res.Added), "event"), count(res.Sources, "source"), count(len(res.Sourced), "event"), res.Known, res.Rejected)
	if bytes.Equal(out, data) {
		e.warnf("%s (file unchanged)", summary)
		return nil
	}
	if err := replaceFile(path, data, out); err != nil {
		return err
	}
	e.warnf("%s", summary)
	return nil
}

// replaceFile writes data to path atomically, if path still holds old (or
// still does not exist, when old is nil); otherwise it writes nothing and
// says the file changed on disk. A symbolic link is followed, so the file
// it points to is replaced and the link stays.
func replaceFile(path string, old, data []byte) error {
	if beforeWrite != nil {
		beforeWrite(path)
	}
	target := path
	if t, err := filepath.EvalSymlinks(path); err == nil {
		target = t
	}
	cur, err := os.ReadFile(target)
	switch {
	case old == nil && err == nil:
		return fmt.Errorf("%s was created by someone else while this command ran; nothing was written; run the command again", path)
	case old == nil && errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case !bytes.Equal(cur, old):
		return fmt.Errorf("%s changed on disk since it was read; nothing was written; run the command again to work on the new version", path)
	}
	return writeFileAtomic(target, data)
}

// count returns "1 event", "2 events".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
