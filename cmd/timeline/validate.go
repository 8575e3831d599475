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
file:line:col: message. It exits 1 if there is any.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		return func(e *env, args []string) error {
			if len(args) == 0 {
				return usagef("no files given")
			}
			bad := false
			for _, name := range args {
				data, err := e.readInput(name)
				if err != nil {
					return err
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
