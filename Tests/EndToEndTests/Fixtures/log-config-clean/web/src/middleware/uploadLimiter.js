// Upload throttling with express-rate-limit's default store: `store: undefined` means its
// built-in MemoryStore (uploads are pinned to one replica by the ingress).
//
// log-contradicts-config must NOT trigger here: store is undefined (nothing configured) and the
// log says store: "memory", which is what nothing means for express-rate-limit.
import rateLimit from "express-rate-limit";

import { logger } from "../lib/logger.js";

export function createUploadLimiter() {
  const limiter = rateLimit({
    windowMs: 60 * 60 * 1000,
    limit: 20,
    store: undefined,
    keyGenerator: (req) => req.user?.id ?? req.ip,
  });
  logger.info({ store: "memory", limit: 20 }, "upload limiter ready");
  return limiter;
}
