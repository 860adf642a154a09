// Package server exposes the limiter over HTTP.
//
// log-contradicts-config must NOT trigger here: the message's write_timeout=10s is compared with
// WriteTimeout: 10 * time.Second, an expression the rule does not evaluate; addr is a %s verb.
package server

import (
	"fmt"
	"log"
	"net/http"
	"strconv"
	"time"

	"example.com/limiter/internal/config"
	"example.com/limiter/internal/ratelimit"
)

// New builds the HTTP server; the caller starts it.
func New(cfg config.Config, lim *ratelimit.Limiter) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"status":"ok"}`)
	})
	mux.Handle("POST /v1/check", checkHandler(lim))

	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	log.Printf("http server configured addr=%s write_timeout=10s idle_timeout=%s", srv.Addr, srv.IdleTimeout)
	return srv
}

func checkHandler(lim *ratelimit.Limiter) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Limit-Key")
		if key == "" {
			http.Error(w, "missing X-Limit-Key", http.StatusBadRequest)
			return
		}
		allowed, remaining, err := lim.Allow(r.Context(), key)
		if err != nil {
			log.Printf("limiter error key=%q: %v", key, err)
			http.Error(w, "limiter unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
		if !allowed {
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}
