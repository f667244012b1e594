import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // A zone far from UTC: dates must come out the same whatever the machine's zone is.
    env: { TZ: 'Pacific/Kiritimati' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
