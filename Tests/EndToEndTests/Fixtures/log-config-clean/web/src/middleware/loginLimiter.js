// Login throttling, deliberately per process (ADR-014): a restart resets it, which is fine.
//
// log-contradicts-config must NOT trigger here: the store is a MemoryStore and the log says
// store: "memory". "store=redis" appears only in an Error message (not a log call), in a
// comparison, and in this comment.
import rateLimit, { MemoryStore } from "express-rate-limit";

import { logger } from "../lib/logger.js";

export function createLoginLimiter(options = {}) {
  if (options.store === "redis") {
    throw new Error("store=redis is not supported for login throttling; see ADR-014");
  }
  const limiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: 10,
    skipSuccessfulRequests: true,
    store: new MemoryStore(),
    message: { error: "too many login attempts, try again later" },
  });
  logger.info({ store: "memory", limit: 10, skipSuccessfulRequests: true }, "login limiter ready");
  return limiter;
}
