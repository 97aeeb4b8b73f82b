import { TextRun } from 'docx';
import type { Line } from '../model/types';

/** The runs of a paragraph: each line after the first starts with a line break, as a hard break did. */
export function paragraphRuns(lines: Line[], look: { size?: number } = {}): TextRun[] {
  const runs: TextRun[] = [];
  lines.forEach((line, index) => {
    const parts = line.length > 0 ? line : [{ text: '' }];
    parts.forEach((run, at) => {
      runs.push(
        new TextRun({
          text: run.text,
          bold: run.bold,
          italics: run.italic,
          size: look.size,
          break: index > 0 && at === 0 ? 1 : undefined,
        }),
      );
    });
  });
  return runs;
}
