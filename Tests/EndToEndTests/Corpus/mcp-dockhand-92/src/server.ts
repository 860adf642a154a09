import express from 'express';

export async function createServer(config: { port: number; host: string }): Promise<void> {
  const app = express();
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  app.listen(config.port, config.host);
}
