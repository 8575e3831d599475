package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// DecodeYAML decodes the YAML document data into v, a pointer to a struct or
// slice whose fields carry `yaml:"name"` tags, as gopkg.in/yaml.v3 does.
// Keys that v has no field for are errors unless v has an inline map
// (`yaml:",inline"`) to hold them. name is the file name used in problem
// positions. An empty document leaves v as it is. Every error is of type
// Problems, one per problem, each as "name:line: message".
//
// It lets packages that read other YAML files (a gazetteer, Markdown front
// matter) do so without importing the YAML library themselves.
func DecodeYAML(name string, data []byte, v any) error {
	if rv := reflect.ValueOf(v); rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("DecodeYAML: need a non-nil pointer, not %T", v)
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidUTF8(data)], []byte("\n"))
		return Problems{{File: name, Line: line, Msg: "invalid UTF-8; save the file as UTF-8"}}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if err == nil || errors.Is(err, io.EOF) {
		return nil
	}
	var ps Problems
	var te *yaml.TypeError
	if errors.As(err, &te) {
		for _, msg := range te.Errors {
			ps = append(ps, yamlProblem(name, msg))
		}
	} else {
		ps = append(ps, yamlProblem(name, strings.TrimPrefix(err.Error(), "yaml: ")))
	}
	sortProblems(ps)
	return ps
}

var (
	yamlLinePrefix = regexp.MustCompile(`^line (\d+): `)
	yamlNoField    = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
	yamlCannot     = regexp.MustCompile("^cannot unmarshal !!(\\w+) `(.*)` into \\S+$")
)

// yamlProblem turns one yaml.v3 error message into a Problem with a line
// and a message a person can act on.
func yamlProblem(name, msg string) *Problem {
	p := &Problem{File: name}
	if m := yamlLinePrefix.FindStringSubmatch(msg); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	switch {
	case yamlNoField.MatchString(msg):
		msg = fmt.Sprintf("unknown field '%s'; check its spelling", yamlNoField.FindStringSubmatch(msg)[1])
	case yamlCannot.MatchString(msg):
		m := yamlCannot.FindStringSubmatch(msg)
		kind := map[string]string{"str": "text", "seq": "a list", "map": "a mapping", "int": "a number", "bool": "true or false"}[m[1]]
		if kind == "" {
			kind = m[1]
		}
		msg = fmt.Sprintf("unexpected %s %q here; see the file format", kind, m[2])
	default:
		msg = "invalid YAML: " + msg
	}
	p.Msg = msg
	return p
}
