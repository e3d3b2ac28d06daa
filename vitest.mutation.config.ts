import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// For Stryker only: test files share a worker's module cache (no per-file isolation), which cuts the
// per-mutant overhead several times over. The tests don't rely on module state between files.
export default mergeConfig(base, defineConfig({ test: { isolate: false, pool: 'threads' } }));
