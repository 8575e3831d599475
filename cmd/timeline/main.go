// Command timeline turns news articles about diplomacy into a dated,
// hand-editable timeline (YAML) and renders it as a web page or Markdown.
//
// Run "timeline help" for the commands.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
