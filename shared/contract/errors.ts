/**
 * The closed set of error codes that cross the boundary between main and the UI.
 * The UI shows a translated text per code and never parses messages.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'INVALID_DOCUMENT',
  'REVISION_CONFLICT',
  'READ_ONLY',
  'DATABASE_ERROR',
  'DATABASE_TOO_NEW',
  'DATA_DIR_IN_USE',
  'UNAUTHORIZED',
  'UNREACHABLE',
  'INVALID_FILE',
  'WRONG_MEETING',
  'ALREADY_IMPORTED',
  'CERTIFICATE_PASSWORD',
  'CERTIFICATE_UNREADABLE',
  'CERTIFICATE_EXPIRED',
  'PDF_UNREADABLE',
  'FOLDER_NOT_WRITABLE',
  'INTERNAL',
] as const;

/** One of the error codes the contract allows. */
export type ErrorCode = (typeof errorCodes)[number];

/** An error as it travels across IPC or HTTP: data, never an exception. */
export interface ApiErrorData {
  code: ErrorCode;
  message: string;
}

/** Thrown inside main by services, and by clients when a call returns an error. */
export class ParagrafError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ParagrafError';
    this.code = code;
  }
}

/** Whether a value is one of the contract's error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
