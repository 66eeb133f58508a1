// Unit and component tests (Node and jsdom). Browser tests run with Playwright (playwright.config.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    // Hooks that build a run (beforeAll) share the cores with CLI-spawning tests; 10 s is too tight.
    hookTimeout: 60_000,
  },
});
