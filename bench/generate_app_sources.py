#!/usr/bin/env python3
"""Generates application sources for the source-lint benchmark (log-contradicts-config).

N files (default 3000), about 150 lines each, mixed like a polyglot monorepo: Python (FastAPI /
Flask / Celery with structlog and logging), JavaScript and TypeScript (Express, pino, winston,
NestJS-style classes) and Go (slog, zap, logrus). Most functions configure something and log
about it truthfully; a few (each file with a 0.5 % chance) contain a deliberate lie, and about one file
in 20 is a test file that the rule skips. Deterministic for a seed.

    python3 bench/generate_app_sources.py OUT [--files N] [--seed S]

Prints one JSON line: {"files": N, "lies": K, "test_files": T, "lines": L, "bytes": B}.
"""
import argparse
import json
import os
import random

BACKENDS = ["redis", "memory", "postgres", "memcached"]
WORDS = ["order", "invoice", "tenant", "quota", "report", "user", "session", "payment", "export", "audit",
         "catalog", "search", "webhook", "upload", "billing", "notify", "inventory", "shipment"]
TARGET_LINES = 150


def _py_header(rng, n):
    return [f'"""{rng.choice(WORDS).title()} service module {n}."""', "from __future__ import annotations", "",
            "import logging", "import os", "from dataclasses import dataclass", "", "import structlog", "",
            "logger = structlog.get_logger(__name__)", "log = logging.getLogger(__name__)", ""]


def _py_functions(rng, n, i, lie):
    w = rng.choice(WORDS)
    if lie:
        return [f"def setup_{w}_limiter_{i}(app):",
                "    limiter = Limiter(key_func=get_remote_address, storage_uri=None)",
                "    app.state.limiter = limiter",
                '    logger.info("rate_limiting_configured", storage="redis")',
                "    return limiter", "", ""]
    kind = rng.randrange(6)
    if kind == 0:
        redis = rng.random() < 0.5
        uri = f'"redis://cache:6379/{i % 16}"' if redis else "None"
        return [f"def setup_{w}_limiter_{i}(app):",
                f'    """Limiter for the {w} routes; logs storage={"redis" if redis else "memory"}."""',
                "    limiter = Limiter(",
                "        key_func=get_remote_address,",
                f'        default_limits=["{rng.choice([30, 60, 120])}/minute"],',
                f"        storage_uri={uri},",
                "        headers_enabled=True,",
                "    )",
                "    app.state.limiter = limiter",
                "    logger.info(",
                '        "rate_limiting_configured",',
                f'        storage="{"redis" if redis else "memory"}",',
                "        headers=True,",
                "    )",
                "    return limiter", "", ""]
    if kind == 1:
        return [f"async def get_{w}_{i}(item_id: int, session=None) -> dict:",
                f"    row = await session.get({w.title()}, item_id)",
                "    if row is None:",
                f'        logger.info("{w}_not_found", item_id=item_id)',
                f'        raise HTTPException(status_code=404, detail="{w} not found")',
                f'    logger.debug("{w}_loaded", item_id=item_id, status=row.status)',
                '    return {"id": row.id, "status": row.status, "updated_at": row.updated_at.isoformat()}',
                "", ""]
    if kind == 2:
        pool = rng.choice([5, 10, 20])
        return [f"def make_{w}_engine_{i}():",
                f'    database_url = "postgresql+asyncpg://{w}@db:5432/{w}"',
                f"    engine = create_async_engine(database_url, pool_size={pool}, pool_pre_ping=True)",
                f'    logger.info("{w}_engine_created", database="postgres", pool_size={pool})',
                "    return engine", "", ""]
    if kind == 3:
        return ["@dataclass",
                f"class {w.title()}Batch{i}:",
                "    items: list",
                "    size: int = 100",
                "",
                "    def chunks(self):",
                "        for start in range(0, len(self.items), self.size):",
                "            yield self.items[start:start + self.size]",
                "",
                "    def process(self, handler) -> int:",
                "        done = 0",
                "        for chunk in self.chunks():",
                "            try:",
                "                handler(chunk)",
                "                done += len(chunk)",
                "            except ValueError as exc:",
                '                log.warning("batch chunk failed: %s (done=%d)", exc, done)',
                '        log.info("batch processed %d of %d items", done, len(self.items))',
                "        return done", "", ""]
    if kind == 4:
        return [f"def {w}_settings_{i}() -> dict:",
                f'    broker_url = os.environ.get("{w.upper()}_BROKER_URL", "redis://redis:6379/{i % 16}")',
                "    options = {",
                '        "broker_url": broker_url,',
                '        "task_serializer": "json",',
                '        "worker_prefetch_multiplier": 1,',
                "    }",
                f'    log.info("{w} celery options broker=redis serializer=json")',
                "    return options", "", ""]
    return [f"def summarize_{w}_{i}(rows: list[dict]) -> dict:",
            "    totals: dict[str, float] = {}",
            "    for row in rows:",
            '        key = row.get("currency", "EUR")',
            '        totals[key] = totals.get(key, 0.0) + float(row["amount"])',
            f'    print(f"{w}: {{len(rows)}} rows, storage=redis")',
            "    return {k: round(v, 2) for k, v in sorted(totals.items())}", "", ""]


def _js_header(rng, n, ts):
    lines = [f"// {rng.choice(WORDS)} module {n}", 'import rateLimit, { MemoryStore } from "express-rate-limit";',
             'import { RedisStore } from "rate-limit-redis";', 'import { logger } from "../lib/logger.js";', ""]
    if ts:
        lines += ["type Row = { id: number; status: string; amount: number };", ""]
    return lines


def _js_functions(rng, n, i, lie, ts):
    w = rng.choice(WORDS)
    t = (lambda s: s) if ts else (lambda s: "")
    if lie:
        return [f"export function create{w.title()}Limiter{i}() {{",
                "  const limiter = rateLimit({ windowMs: 60 * 1000, limit: 100, store: new MemoryStore() });",
                '  logger.info({ store: "redis" }, "rate limiter ready");',
                "  return limiter;", "}", ""]
    kind = rng.randrange(5)
    if kind == 0:
        redis = rng.random() < 0.5
        store = "new RedisStore({ sendCommand: (...args) => client.sendCommand(args) })" if redis else "new MemoryStore()"
        limit = rng.choice([50, 100, 300])
        return [f"export function create{w.title()}Limiter{i}(client{t(': RedisClient')}) {{",
                "  const limiter = rateLimit({",
                "    windowMs: 60 * 1000,",
                f"    limit: {limit},",
                '    standardHeaders: "draft-7",',
                f"    store: {store},",
                "    handler(req, res, next, options) {",
                '      logger.warn({ ip: req.ip, path: req.path }, "rate limit exceeded");',
                "      res.status(options.statusCode).send(options.message);",
                "    },",
                "  });",
                f'  logger.info({{ store: "{"redis" if redis else "memory"}", limit: {limit} }}, "limiter ready");',
                "  return limiter;", "}", ""]
    if kind == 1:
        return [f"export async function get{w.title()}{i}(req{t(': Request')}, res{t(': Response')}) {{",
                "  const id = Number(req.params.id);",
                f"  const row = await db.{w}.findUnique({{ where: {{ id }} }});",
                "  if (!row) {",
                f'    req.log.info({{ id }}, "{w} not found");',
                f'    return res.status(404).json({{ error: "{w} not found" }});',
                "  }",
                f'  logger.debug({{ id, status: row.status }}, "{w} loaded");',
                "  return res.json(row);", "}", ""]
    if kind == 2:
        return [f"export class {w.title()}Service{i} {{",
                f"  {t('private readonly ')}cache = new Map();",
                "",
                f"  constructor({t('private readonly ')}repo) {{}}",
                "",
                f"  async find(id{t(': number')}) {{",
                "    const hit = this.cache.get(id);",
                "    if (hit) {",
                "      return hit;",
                "    }",
                "    const row = await this.repo.find(id);",
                "    this.cache.set(id, row);",
                f"    console.debug(`{w} ${{id}} cached size=${{this.cache.size}}`);",
                "    return row;",
                "  }",
                "",
                f"  total(rows{t(': Row[]')}) {{",
                "    return rows.reduce((sum, row) => sum + row.amount, 0);",
                "  }", "}", ""]
    if kind == 3:
        return [f"export const {w}Config{i} = {{",
                f'  queue: "{w}",',
                f"  concurrency: {rng.choice([2, 4, 8])},",
                "  attempts: 5,",
                '  backoff: { type: "exponential", delay: 2000 },',
                "};", ""]
    return [f"export function format{w.title()}{i}(rows{t(': Row[]')}) {{",
            "  const lines = rows.map((row) => `${row.id}\\t${row.status}\\t${row.amount.toFixed(2)}`);",
            '  const header = "id\\tstatus\\tamount";',
            '  process.stdout.write("store=redis\\n");',
            '  return [header, ...lines].join("\\n");', "}", ""]


def _go_header(rng, n):
    return [f"// Package {rng.choice(WORDS)}{n} is generated benchmark input.", f"package svc{n}", "", "import (",
            '\t"context"', '\t"fmt"', '\t"log/slog"', '\t"time"', ")", "",
            "// Options configures a store.", "type Options struct {", "\tStorage string", "\tPrefix  string",
            "\tWindow  time.Duration", "}", ""]


def _go_functions(rng, n, i, lie):
    w = rng.choice(WORDS)
    if lie:
        return [f"func newLyingStore{i}() Options {{",
                '\topts := Options{Storage: "memory", Prefix: "rl:"}',
                '\tslog.Info("limiter ready", "storage", "redis")',
                "\treturn opts", "}", ""]
    kind = rng.randrange(5)
    if kind == 0:
        storage = rng.choice(["memory", "redis"])
        return [f"func new{w.title()}Store{i}(prefix string) Options {{",
                "\topts := Options{",
                f'\t\tStorage: "{storage}",',
                "\t\tPrefix:  prefix,",
                "\t\tWindow:  time.Minute,",
                "\t}",
                f'\tslog.Info("limiter store ready", "storage", "{storage}", "prefix", prefix)',
                "\treturn opts", "}", ""]
    if kind == 1:
        return [f"func handle{w.title()}{i}(ctx context.Context, id int64) error {{",
                "\tctx, cancel := context.WithTimeout(ctx, 2*time.Second)",
                "\tdefer cancel()",
                "\tstart := time.Now()",
                "\tif err := ctx.Err(); err != nil {",
                f'\t\treturn fmt.Errorf("{w} %d: %w", id, err)',
                "\t}",
                f'\tslog.DebugContext(ctx, "{w} handled", "id", id, "took", time.Since(start))',
                "\treturn nil", "}", ""]
    if kind == 2:
        return [f"func retry{w.title()}{i}(attempts int, fn func() error) error {{",
                "\tvar err error",
                "\tfor i := 0; i < attempts; i++ {",
                "\t\tif err = fn(); err == nil {",
                "\t\t\treturn nil",
                "\t\t}",
                "\t\tdelay := time.Duration(1<<i) * 100 * time.Millisecond",
                f'\t\tslog.Warn("{w} attempt failed", "attempt", i+1, "delay", delay, "err", err)',
                "\t\ttime.Sleep(delay)",
                "\t}",
                f'\treturn fmt.Errorf("{w}: %d attempts: %w", attempts, err)', "}", ""]
    if kind == 3:
        return [f"func describe{w.title()}{i}(o Options) string {{",
                '\treturn fmt.Sprintf("storage=redis prefix=%s window=%s", o.Prefix, o.Window)', "}", ""]
    return [f"func start{w.title()}Worker{i}(ctx context.Context, jobs <-chan int) {{",
            "\tgo func() {",
            "\t\tfor {",
            "\t\t\tselect {",
            "\t\t\tcase <-ctx.Done():",
            f'\t\t\t\tslog.Info("{w} worker stopped", "storage", "memory")',
            "\t\t\t\treturn",
            "\t\t\tcase job := <-jobs:",
            f'\t\t\t\tslog.Debug("{w} job", "id", job)',
            "\t\t\t}",
            "\t\t}",
            "\t}()",
            f'\tslog.Info("{w} worker started", "workers", 1)', "}", ""]


def generate(out, files=3000, seed=11):
    """Writes the sources under `out/apps` and returns counts."""
    rng = random.Random(seed)
    stats = {"files": 0, "lies": 0, "test_files": 0, "lines": 0, "bytes": 0}
    for n in range(files):
        language = rng.choices(["py", "js", "ts", "go"], weights=[35, 20, 20, 25])[0]
        is_test = rng.random() < 0.05
        lie = not is_test and rng.random() < 0.005
        service = f"svc{n % 60}"
        if language == "py":
            lines = _py_header(rng, n)
            rel = os.path.join("apps", service, "tests" if is_test else "app", f"{'test_' if is_test else ''}module{n}.py")
        elif language == "go":
            lines = _go_header(rng, n)
            rel = os.path.join("apps", service, "internal", f"pkg{n}", f"module{n}{'_test' if is_test else ''}.go")
        else:
            lines = _js_header(rng, n, language == "ts")
            rel = os.path.join("apps", service, "web", "src", f"module{n}{'.test' if is_test else ''}.{language}")
        i = 0
        while len(lines) < TARGET_LINES:
            lie_here = lie and i == 0
            if language == "py":
                lines += _py_functions(rng, n, i, lie_here)
            elif language == "go":
                lines += _go_functions(rng, n, i, lie_here)
            else:
                lines += _js_functions(rng, n, i, lie_here, language == "ts")
            i += 1
        text = "\n".join(lines) + "\n"
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        stats["files"] += 1
        stats["lies"] += 1 if lie else 0
        stats["test_files"] += 1 if is_test else 0
        stats["lines"] += len(lines)
        stats["bytes"] += len(text.encode())
    return stats


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    print(json.dumps(generate(args.out, args.files, args.seed)))


if __name__ == "__main__":
    main()
