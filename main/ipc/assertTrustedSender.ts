/** The frame a call comes from, as Electron describes it. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only Paragraf's own page, in its top frame, may call the API. */
export function isTrustedSender(frame: SenderFrame | null | undefined, rendererUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    const expected = new URL(rendererUrl);
    return url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
  } catch {
    return false;
  }
}
