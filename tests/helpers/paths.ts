import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
/** The raw articles as received (copied from the shared folder), kept in the repository so any clone can test. */
export const rawArticlesDir = fileURLToPath(new URL('../fixtures/raw-articles/', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
