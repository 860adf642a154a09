// Package cache is the decision cache in front of the limiter (TLS Redis).
//
// log-contradicts-config must NOT trigger here: cacheURL is rediss:// and the log says
// zap.String("cache", "redis") (rediss is the redis family); PoolSize 20 agrees with pool_size.
package cache

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"
)

// Cache stores limiter decisions for a short while.
type Cache struct {
	rdb *redis.Client
	log *zap.SugaredLogger
	ttl time.Duration
}

// New connects to the cache.
func New(logger *zap.Logger) (*Cache, error) {
	cacheURL := "rediss://cache.internal:6380/3"
	opt, err := redis.ParseURL(cacheURL)
	if err != nil {
		return nil, fmt.Errorf("parse cache url: %w", err)
	}
	opt.PoolSize = 20
	rdb := redis.NewClient(opt)
	logger.Info("cache client created",
		zap.String("cache", "redis"),
		zap.Int("pool_size", 20),
		zap.Bool("tls", true),
	)
	return &Cache{rdb: rdb, log: logger.Sugar(), ttl: 5 * time.Minute}, nil
}

// Get returns the cached value and whether there was one.
func (c *Cache) Get(ctx context.Context, key string) ([]byte, bool, error) {
	val, err := c.rdb.Get(ctx, key).Bytes()
	if errors.Is(err, redis.Nil) {
		c.log.Debugw("cache miss", "key", key)
		return nil, false, nil
	}
	if err != nil {
		c.log.Warnw("cache get failed", "key", key, "err", err)
		return nil, false, err
	}
	return val, true, nil
}

// Set stores value for the cache's TTL.
func (c *Cache) Set(ctx context.Context, key string, value []byte) error {
	if err := c.rdb.Set(ctx, key, value, c.ttl).Err(); err != nil {
		c.log.Warnw("cache set failed", "key", key, "err", err)
		return err
	}
	return nil
}
