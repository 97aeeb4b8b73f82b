import { ParagrafError } from '../../shared/contract/errors';
import type { StartupNotice } from '../../shared/contract/models';

/** The Swedish text a shell prints or shows when the services cannot start on a data folder. */
export function startupFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof ParagrafError && error.code === 'DATA_DIR_IN_USE') {
    return `Paragraf är redan öppet med datamappen ${dataDir}. Stäng det andra fönstret (eller den andra förhandsvisningen) och försök igen.`;
  }
  if (error instanceof ParagrafError && error.code === 'DATABASE_TOO_NEW') {
    return `Databasen i ${dataDir} har skapats av en nyare version av Paragraf. Uppdatera Paragraf för att öppna den; ingenting har ändrats.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Paragraf kunde inte öppna datamappen ${dataDir}: ${detail}`;
}

/** The Swedish text for a notice about how the database was opened. */
export function startupNoticeMessage(notice: StartupNotice): string {
  return `Databasen var skadad och kunde inte öppnas. Den har flyttats till ${notice.movedTo} (inget har raderats) och Paragraf har startat med en ny databas.`;
}
