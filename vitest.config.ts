import { defineConfig } from 'vitest/config';

// Tests import packages by their public names; the `@fdlens/source` export condition points
// those names at `src/`, so tests and type checks run without a build.
export default defineConfig({
  resolve: { conditions: ['@fdlens/source'] },
  ssr: { resolve: { conditions: ['@fdlens/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'fixtures/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests build process trees and freeze them; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
