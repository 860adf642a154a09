// Rate limiting for the public API, shared by all replicas through Redis.
//
// log-contradicts-config must NOT trigger here: `store` is a `new RedisStore(...)` (it names
// redis) and the log says { store: "redis" }; limit and prefix agree; windowMs is an expression
// (60 * 1000), which the rule does not evaluate. `handler` is a method with its own scope.
import rateLimit from "express-rate-limit";
import { RedisStore } from "rate-limit-redis";
import { createClient } from "redis";

import { config } from "../config/index.js";
import { logger } from "../lib/logger.js";

const client = createClient({
  url: config.redisUrl,
  socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 3000) },
});
client.on("error", (err) => logger.error({ err }, "redis client error"));
await client.connect();

export const apiLimiter = rateLimit({
  windowMs: 60 * 1000,
  limit: 100,
  standardHeaders: "draft-7",
  legacyHeaders: false,
  store: new RedisStore({
    sendCommand: (...args) => client.sendCommand(args),
    prefix: "rl:api:",
  }),
  handler(req, res, next, options) {
    logger.warn({ ip: req.ip, path: req.path, limit: options.limit }, "rate limit exceeded");
    res.status(options.statusCode).json({ error: "too many requests" });
  },
});

logger.info({ store: "redis", limit: 100, windowMs: 60000, prefix: "rl:api:" }, "rate limiter ready");
