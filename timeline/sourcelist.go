package timeline

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// ParseSourceList reads a sources list: a YAML list of the articles an
// analyst read, each a mapping with the fields of a Source (file, url,
// title, outlet, published), as in
//
//   - file: articles/minsk.txt
//     published: 2015-02-13
//     url: https://example.org/minsk
//
// Every entry needs a file. name is the file name used in problem
// positions. The error, if any, is of type Problems and lists every problem
// as "name:line:col: message".
func ParseSourceList(name string, data []byte) ([]Source, error) {
	p := &parser{file: name}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, Problems{yamlProblem(name, strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		p.errorf(root, "a sources list is a list of entries, each starting with '- file: '")
		return nil, p.problems
	}
	list := p.sources(root)
	for i, s := range list {
		if s.File == "" && len(list) == len(root.Content) {
			p.errorf(root.Content[i], "entry has no 'file:'; give the article's path, relative to this list")
		}
	}
	if len(p.problems) > 0 {
		sortProblems(p.problems)
		return list, p.problems
	}
	return list, nil
}
