import { defineConfig } from 'vitest/config';

/** Outside the extension, strings come from the same messages.json the extension ships. */
const MESSAGE_CATALOGUE = 'tests/support/message-catalogue.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: [MESSAGE_CATALOGUE] } },
      { test: { name: 'dom', include: ['tests/dom/**/*.test.ts'], environment: 'jsdom', setupFiles: [MESSAGE_CATALOGUE] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
