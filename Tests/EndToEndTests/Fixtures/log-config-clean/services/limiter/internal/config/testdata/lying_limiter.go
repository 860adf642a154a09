// Skipped by log-contradicts-config (testdata/): input for an analyzer test.
package testdata

import "log/slog"

type Options struct{ Storage string }

func lying() Options {
	opts := Options{Storage: "memory"}
	slog.Info("limiter ready", "storage", "redis")
	return opts
}
