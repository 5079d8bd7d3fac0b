import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The app is a static site: relative base so it runs from any folder or file host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
