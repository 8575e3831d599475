package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDebugRead(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("RD"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		a, err := Read(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("=== %s\nTitle=%q URL=%q Outlet=%q Pub=%q From=%q\n%s\n", f, a.Title, a.URL, a.Outlet, a.Published, a.PublishedFrom, a.Text)
	}
}
