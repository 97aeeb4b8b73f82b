// Debian's Chromium as the end-to-end tests and the bench start it: headless in a container, no
// GPU, nothing in the background, offline. Plain JavaScript so the bench's Node scripts can use it.

/** Flags for a quiet, offline, reproducible Chromium in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
