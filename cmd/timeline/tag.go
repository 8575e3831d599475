package main

import (
	"errors"
	"flag"
)

var tagCmd = &command{
	name:  "tag",
	args:  "[--date YYYY-MM-DD FILE...]",
	short: "find the time expressions in JSONL documents (TempEval format)",
	long:  `Not implemented yet.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		return func(e *env, args []string) error {
			return errors.New("tag: not implemented yet")
		}
	},
}
