package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// env is what a command sees of the process: its standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// warnf prints a warning on stderr, prefixed "timeline: ".
func (e *env) warnf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "timeline: "+format+"\n", args...)
}

// A command is one subcommand of timeline.
type command struct {
	name  string
	args  string // usage after the name, such as "[flags] FILE..."
	short string // one line for "timeline help"
	long  string // paragraphs for "timeline help NAME" and "-h"
	// flags declares the command's flags on fs and returns the function that
	// runs it with the remaining arguments.
	flags func(fs *flag.FlagSet) func(e *env, args []string) error
}

// commands lists the subcommands in the order "timeline help" shows them.
var commands []*command

func init() {
	commands = []*command{extractCmd, renderCmd, buildCmd, validateCmd, fmtCmd, serveCmd, tagCmd}
}

// errUsage marks an error as a usage error (exit 2).
type usageError struct{ msg string }

func (u *usageError) Error() string { return u.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// errSilent is returned by a command that has already reported its failure
// on stderr; run exits 1 without printing more.
var errSilent = errors.New("failed")

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			usage(stdout)
			return exitOK
		}
		c := lookup(rest[0])
		if c == nil {
			e.warnf("unknown command %q; run 'timeline help'", rest[0])
			return exitUsage
		}
		fs := c.flagSet(stdout)
		fs.Usage()
		return exitOK
	}
	c := lookup(name)
	if c == nil {
		e.warnf("unknown command %q; run 'timeline help'", name)
		return exitUsage
	}
	fs := c.flagSet(stderr)
	runf := c.flags(fs)
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return exitOK
		}
		return exitUsage
	}
	err := runf(e, fs.Args())
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		e.warnf("%s: %v", c.name, err)
		fmt.Fprintf(stderr, "usage: timeline %s %s\nRun 'timeline %s -h' for details.\n", c.name, c.args, c.name)
		return exitUsage
	case errors.Is(err, errSilent):
		return exitFail
	default:
		for line := range strings.SplitSeq(err.Error(), "\n") {
			fmt.Fprintf(stderr, "timeline: %s\n", line)
		}
		return exitFail
	}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// flagSet makes the command's flag set, with a usage message written to w.
func (c *command) flagSet(w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("timeline "+c.name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "usage: timeline %s %s\n\n%s\n", c.name, c.args, strings.TrimSpace(c.long))
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintf(out, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "timeline turns news articles into a dated, hand-editable timeline.\n\nUsage:\n\n\ttimeline <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-10s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, "\nRun 'timeline help <command>' or 'timeline <command> -h' for details.\n")
}
