// Prints the effective configuration for support tickets: `node scripts/print-config.mjs`.
//
// log-contradicts-config must NOT trigger here: the text that reads like "store=redis" is usage
// text written with process.stdout.write, which is not a log call.
import { config } from "../src/config/index.js";

const usage = `usage: node scripts/print-config.mjs [--json]

  store=redis    rate-limit counters are shared through REDIS_URL
  store=memory   counters are per process (REDIS_URL unset)
`;

function main(argv) {
  const store = "memory";
  if (argv.includes("--help")) {
    process.stdout.write(usage);
    process.stdout.write("example: store=redis REDIS_URL=redis://cache:6379/0\n");
    return 0;
  }
  const effective = config.rateLimitStore ?? store;
  if (argv.includes("--json")) {
    process.stdout.write(JSON.stringify({ env: config.env, port: config.port, store: effective }, null, 2) + "\n");
  } else {
    process.stdout.write([`env=${config.env}`, `port=${config.port}`, `store=${effective}`].join("\n") + "\n");
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
