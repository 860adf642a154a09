// Command limiter runs the quota-limiter sidecar.
//
// log-contradicts-config must NOT trigger here: the text that reads like "-storage=redis" is
// usage text printed with fmt.Fprintln (not a log call), and the slog calls log variables.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"example.com/limiter/internal/config"
	"example.com/limiter/internal/ratelimit"
	"example.com/limiter/internal/server"
)

func usage() {
	out := flag.CommandLine.Output()
	fmt.Fprintln(out, "usage: limiter [flags]")
	fmt.Fprintln(out, "  -storage=memory   counters in this process (default)")
	fmt.Fprintln(out, "  -storage=redis    counters in Redis at -redis-addr, shared by replicas")
	flag.PrintDefaults()
}

func main() {
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "limiter:", err)
		os.Exit(2)
	}
	flag.StringVar(&cfg.Storage, "storage", cfg.Storage, "counter storage: memory or redis")
	flag.StringVar(&cfg.RedisAddr, "redis-addr", cfg.RedisAddr, "Redis address (host:port)")
	flag.StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address")
	flag.Usage = usage
	flag.Parse()

	level := new(slog.LevelVar)
	if os.Getenv("DEBUG") == "1" {
		level.Set(slog.LevelDebug)
	}
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: level})))

	store, err := ratelimit.NewStore(cfg)
	if err != nil {
		slog.Error("cannot create limiter store", "storage", cfg.Storage, "err", err)
		os.Exit(1)
	}
	srv := server.New(cfg, ratelimit.New(store, cfg.Rate))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("server stopped", "err", err)
			stop()
		}
	}()
	slog.Info("limiter listening", "addr", cfg.Addr, "storage", cfg.Storage)
	<-ctx.Done()

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		slog.Warn("shutdown incomplete", "err", err)
	}
	slog.Info("limiter stopped")
}
