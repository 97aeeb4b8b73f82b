import type { ApiErrorData } from './errors';

/** What every call returns across a transport: a value or an error as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function fail<T = never>(error: ApiErrorData): Result<T> {
  return { ok: false, error };
}
