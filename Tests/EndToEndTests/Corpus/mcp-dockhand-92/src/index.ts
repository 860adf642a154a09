import { createServer } from './server.js';

const config = {
  port: parseInt(process.env['MCP_PORT'] ?? '8080', 10),
  host: process.env['MCP_HOST'] || '0.0.0.0',
};

createServer(config).catch(() => process.exit(1));
