// pm2 process file: one web process per core, cluster mode.
module.exports = {
  apps: [
    {
      name: "web",
      script: "src/server.js",
      instances: "max",
      exec_mode: "cluster",
      max_memory_restart: "512M",
      env_production: { NODE_ENV: "production", LOG_LEVEL: "info" },
    },
  ],
};
