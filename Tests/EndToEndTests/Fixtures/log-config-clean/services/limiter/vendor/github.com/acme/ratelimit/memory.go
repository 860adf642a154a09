// Skipped by log-contradicts-config (vendor/).
package ratelimit

import "log"

type Config struct {
	Storage string
	Limit   int
}

func NewDefault() Config {
	cfg := Config{Storage: "memory", Limit: 60}
	log.Printf("acme ratelimit default storage=redis limit=60")
	return cfg
}
