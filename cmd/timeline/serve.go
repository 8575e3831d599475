package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

var serveCmd = &command{
	name:  "serve",
	args:  "[--addr 127.0.0.1:8080] TIMELINE.yaml",
	short: "serve the rendered timeline and reload it when the file changes",
	long: `
Serve renders the timeline file as an HTML page, as 'timeline render' does,
and serves it for a live preview while you edit the file: the page reloads
by itself within a second of each save. When the file has problems, the
page lists them instead of showing a stale timeline.

Serve listens on 127.0.0.1 (this computer only) unless --addr names
another address. Port 0 picks a free port. Stop it with Ctrl-C.`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		addr := fs.String("addr", "127.0.0.1:8080", "listen on `host:port`; a host other than 127.0.0.1 or localhost lets other computers read the timeline")
		return func(e *env, args []string) error {
			if len(args) != 1 {
				return usagef("give one timeline file")
			}
			file := args[0]
			if _, err := os.Stat(file); err != nil {
				return err
			}
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return err
			}
			s := &server{file: file, env: e, loopback: isLoopback(ln.Addr())}
			if !s.loopback {
				e.warnf("serve: listening on %s, which other computers can reach; use --addr 127.0.0.1:PORT to keep the timeline to this computer", ln.Addr())
			}
			e.warnf("serving %s at http://%s/ (press Ctrl-C to stop)", file, ln.Addr())
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ln) }()
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdown); err != nil {
				return err
			}
			e.warnf("serve: stopped")
			return nil
		}
	},
}

// versionPath is where the page's script asks for the file's version.
const versionPath = "/_timeline/version"

// server serves the page of one timeline file.
type server struct {
	file     string
	env      *env
	loopback bool // listening on a loopback address only
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.loopback && !isLocalHost(r.Host) {
		// A page on another site cannot reach the preview through a DNS
		// name that resolves to 127.0.0.1 (DNS rebinding).
		http.Error(w, "forbidden: this preview answers to localhost only", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	switch r.URL.Path {
	case "/":
		page, status := s.page()
		h.Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		w.Write(page)
	case versionPath:
		h.Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, s.version())
	default:
		http.NotFound(w, r)
	}
}

// version identifies the file's current content, from its size and time
// of modification; "missing" when it cannot be read.
func (s *server) version() string {
	fi, err := os.Stat(s.file)
	if err != nil {
		return "missing"
	}
	return fmt.Sprintf("%d-%d", fi.ModTime().UnixNano(), fi.Size())
}

// page renders the file, or a page listing its problems, with the reload
// script added. The version is taken before the file is read, so a change
// while reading shows up as a further reload, never as a missed one.
func (s *server) page() ([]byte, int) {
	version := s.version()
	data, err := readTimeline(s.env, s.file)
	if err != nil {
		return s.errorPage(version, "cannot read "+s.file, []string{err.Error()}), http.StatusInternalServerError
	}
	tl, err := timeline.Parse(s.file, data)
	var ps timeline.Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = p.Error()
		}
		title := fmt.Sprintf("%s has %d problems", s.file, len(ps))
		if len(ps) == 1 {
			title = s.file + " has a problem"
		}
		return s.errorPage(version, title, lines), http.StatusUnprocessableEntity
	}
	var b bytes.Buffer
	// The page's Content-Security-Policy allows only the scripts it knows
	// of, so the reload script goes in through the renderer.
	if err := render.Render(&b, tl, render.Options{Format: "html", ExtraScript: reloadJS(version)}); err != nil {
		return s.errorPage(version, "cannot render "+s.file, []string{err.Error()}), http.StatusInternalServerError
	}
	return b.Bytes(), http.StatusOK
}

func (s *server) errorPage(version, title string, lines []string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>timeline: %s</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.3rem; color: #a00; }
pre { background: #fdf3f3; border-left: 4px solid #a00; padding: 1rem; white-space: pre-wrap; }
</style>
</head>
<body>
<h1>%s</h1>
<p>Fix the file and save it: this page reloads by itself.</p>
<pre>
`, html.EscapeString(title), html.EscapeString(title))
	for _, l := range lines {
		b.WriteString(html.EscapeString(l))
		b.WriteByte('\n')
	}
	b.WriteString("</pre>\n</body>\n</html>\n")
	return injectReload(b.Bytes(), version)
}

// reloadJS returns the script that polls the file's version once a second
// and reloads the page when it differs from version, the one it shows.
func reloadJS(version string) string {
	return fmt.Sprintf(`(function () {
  var shown = %q;
  setInterval(function () {
    fetch(%q, {cache: "no-store"})
      .then(function (r) { return r.text(); })
      .then(function (v) { if (v !== shown) { location.reload(); } })
      .catch(function () {});
  }, 1000);
})();
`, version, versionPath)
}

// injectReload adds the reload script to page, an error page of serve's own
// without a Content-Security-Policy, before its last </body>.
func injectReload(page []byte, version string) []byte {
	script := "<script>\n" + reloadJS(version) + "</script>\n"
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		return append(page, script...)
	}
	out := make([]byte, 0, len(page)+len(script))
	out = append(out, page[:i]...)
	out = append(out, script...)
	return append(out, page[i:]...)
}

// isLoopback reports whether addr is a loopback address.
func isLoopback(addr net.Addr) bool {
	ta, ok := addr.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

// isLocalHost reports whether a request's Host names this computer.
func isLocalHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
