import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The app is fully static: the bundled sample data under data/ is imported at build time,
// so the built app makes no network request beyond its own files.
export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 3000 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/browser/**'], environment: 'node', testTimeout: 30000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120000,
          hookTimeout: 120000,
          fileParallelism: false,
        },
      },
    ],
  },
});
