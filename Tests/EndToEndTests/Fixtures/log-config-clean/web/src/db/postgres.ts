import pg from "pg";

import { logger } from "../lib/logger.js";

const databaseUrl = process.env.DATABASE_URL ?? "postgresql://web@localhost:5432/web";

export const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: 10,
  idleTimeoutMillis: 30_000,
  ssl: process.env.PGSSLMODE === "require" ? { rejectUnauthorized: true } : false,
});

pool.on("error", (err) => {
  logger.error({ err }, "idle postgres client error");
});

logger.info({ database: "postgres", max: 10 }, "pg pool created");

export async function withTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    logger.warn({ err }, "transaction rolled back");
    throw err;
  } finally {
    client.release();
  }
}
