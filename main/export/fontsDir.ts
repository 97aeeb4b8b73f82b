import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder of the fonts Paragraf ships (build/fonts): beside the sources and the bundle
 * (both two levels below the project), or in an installed app's resources folder.
 */
export function fontsDir(): string {
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.PARAGRAF_FONTS_DIR,
    join(__dirname, '..', '..', 'build', 'fonts'),
    resources ? join(resources, 'fonts') : undefined,
  ].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => existsSync(join(candidate, 'LiberationSans-Regular.ttf')));
  if (!found) throw new Error(`the fonts Paragraf embeds were not found (looked in ${candidates.join(', ')})`);
  return found;
}
