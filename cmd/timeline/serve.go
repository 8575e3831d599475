package main

import (
	"errors"
	"flag"
)

var serveCmd = &command{
	name:  "serve",
	args:  "[--addr 127.0.0.1:8080] TIMELINE.yaml",
	short: "serve the rendered timeline and reload it when the file changes",
	long:  `Not implemented yet.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		return func(e *env, args []string) error {
			return errors.New("serve: not implemented yet")
		}
	},
}
