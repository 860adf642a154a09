// Command warmer preloads the decision cache for the busiest keys every few minutes.
package main

import (
	"context"
	"os"
	"os/signal"
	"time"

	"go.uber.org/zap"

	"example.com/limiter/internal/cache"
)

func main() {
	logger, err := zap.NewProduction()
	if err != nil {
		panic(err)
	}
	defer func() { _ = logger.Sync() }()

	c, err := cache.New(logger)
	if err != nil {
		logger.Fatal("cache unavailable", zap.Error(err))
	}
	interval := 5 * time.Minute
	sugar := logger.Sugar()
	sugar.Infow("cache warmer starting", "interval", "5m", "cache", "redis")

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			sugar.Info("cache warmer stopped")
			return
		case <-ticker.C:
			n, err := warm(ctx, c)
			if err != nil {
				sugar.Warnw("warm-up failed", "err", err)
				continue
			}
			sugar.Infow("cache warmed", "keys", n)
		}
	}
}

func warm(ctx context.Context, c *cache.Cache) (int, error) {
	keys := []string{"tenant:free", "tenant:team", "tenant:enterprise"}
	for _, key := range keys {
		if err := c.Set(ctx, "warm:"+key, []byte("1")); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}
