import { Queue, Worker, type Job } from "bullmq";
import IORedis from "ioredis";
import winston from "winston";

import { sendTemplate } from "../mail/templates.js";

const log = winston.createLogger({
  level: "info",
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: "mailer" },
  transports: [new winston.transports.Console()],
});

const connection = new IORedis(process.env.REDIS_URL ?? "redis://localhost:6379", {
  maxRetriesPerRequest: null,
});

export const mailQueue = new Queue("mail", {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: 1000 },
});

export const mailWorker = new Worker(
  "mail",
  async (job: Job<{ to: string; template: string }>) => {
    log.info("sending mail", { jobId: job.id, template: job.data.template });
    await sendTemplate(job.data.to, job.data.template);
  },
  { connection, concurrency: 4 },
);

mailWorker.on("failed", (job, err) => {
  log.error("mail job failed", { jobId: job?.id, attempts: job?.attemptsMade, error: err.message });
});

log.info("mail queue ready", { queue: "mail", concurrency: 4, connection: "redis" });
