import type { ParagrafApi } from '../../shared/contract/api';
import { createClient } from '../../shared/contract/createClient';
import { isErrorCode } from '../../shared/contract/errors';
import type { Result } from '../../shared/contract/result';

/** The preview's transport: the contract over `POST /rpc/<method>` with this launch's token. */
export function createHttpClient(token: string, baseUrl = ''): ParagrafApi {
  return createClient(async (key, input): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/rpc/${key}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-paragraf-token': token },
        body: JSON.stringify(input),
      });
    } catch {
      return { ok: false, error: { code: 'UNREACHABLE', message: 'no answer from Paragraf' } };
    }
    if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'token refused' } };
    try {
      const body = (await response.json()) as Result<unknown>;
      if (body.ok || isErrorCode(body.error?.code)) return body;
    } catch {
      // fall through: an answer that is not a result
    }
    return { ok: false, error: { code: 'INTERNAL', message: `unexpected answer (${response.status})` } };
  });
}
