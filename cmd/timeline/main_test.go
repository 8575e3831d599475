package main

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden files and scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"timeline": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the CLI scripts in testdata/script; see
// github.com/rogpeppe/go-internal/testscript for their language.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SEED", os.Getenv("SEED"))
			return nil
		},
	})
}

func TestRunNoArgs(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, nil, &out, &errb); code != exitUsage {
		t.Errorf("run() = %d, want %d", code, exitUsage)
	}
	if !bytes.Contains(errb.Bytes(), []byte("Commands:")) {
		t.Errorf("stderr lacks the command list:\n%s", errb.String())
	}
}
