package main

import (
	"errors"

	"github.com/timeline-dev/timeline/timeline"
)

// mergeInto merges the extracted events of tl into the timeline file path.
func mergeInto(e *env, path string, tl *timeline.Timeline) error {
	return errors.New("extract --into: not implemented yet")
}
