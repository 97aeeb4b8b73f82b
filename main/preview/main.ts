import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startupFailureMessage, startupNoticeMessage } from '../app/startupMessages';
import { appVersion } from '../app/version';
import { createDispatcher } from '../ipc/dispatch';
import { startServices } from '../services/startServices';
import { startPreviewServer } from './server';

/** `npm run preview -- --data-dir DIR --port N`: the real services behind a loopback bridge. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.local', 'share', 'paragraf-preview'));
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ogiltig port: ${values.port}`);
    process.exit(2);
  }
  let services;
  try {
    services = startServices({ dataDir, version: appVersion });
  } catch (error) {
    console.error(startupFailureMessage(error, dataDir));
    process.exit(3);
  }
  for (const notice of services.ctx.notices) console.error(startupNoticeMessage(notice));
  const server = await startPreviewServer({
    dispatch: createDispatcher(services.ctx),
    rendererDir: join(__dirname, '..', 'renderer'),
    port,
  });
  const stop = () => {
    void server.close().finally(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Paragraf ${appVersion} (förhandsvisning i webbläsaren)`);
  console.log(`Datamapp: ${dataDir}`);
  console.log(`Öppna: ${server.url}`);
}

void main();
