// log-contradicts-config must NOT trigger in this file:
//   - newRedisStore sets Storage: "redis" and logs "storage", "redis"; the fallback func literal
//     logs "storage", "memory" in its own scope (a func literal is a scope of its own);
//   - newMemoryStore sets Storage: "memory" and logs "memory"; the "storage=redis" text in it is
//     built with fmt.Sprintf, which is not a log call;
//   - DB: 2 and the logged "db", 2 agree;
//   - NewLocal sets Backend: nil (in-process counters) and logs "backend", "memory": nil is not a backend.

package ratelimit

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"

	"example.com/limiter/internal/config"
)

// NewStore picks the counter storage named by cfg.Storage.
func NewStore(cfg config.Config) (Store, error) {
	switch cfg.Storage {
	case "memory":
		return newMemoryStore(cfg)
	case "redis":
		return newRedisStore(cfg)
	default:
		return nil, fmt.Errorf("unknown storage %q (want memory or redis)", cfg.Storage)
	}
}

func newMemoryStore(cfg config.Config) (Store, error) {
	opts := Options{Storage: "memory", Prefix: cfg.Prefix, Window: cfg.Rate.Period}
	if cfg.Replicas > 1 {
		hint := fmt.Sprintf("storage=redis lets %d replicas share counters", cfg.Replicas)
		slog.Warn("limiter counts per replica",
			slog.String("storage", "memory"),
			slog.Int("replicas", cfg.Replicas),
			slog.String("hint", hint),
		)
	}
	return NewMemory(opts), nil
}

func newRedisStore(cfg config.Config) (Store, error) {
	rdb := redis.NewClient(&redis.Options{
		Addr:        cfg.RedisAddr,
		Password:    cfg.RedisPassword,
		DB:          2,
		DialTimeout: 2 * time.Second,
		ReadTimeout: 500 * time.Millisecond,
	})
	opts := Options{Storage: "redis", Prefix: cfg.Prefix, Window: cfg.Rate.Period}
	onFallback := func(err error) {
		slog.Warn("redis unreachable, limiter degraded to local counters", "storage", "memory", "err", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		return nil, fmt.Errorf("redis ping %s: %w", cfg.RedisAddr, err)
	}
	slog.Info("limiter storage ready", "storage", "redis", "addr", cfg.RedisAddr, "db", 2)
	return NewRedis(rdb, opts, onFallback), nil
}

// NewLocal returns a limiter with in-process counters for the health and admin endpoints
// (a nil Backend means in-process).
func NewLocal(rate config.Rate) *Limiter {
	lim := &Limiter{Backend: nil, Rate: rate}
	slog.Debug("local limiter ready", "backend", "memory", "limit", rate.Limit)
	return lim
}
