package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestServeScript runs the scripts of testdata/script/serve, which start
// 'timeline serve' in the background and talk to it with these commands:
//
//	freeport VAR             set VAR to a free port on 127.0.0.1
//	httpget [-wait] URL [FILE]
//	                         GET URL; the body goes to FILE, or to stdout;
//	                         -wait retries for up to 10 s while the
//	                         server starts. "HTTP <status>" goes to stderr.
//	unreload FILE            remove the reload script serve adds to a page
func TestServeScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script/serve",
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"freeport": cmdFreeport,
			"httpget":  cmdHTTPGet,
			"unreload": cmdUnreload,
		},
	})
}

func cmdFreeport(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freeport VAR")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	ts.Setenv(args[0], fmt.Sprint(port))
}

func cmdHTTPGet(ts *testscript.TestScript, neg bool, args []string) {
	wait := len(args) > 0 && args[0] == "-wait"
	if wait {
		args = args[1:]
	}
	if len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: httpget [-wait] URL [FILE]")
	}
	var (
		resp *http.Response
		err  error
	)
	for deadline := time.Now().Add(10 * time.Second); ; {
		resp, err = http.Get(args[0])
		if err == nil || !wait || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		if neg {
			return
		}
		ts.Fatalf("%v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	ts.Check(err)
	if neg {
		ts.Fatalf("unexpected success")
	}
	fmt.Fprintf(ts.Stderr(), "HTTP %d\n", resp.StatusCode)
	if len(args) == 2 {
		ts.Check(os.WriteFile(ts.MkAbs(args[1]), body, 0o644))
		return
	}
	ts.Stdout().Write(body)
}

var reloadBlock = regexp.MustCompile(`(?s)\n?<script>\(function \(\) \{\n  var shown = ("[^"]*");.*?</script>`)

// cmdUnreload removes from a served page the reload script and what the
// page's Content-Security-Policy says to allow it, so that the page can be
// compared with what 'timeline render' writes. A page whose policy does not
// allow its reload script is left with a difference.
func cmdUnreload(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: unreload FILE")
	}
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	m := reloadBlock.FindSubmatch(data)
	if m == nil {
		ts.Fatalf("%s has no reload script", args[0])
	}
	version, err := strconv.Unquote(string(m[1]))
	ts.Check(err)
	sum := sha256.Sum256([]byte(reloadJS(version)))
	allow := " 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; connect-src 'self'"
	allow = strings.ReplaceAll(html.EscapeString(allow), "+", "&#43;") // as html/template writes attributes
	data = reloadBlock.ReplaceAll(data, nil)
	data = bytes.Replace(data, []byte(allow), nil, 1)
	ts.Check(os.WriteFile(path, data, 0o644))
}

func TestInjectReload(t *testing.T) {
	for _, tt := range []struct{ page, want string }{
		{"<html><body><p>x</p></body></html>", "<html><body><p>x</p>SCRIPT</body></html>"},
		{"<BODY>x</BODY>", "<BODY>xSCRIPT</BODY>"},
		{"3 events\n", "3 events\nSCRIPT"},
		{"<body></body><!-- </body> -->", "<body></body><!-- SCRIPT</body> -->"},
	} {
		got := string(injectReload([]byte(tt.page), "1-2"))
		script := "<script>\n" + reloadJS("1-2") + "</script>\n"
		if want := strings.Replace(tt.want, "SCRIPT", script, 1); got != want {
			t.Errorf("injectReload(%q) =\n%s\nwant\n%s", tt.page, got, want)
		}
	}
}

func TestIsLocalHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost:8080": true, "LOCALHOST": true, "127.0.0.1:80": true, "127.0.0.2": true, "[::1]:8080": true,
		"evil.example:8080": false, "192.168.1.2:8080": false, "": false, "localhost.evil.example": false,
	} {
		if got := isLocalHost(host); got != want {
			t.Errorf("isLocalHost(%q) = %v", host, got)
		}
	}
}

// TestServeRefusesOtherHosts checks the DNS-rebinding guard.
func TestServeRefusesOtherHosts(t *testing.T) {
	s := &server{file: "x.yaml", env: &env{stdin: bytes.NewReader(nil)}, loopback: true}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "http://evil.example:8080/", nil))
	if rec.Code != http.StatusForbidden {
		t.Errorf("status %d, want 403", rec.Code)
	}
}
