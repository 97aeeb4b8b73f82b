/** Flags for a quiet, offline, reproducible Chromium in a container. */
export const chromiumArgs: string[];
