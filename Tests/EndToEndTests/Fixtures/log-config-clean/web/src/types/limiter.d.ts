// Skipped by log-contradicts-config (*.d.ts). Declarations for the in-house limiter wrapper.
declare module "@acme/express-limiter" {
  import type { RequestHandler } from "express";

  export interface LimiterOptions {
    store: "memory" | "redis";
    limit: number;
    windowMs: number;
  }

  export function createLimiter(options: LimiterOptions): RequestHandler;
}

declare const storage: "memory";
declare const logger: { info(obj: object, msg?: string): void };
logger.info({ storage: "redis" }, "declaration files are never read");
