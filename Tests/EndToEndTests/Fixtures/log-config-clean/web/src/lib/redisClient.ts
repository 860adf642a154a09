import Redis from "ioredis";

import { config } from "../config/index.js";
import { logger } from "./logger.js";

export const redis = new Redis(config.redisUrl, {
  lazyConnect: true,
  maxRetriesPerRequest: 2,
  enableOfflineQueue: false,
});

redis.on("ready", () => logger.info({ redis: "ready" }, "redis connection ready"));
redis.on("reconnecting", (delay: number) => logger.warn({ delay }, "redis reconnecting"));

export async function connectRedis(): Promise<void> {
  await redis.connect();
  const info = await redis.info("server");
  const version = /redis_version:(\S+)/.exec(info)?.[1] ?? "unknown";
  logger.info({ version, lazyConnect: true }, "redis connected");
}
