// Package data holds the files the timeline command embeds: the gazetteer
// of countries, organisations and office holders used to recognise actors,
// and sample articles with a sample timeline. They are plain, hand-editable
// YAML and text files in this directory; see README.md here for their
// formats and sources.
package data

import (
	"embed"
	"io/fs"
)

//go:embed gazetteer samples
var files embed.FS

// FS returns the embedded files. Its top-level directories are "gazetteer"
// (YAML files) and "samples" (articles, and the timeline made from them).
func FS() fs.FS { return files }
