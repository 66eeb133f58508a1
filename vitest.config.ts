// Unit and component tests (Node and jsdom). Browser tests run with Playwright (playwright.config.ts).
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    // Vitest's default is one worker fewer than the cores, so one on a 2-core machine, which then sits
    // idle while a test waits for the CLI's ensembles in a child process. Two workers halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    // Hooks that build a run (beforeAll) share the cores with CLI-spawning tests; 10 s is too tight.
    hookTimeout: 60_000,
  },
});
