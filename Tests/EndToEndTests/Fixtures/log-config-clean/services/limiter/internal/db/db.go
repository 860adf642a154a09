// Package db opens the audit database.
package db

import (
	"database/sql"
	"fmt"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	log "github.com/sirupsen/logrus"
)

// Open opens and checks a pooled connection to the audit database.
func Open(dsn string) (*sql.DB, error) {
	driverName := "pgx"
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", driverName, err)
	}
	db.SetMaxOpenConns(25)
	db.SetMaxIdleConns(5)
	db.SetConnMaxLifetime(30 * time.Minute)
	if err := db.Ping(); err != nil {
		return nil, fmt.Errorf("ping audit database: %w", err)
	}
	log.WithFields(log.Fields{
		"driver":         "pgx",
		"max_open_conns": 25,
		"database":       "postgres",
	}).Info("audit database pool ready")
	return db, nil
}

// RecordDecision appends one limiter decision to the audit log table.
func RecordDecision(db *sql.DB, key string, allowed bool) {
	_, err := db.Exec(`INSERT INTO decisions (key, allowed, at) VALUES ($1, $2, now())`, key, allowed)
	if err != nil {
		log.WithField("key", key).WithError(err).Warn("audit insert failed")
	}
}

// Retention deletes audit rows older than days.
func Retention(db *sql.DB, days int) error {
	res, err := db.Exec(`DELETE FROM decisions WHERE at < now() - make_interval(days => $1)`, days)
	if err != nil {
		return fmt.Errorf("audit retention: %w", err)
	}
	n, _ := res.RowsAffected()
	log.Infof("audit retention days=%d deleted=%d", days, n)
	return nil
}
