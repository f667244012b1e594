import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Most tests wait on a build or on Chromium in another process, so two workers on a two-core
    // machine finish sooner than Vitest's default (cores - 1). Builds are parallel-safe (tests/helpers/astro.ts).
    maxWorkers: 2,
    // Test files share a worker's modules instead of importing the compiler and Astro's helpers again for each
    // file: imports were 58 % of the unit tests' time (199 s against 73 s). Tests that stub the environment or
    // globals restore them (vi.unstubAllEnvs, vi.unstubAllGlobals), so no file sees another's changes.
    isolate: false,
    // A zone far from UTC: dates must come out the same whatever the machine's zone is.
    env: { TZ: 'Pacific/Kiritimati' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
