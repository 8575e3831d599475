package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

var validateCmd = &command{
	name:  "validate",
	args:  "FILE...",
	short: "check timeline YAML files",
	long: `
Validate checks timeline YAML files and prints every problem as
file:line:col: message, with a hint on how to fix it: impossible or
malformed dates, unknown fields (with the field you probably meant),
duplicate ids, missing titles and dates, unknown event types, links other
than http, https and relative ones, values of the wrong type. "-" reads
standard input. It exits 1 if there is any problem.

Editors can check files as you type with the JSON Schema shipped as
timeline.schema.json; see the README.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
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
				_, err = timeline.Parse(name, data)
				var ps timeline.Problems
				if errors.As(err, &ps) {
					for _, p := range ps {
						fmt.Fprintln(e.stderr, p)
					}
					bad = true
				} else if err != nil {
					return err
				}
			}
			if bad {
				return errSilent
			}
			return nil
		}
	},
}
