import { fileURLToPath } from 'node:url';

/** Where `npm run build` records what it was built from, for `npm run review` with no slug: a cache, not content. */
export const LAST_BUILD_RECORD = fileURLToPath(
  new URL('../../../node_modules/.cache/talks-tracker/last-build.json', import.meta.url),
);
