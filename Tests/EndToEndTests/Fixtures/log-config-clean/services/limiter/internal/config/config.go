// Package config holds the limiter's configuration: flags override the environment, the
// environment overrides Defaults.
package config

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// Config is the limiter's configuration.
type Config struct {
	Addr          string
	Storage       string // "memory" or "redis"
	RedisAddr     string
	RedisPassword string
	Prefix        string
	Replicas      int
	Rate          Rate
}

// Rate is Limit requests per Period.
type Rate struct {
	Limit  int
	Period time.Duration
}

// Defaults is the configuration when nothing overrides it: in-memory counters.
func Defaults() Config {
	return Config{
		Addr:      ":8081",
		Storage:   "memory",
		RedisAddr: "localhost:6379",
		Prefix:    "rl:",
		Replicas:  1,
		Rate:      Rate{Limit: 100, Period: time.Minute},
	}
}

// FromEnv applies LIMITER_* and REDIS_* variables on top of Defaults.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Defaults()
	if v := getenv("LIMITER_STORAGE"); v != "" {
		c.Storage = strings.ToLower(v)
	}
	if v := getenv("REDIS_ADDR"); v != "" {
		c.RedisAddr = v
	}
	c.RedisPassword = getenv("REDIS_PASSWORD")
	if v := getenv("LIMITER_REPLICAS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, fmt.Errorf("LIMITER_REPLICAS=%q: want a positive integer", v)
		}
		c.Replicas = n
	}
	switch c.Storage {
	case "memory", "redis":
	default:
		return c, fmt.Errorf("LIMITER_STORAGE=%q: want memory or redis", c.Storage)
	}
	slog.Debug("configuration loaded",
		"storage", c.Storage,
		"replicas", c.Replicas,
		"redis_password_set", c.RedisPassword != "",
	)
	return c, nil
}

// PrintExample writes a sample environment for operators (`limiter -example-env`). This is
// stdout, not the log: "storage=redis" here is advice, and Storage: "memory" the default.
func PrintExample() {
	example := Config{Storage: "memory", RedisAddr: "cache:6379"}
	fmt.Printf("# storage=redis shares counters between replicas; the default is storage=%s\n", example.Storage)
	fmt.Printf("LIMITER_STORAGE=%s\nREDIS_ADDR=%s\n", example.Storage, example.RedisAddr)
}
