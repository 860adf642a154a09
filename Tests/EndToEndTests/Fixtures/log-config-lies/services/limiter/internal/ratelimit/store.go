// log-contradicts-config MUST trigger at the "redis" value of the slog call: the struct literal
// says Storage: "memory".
package ratelimit

import (
	"log/slog"
	"time"
)

// Options configures a limiter store.
type Options struct {
	Storage string
	Prefix  string
	Window  time.Duration
}

// NewDefaultStore returns the in-process store.
func NewDefaultStore() Store {
	opts := Options{
		Storage: "memory",
		Prefix:  "rl:",
		Window:  time.Minute,
	}
	slog.Info("limiter ready", "storage", "redis", "prefix", "rl:")
	return NewMemory(opts)
}
