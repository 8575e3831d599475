module github.com/timeline-dev/timeline

go 1.26.0

require (
	github.com/olebedev/when v1.1.0
	github.com/rogpeppe/go-internal v1.16.0
	golang.org/x/text v0.44.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
