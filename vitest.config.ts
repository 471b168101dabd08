import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  // The admin's server components (TSX) rendered in tests; tsconfig keeps JSX for Next.js.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'cms', 'payload.config.ts'),
      '@domain': path.join(root, 'domain'),
      '@cms': path.join(root, 'cms'),
      '@site': path.join(root, 'site'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Every test file gets its own data folder and database before the config is imported.
          setupFiles: ['tests/support/isolateData.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two cores: run files one after another so each has a whole CPU for sharp and SQLite.
          fileParallelism: false,
        },
      },
    ],
  },
})
