import { Router, type Request, type Response } from "express";

import { pool } from "../db/postgres.js";
import { logger } from "../lib/logger.js";
import { redis } from "../lib/redisClient.js";

export const healthRouter = Router();

healthRouter.get("/healthz", (_req: Request, res: Response) => {
  res.json({ status: "ok" });
});

healthRouter.get("/readyz", async (_req: Request, res: Response) => {
  const checks: Record<string, "ok" | "error"> = { postgres: "ok", redis: "ok" };
  try {
    await pool.query("select 1");
  } catch (err) {
    checks.postgres = "error";
    logger.warn({ err, check: "postgres" }, "readiness check failed");
  }
  try {
    await redis.ping();
  } catch (err) {
    checks.redis = "error";
    logger.warn({ err, check: "redis" }, "readiness check failed");
  }
  const ready = Object.values(checks).every((v) => v === "ok");
  res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", checks });
});
