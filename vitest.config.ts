import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    environment: 'node',
    // Integration tests each open real SQLite files; two cores' worth of workers is plenty.
    maxWorkers: 2,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
