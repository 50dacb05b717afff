import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The app is fully static: the bundled sample data under data/ is imported at build time,
// so the built app makes no network request beyond its own files.
export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 3000 },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
