// Typed configuration, read once from the environment.
//
// log-contradicts-config must NOT trigger here: in the interface, `rateLimitStore: "memory" |
// "redis"` is a type, not a value, and the object's rateLimitStore is a conditional expression,
// so the warning's "rateLimitStore: memory" has no understood setting to contradict.

export interface AppConfig {
  env: "development" | "test" | "production";
  port: number;
  redisUrl: string;
  databaseUrl: string;
  rateLimitStore: "memory" | "redis";
  logLevel: "debug" | "info" | "warn" | "error";
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing required environment variable ${name}`);
  }
  return value;
}

export const config: AppConfig = {
  env: (process.env.NODE_ENV as AppConfig["env"]) ?? "development",
  port: Number(process.env.PORT ?? 3000),
  redisUrl: process.env.REDIS_URL ?? "",
  databaseUrl: required("DATABASE_URL"),
  rateLimitStore: process.env.REDIS_URL ? "redis" : "memory",
  logLevel: (process.env.LOG_LEVEL as AppConfig["logLevel"]) ?? "info",
};

if (config.rateLimitStore !== "redis") {
  console.warn("rateLimitStore: memory (REDIS_URL not set); limits are counted per process");
}
