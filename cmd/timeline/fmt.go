package main

import (
	"errors"
	"flag"
)

var fmtCmd = &command{
	name:  "fmt",
	args:  "[--check] FILE...",
	short: "rewrite timeline YAML files in canonical form",
	long:  `Not implemented yet.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		return func(e *env, args []string) error {
			return errors.New("fmt: not implemented yet")
		}
	},
}
