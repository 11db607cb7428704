import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Node is the environment of every test (shared/ and electron/ run without a DOM); component tests,
 * named `*.dom.test.tsx`, run in jsdom with Testing Library's matchers.
 */
export default defineConfig({
  test: {
    pool: 'threads',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: ['tests/unit/**/*.dom.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.dom.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/dom-setup.ts'],
        },
      },
    ],
  },
});
