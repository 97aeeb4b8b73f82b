import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: services and shared logic under Node, the renderer in jsdom, and
// end-to-end tests that drive Debian's Chromium against the browser preview.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/*.test.ts', 'test/unit/shared/**/*.test.ts', 'test/unit/main/**/*.test.ts', 'test/contract/**/*.test.ts', 'test/clients/**/*.test.ts'],
          // The real clients (pdftotext, pdfinfo, qpdf) read a 100-page PDF several times in one
          // test: 4.5–5 s on two shared cores in a slow spell, at vitest's default 5 s limit. How
          // fast things are is the bench's to say, not a test's.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/rendererSetup.ts'],
          // userEvent types key by key through React; on two shared cores a screen test takes seconds.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/specs/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
