// Skipped by log-contradicts-config (*_test.go).
package ratelimit

import (
	"log/slog"
	"testing"

	"example.com/limiter/internal/config"
)

func TestMemoryStoreLogsWrongStorageOnPurpose(t *testing.T) {
	opts := Options{Storage: "memory", Prefix: "test:"}
	slog.Info("limiter ready", "storage", "redis")
	if NewMemory(opts) == nil {
		t.Fatal("no store")
	}
}

func TestNewStoreRejectsUnknownStorage(t *testing.T) {
	cfg := config.Defaults()
	cfg.Storage = "etcd"
	if _, err := NewStore(cfg); err == nil {
		t.Fatal("want an error for storage etcd")
	}
}
