import { ParagrafError } from '../../shared/contract/errors';
import { importAnswerFile, openReviewFile } from './reviewFiles';
import type { ServiceContext } from './context';

/** Where the window goes after a .paragraf file was opened from the desktop. */
export interface OpenedFile {
  route: string;
}

/**
 * Opens a .paragraf file handed over by the operating system (double-click, File → Open):
 * a review file opens for justering, an answer file is read into its meeting.
 */
export function openParagrafFile(ctx: ServiceContext, content: string): OpenedFile {
  let format: unknown;
  try {
    format = (JSON.parse(content) as { format?: unknown }).format;
  } catch {
    throw new ParagrafError('INVALID_FILE', 'not a Paragraf file');
  }
  if (format === 'paragraf-review') return { route: `#/review/${openReviewFile(ctx, { content }).reviewId}` };
  if (format === 'paragraf-answer') return { route: `#/meeting/${importAnswerFile(ctx, { content }).meetingId}` };
  throw new ParagrafError('INVALID_FILE', 'not a review or answer file');
}
