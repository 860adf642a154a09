// Skipped by log-contradicts-config (*.spec.ts): the test builds a limiter with a MemoryStore
// and checks the startup log the production module would print.
import rateLimit, { MemoryStore } from "express-rate-limit";
import pino from "pino";
import { describe, expect, it } from "vitest";

describe("apiLimiter", () => {
  it("logs its store", () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const limiter = rateLimit({ windowMs: 1000, limit: 1, store: new MemoryStore() });
    logger.info({ store: "redis" }, "rate limiter ready");
    expect(limiter).toBeTypeOf("function");
    expect(JSON.parse(lines[0]).store).toBe("redis");
  });
});
