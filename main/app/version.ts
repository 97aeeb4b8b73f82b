declare const __PARAGRAF_VERSION__: string | undefined;

/** Paragraf's version, set at build time from package.json. */
export const appVersion: string = typeof __PARAGRAF_VERSION__ === 'string' ? __PARAGRAF_VERSION__ : 'dev';
