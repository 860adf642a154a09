// Two-level cache: a small LRU in each process in front of Redis.
//
// log-contradicts-config must NOT trigger here: `cache` is built from two stores, one memory and
// one Redis, so its constructor does not name exactly one backend; the log's cache: "redis"
// (the shared level) is not contradicted. ttlMs is not the same setting as ttl.
import { createCache } from "cache-manager";
import { KeyvCacheableMemory } from "cacheable";
import KeyvRedis from "@keyv/redis";
import { Keyv } from "keyv";

import { config } from "../config/index.js";
import { logger } from "./logger.js";

export const cache = createCache({
  stores: [
    new Keyv({ store: new KeyvCacheableMemory({ ttl: 30_000, lruSize: 5000 }) }),
    new Keyv({ store: new KeyvRedis(config.redisUrl), namespace: "web" }),
  ],
  ttl: 60_000,
});

logger.info({ cache: "redis", l1: "memory", ttlMs: 60000 }, "cache ready");

export async function cached<T>(key: string, load: () => Promise<T>, ttl = 60_000): Promise<T> {
  const hit = await cache.get<T>(key);
  if (hit !== undefined && hit !== null) {
    return hit;
  }
  const value = await load();
  await cache.set(key, value, ttl);
  logger.debug({ key, ttl }, "cache filled");
  return value;
}
