// `npm run paragraf -- <command>`: the command line over the same services as the app.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startupFailureMessage } from './app/startupMessages';
import { appVersion } from './app/version';
import { startServices } from './services/startServices';
import { listMeetings } from './services/meetings';
import { createSampleMeeting } from './services/sampleMeeting';
import { exportCommands, exportUsage, runExportCommand } from './cli/exportCommands';

const usage = `Användning: paragraf <kommando> [flaggor]

Kommandon:
  list --data-dir DIR     listar mötena i datamappen (id, datum, rubrik)
  sample --data-dir DIR   skapar Exempelmötet och skriver dess id på sista raden
${exportUsage}
  help                    visar den här texten`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return 0;
  }
  const exportCommand = exportCommands.find((name) => name === command);
  if (exportCommand) return runExportCommand(exportCommand, rest);
  const { values } = parseArgs({ args: rest, options: { 'data-dir': { type: 'string' } }, strict: true });
  if (!values['data-dir']) {
    console.error('Ange datamappen med --data-dir DIR.');
    return 2;
  }
  const dataDir = resolve(values['data-dir']);
  if (command !== 'list' && command !== 'sample') {
    console.error(`Okänt kommando: ${command}\n\n${usage}`);
    return 2;
  }
  let services;
  try {
    services = startServices({ dataDir, version: appVersion });
  } catch (error) {
    console.error(startupFailureMessage(error, dataDir));
    return 3;
  }
  try {
    if (command === 'sample') {
      const meeting = createSampleMeeting(services.ctx);
      console.log(`Exempelmötet skapades i ${dataDir}.`);
      console.log(meeting.id);
      return 0;
    }
    for (const meeting of listMeetings(services.ctx)) {
      console.log(`${meeting.id}\t${meeting.date}\t${meeting.title}`);
    }
    return 0;
  } finally {
    services.close();
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
