import type { OutputOf, ParagrafApi } from './api';
import { ParagrafError } from './errors';
import { methodKeys, type MethodKey } from './methods';
import type { Result } from './result';

/** Sends one call over a transport and resolves to its result as data. */
export type Invoke = (key: MethodKey, input: unknown) => Promise<Result<unknown>>;

/** Builds the namespaced API from the method list over any transport; errors become ParagrafError. */
export function createClient(invoke: Invoke): ParagrafApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const key of methodKeys) {
    const [namespace, name] = key.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][name] = async (input: unknown) => unwrap<typeof key>(await invoke(key, input ?? {}));
  }
  return api as unknown as ParagrafApi;
}

function unwrap<K extends MethodKey>(result: Result<unknown>): OutputOf<K> {
  if (result.ok) return result.value as OutputOf<K>;
  throw new ParagrafError(result.error.code, result.error.message);
}
