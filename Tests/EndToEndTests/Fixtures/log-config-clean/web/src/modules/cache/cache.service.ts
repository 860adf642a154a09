// log-contradicts-config must NOT trigger here: onModuleInit sets backend = "redis" and logs
// backend: "redis"; useMemoryFallback, a method of its own, sets "memory" and says memory.
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { createClient, type RedisClientType } from "redis";

@Injectable()
export class CacheService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CacheService.name);
  private client?: RedisClientType;
  private backend: "memory" | "redis" = "memory";
  private readonly local = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly config: ConfigService) {}

  async onModuleInit(): Promise<void> {
    const url = this.config.get<string>("REDIS_URL");
    if (!url) {
      this.useMemoryFallback("REDIS_URL not set");
      return;
    }
    this.client = createClient({ url });
    this.client.on("error", (err: Error) => this.logger.error(`redis error: ${err.message}`));
    await this.client.connect();
    this.backend = "redis";
    this.logger.log({ msg: "cache connected", backend: "redis" });
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.quit();
    this.logger.log("cache closed");
  }

  async get(key: string): Promise<string | undefined> {
    if (this.backend === "redis" && this.client) {
      return (await this.client.get(key)) ?? undefined;
    }
    const entry = this.local.get(key);
    if (!entry || entry.expiresAt < Date.now()) {
      this.local.delete(key);
      return undefined;
    }
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds = 60): Promise<void> {
    if (this.backend === "redis" && this.client) {
      await this.client.set(key, value, { EX: ttlSeconds });
      return;
    }
    this.local.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }

  private useMemoryFallback(reason: string): void {
    this.backend = "memory";
    this.logger.warn(`${reason}; cache backend: memory (per process)`);
  }
}
