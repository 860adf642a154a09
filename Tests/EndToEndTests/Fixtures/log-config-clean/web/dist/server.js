// Skipped by log-contradicts-config (dist/): a stale build of an older server.js.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const express_rate_limit_1 = require("express-rate-limit");
const logger_1 = require("./lib/logger");
function buildLimiter() {
    const limiter = (0, express_rate_limit_1.rateLimit)({ windowMs: 60000, limit: 100, store: new express_rate_limit_1.MemoryStore() });
    logger_1.logger.info({ store: "redis" }, "rate limiter ready");
    return limiter;
}
exports.default = buildLimiter;
