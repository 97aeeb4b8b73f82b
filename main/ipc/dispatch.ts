import { ParagrafError } from '../../shared/contract/errors';
import { inputSchemas } from '../../shared/contract/inputs';
import { isMethodKey, type MethodKey } from '../../shared/contract/methods';
import { fail, ok, type Result } from '../../shared/contract/result';
import type { ServiceContext } from '../services/context';
import { handlers, type Handler } from '../services/handlers';

/** Runs one call: checks the method, parses its input, runs the service, resolves to data. */
export type Dispatch = (key: string, input: unknown) => Promise<Result<unknown>>;

/** Builds the dispatcher every shell uses: IPC, the preview's HTTP bridge, tests and the CLI. */
export function createDispatcher(ctx: ServiceContext, log: (error: unknown) => void = console.error): Dispatch {
  return async (key, input) => {
    if (!isMethodKey(key)) return fail({ code: 'UNKNOWN_METHOD', message: `unknown method ${key}` });
    const parsed = inputSchemas[key].safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'input';
      return fail({ code: 'INVALID_INPUT', message: `${where}: ${issue?.message ?? 'invalid'}` });
    }
    try {
      const handler = handlers[key] as Handler<MethodKey>;
      // Exports and signing are asynchronous; the rest stay synchronous transactions.
      return ok(await handler(ctx, parsed.data as never));
    } catch (error) {
      return fail(toErrorData(error, log));
    }
  };
}

function toErrorData(error: unknown, log: (error: unknown) => void) {
  if (error instanceof ParagrafError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    log(error);
    return { code: 'DATABASE_ERROR' as const, message: code };
  }
  log(error);
  return { code: 'INTERNAL' as const, message: 'internal error' };
}
