package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TIMELINE_TEST_EDIT_BEFORE_WRITE, read only by this test binary (which
// testscript runs as the timeline command), appends its value to the file
// a command is about to replace: as if the user saved the file while the
// command ran. It tests the changed-on-disk refusal.
func init() {
	if s := os.Getenv("TIMELINE_TEST_EDIT_BEFORE_WRITE"); s != "" {
		beforeWrite = func(path string) {
			f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				panic(err)
			}
			f.WriteString(s)
			f.Close()
		}
	}
}

// TestMergeIntoFile runs extract --into's merge with a fixed extraction
// (the extractor's output changes as it improves): the golden merge of
// package timeline, written atomically; then the refusals.
func TestMergeIntoFile(t *testing.T) {
	edit, err := filepath.Abs(filepath.Join("..", "..", "testdata", "edit"))
	if err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile(filepath.Join(edit, "commented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(edit, "commented.merged.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	xdata, err := os.ReadFile(filepath.Join(edit, "commented.extracted.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := timeline.Parse("x.yaml", xdata)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	path := "events.yaml"
	if err := os.WriteFile(path, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	// Through a symbolic link, which stays a link.
	link := "link.yaml"
	if err := os.Symlink("events.yaml", link); err != nil {
		t.Skip("no symbolic links:", err)
	}

	var stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr}
	if err := mergeInto(e, link, x); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, want) {
		t.Errorf("merged file differs from commented.merged.yaml:\n%s", got)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode not kept: %v %v", fi.Mode(), err)
	}
	const summary = "timeline: " + "%s: 3 events added, 3 sources added to 3 events; 1 already there, 1 rejected before\n"
	if s := stderr.String(); s != fmt.Sprintf(summary, link) {
		t.Errorf("stderr = %q", s)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}

	// Changed on disk while the command ran: nothing is written.
	if err := os.WriteFile(path, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	beforeWrite = func(p string) {
		os.WriteFile(p, append(orig, "# saved meanwhile\n"...), 0o600)
	}
	defer func() { beforeWrite = nil }()
	err = mergeInto(e, path, x)
	if err == nil || !strings.Contains(err.Error(), "events.yaml changed on disk since it was read; nothing was written") {
		t.Errorf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, append(orig, "# saved meanwhile\n"...)) {
		t.Errorf("the file was overwritten:\n%s", got)
	}
}

// TestMergeIntoOtherFolder checks that extract --into cites articles
// relative to the timeline file, once.
func TestMergeIntoOtherFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, d := range []string{"articles", filepath.Join("notes", "2024")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	article := "WASHINGTON, March 3, 2021 (Wire) — The two leaders signed the agreement in Geneva on Tuesday.\n"
	if err := os.WriteFile(filepath.Join("articles", "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	into := filepath.Join("notes", "2024", "events.yaml")
	if code := run([]string{"extract", "--into", into, filepath.Join("articles", "a.txt")}, strings.NewReader(""), io.Discard, &stderr); code != 0 {
		t.Fatalf("extract --into: exit %d\n%s", code, stderr.String())
	}
	data, err := os.ReadFile(into)
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeline.Parse("events.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Events) == 0 || len(got.Events[0].Sources) == 0 {
		t.Fatalf("no event extracted:\n%s", data)
	}
	if f := got.Events[0].Sources[0].File; f != "../../articles/a.txt" {
		t.Errorf("file: %q, want %q", f, "../../articles/a.txt")
	}
}
