// express-rate-limit with the default MemoryStore, but the startup log says redis.
//
// log-contradicts-config MUST trigger at store: "redis".
import rateLimit, { MemoryStore } from "express-rate-limit";
import pino from "pino";

const logger = pino({ level: "info" });

export function createApiLimiter() {
  const limiter = rateLimit({
    windowMs: 60 * 1000,
    limit: 100,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    store: new MemoryStore(),
  });
  logger.info({ store: "redis", limit: 100 }, "rate limiter ready");
  return limiter;
}
