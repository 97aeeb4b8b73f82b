/** A call's answer as text: its HTTP status and body, or status 0 when nothing answered. */
export interface RpcAnswer {
  status: number;
  text: string;
}

/** Sends one call of the preview's bridge (`POST` with this launch's token) and reads the answer's text. */
export async function postRpc(url: string, token: string, body: string): Promise<RpcAnswer> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-paragraf-token': token }, body });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}
