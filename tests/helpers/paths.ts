import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
/** The raw articles as received, in the shared folder beside the checkout. */
export const rawArticlesDir = fileURLToPath(new URL('../../../shared/raw-articles/', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
