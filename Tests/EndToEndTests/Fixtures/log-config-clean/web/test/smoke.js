// Skipped by log-contradicts-config (test/): a smoke script run by CI against a local stack.
import rateLimit, { MemoryStore } from "express-rate-limit";

function smokeLimiter() {
  const limiter = rateLimit({ limit: 1, store: new MemoryStore() });
  console.log({ store: "redis" }, "smoke limiter ready");
  return limiter;
}

smokeLimiter();
