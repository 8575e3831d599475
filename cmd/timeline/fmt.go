package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

var fmtCmd = &command{
	name:  "fmt",
	args:  "[--check] FILE...",
	short: "rewrite timeline YAML files in canonical form",
	long: `
Fmt rewrites timeline files in canonical form: events sorted by date,
fields in a fixed order, ids made for events that have none, one quoting
style, two-space indentation. Every comment is kept, next to the field or
event it was written by; blank lines are not. "-" formats standard input
to standard output.

A file with problems is left as it is and its problems are printed, as by
'timeline validate'. Files are replaced atomically, and not at all if they
changed on disk meanwhile.

With --check, fmt changes nothing: it lists the files that are not in
canonical form and exits 1 if there is any, for use in CI and pre-commit
hooks.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		check := fs.Bool("check", false, "list the files that are not canonical, change nothing, and exit 1 if there is any")
		return func(e *env, args []string) error {
			if len(args) == 0 {
				return usagef("no files given")
			}
			bad := false
			for _, name := range args {
				data, err := readTimeline(e, name)
				if err != nil {
					e.warnf("%v", err)
					bad = true
					continue
				}
				out, err := timeline.Format(name, data)
				var ps timeline.Problems
				switch {
				case errors.As(err, &ps):
					for _, p := range ps {
						fmt.Fprintln(e.stderr, p)
					}
					bad = true
				case err != nil:
					e.warnf("%v", err)
					bad = true
				case *check:
					if !bytes.Equal(out, data) {
						fmt.Fprintln(e.stdout, name)
						bad = true
					}
				case name == "-":
					if _, err := e.stdout.Write(out); err != nil {
						return err
					}
				case !bytes.Equal(out, data):
					if err := replaceFile(name, data, out); err != nil {
						e.warnf("%v", err)
						bad = true
					}
				}
			}
			if bad {
				return errSilent
			}
			return nil
		}
	},
}
