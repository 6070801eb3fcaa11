import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { createLogger } from '@app/logging';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ service: 'api', level: config.logging.level });
  const app = await createApiApp(config, log);
  await app.listen({ host: config.server.host, port: config.server.port });
  log.info({ url: `http://${config.server.host}:${config.server.port}` }, 'api listening');
}

main().catch((err: unknown) => {
  process.stderr.write(`api failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
