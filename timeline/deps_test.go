package timeline_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/timeline-dev/timeline"

// allowedImports is the import policy: for each package of the module (by
// directory), the module packages it may import. Imports point one way:
// cmd → render → timeline → timeline/dates, and data is a leaf.
var allowedImports = map[string][]string{
	"cmd/timeline":     {"*"},
	"render":           {"timeline"},
	"timeline":         {},
	"timeline/dates":   {},
	"timeline/extract": {"timeline", "timeline/dates"},
	"data":             {},
}

// TestImportPolicy checks allowedImports, and that each third-party module
// is imported (outside tests) by one package only.
func TestImportPolicy(t *testing.T) {
	root := ".."
	thirdParty := make(map[string][]string) // module path prefix → packages
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		allowed, ok := allowedImports[rel]
		if !ok {
			t.Errorf("package %s is not in allowedImports; add it with the module packages it may import", rel)
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		isTest := strings.HasSuffix(path, "_test.go")
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			switch {
			case p == module || strings.HasPrefix(p, module+"/"):
				if isTest {
					continue
				}
				target := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
				if !slices.Contains(allowed, "*") && !slices.Contains(allowed, target) {
					t.Errorf("%s imports %s; %s may import only %v", path, target, rel, allowed)
				}
			case strings.Contains(strings.SplitN(p, "/", 2)[0], ".") && !isTest:
				mod := modulePrefix(p)
				if !slices.Contains(thirdParty[mod], rel) {
					thirdParty[mod] = append(thirdParty[mod], rel)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for mod, pkgs := range thirdParty {
		if len(pkgs) > 1 {
			t.Errorf("%s is imported by %v; keep each dependency inside one package", mod, pkgs)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("not at the module root: %v", err)
	}
}

// modulePrefix returns the part of an import path that names its module,
// near enough: host/owner/repo, or host/path for gopkg.in and golang.org/x.
func modulePrefix(p string) string {
	parts := strings.Split(p, "/")
	n := 3
	if parts[0] == "gopkg.in" {
		n = 2
	}
	if len(parts) < n {
		return p
	}
	return strings.Join(parts[:n], "/")
}
