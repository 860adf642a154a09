import express from "express";
import helmet from "helmet";
import pinoHttp from "pino-http";

import { config } from "./config/index.js";
import { logger } from "./lib/logger.js";
import { createLoginLimiter } from "./middleware/loginLimiter.js";
import { apiLimiter } from "./middleware/rateLimit.js";
import { healthRouter } from "./routes/health.js";
import { authRouter } from "./routes/auth.js";

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", 1);
app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use(
  pinoHttp({
    logger,
    customLogLevel(req, res, err) {
      if (err || res.statusCode >= 500) return "error";
      if (res.statusCode >= 400) return "warn";
      return "info";
    },
    autoLogging: { ignore: (req) => req.url === "/healthz" },
  }),
);

app.use("/", healthRouter);
app.use("/api", apiLimiter);
app.use("/api/auth/login", createLoginLimiter());
app.use("/api/auth", authRouter);

app.use((err, req, res, next) => {
  req.log.error({ err }, "unhandled error");
  res.status(err.status ?? 500).json({ error: "internal error" });
});

const server = app.listen(config.port, () => {
  logger.info({ port: config.port, env: config.env }, "web listening");
});

function shutdown(signal) {
  logger.info({ signal }, "shutting down");
  server.close(() => {
    logger.info("http server closed");
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}

process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
