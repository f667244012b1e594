/**
 * Adding, changing or deleting an article rebuilds only what it touches, and the result is the
 * site a cold build makes: the article loader keeps unchanged articles'
 * compiled facts, Astro's incremental build copies unchanged pages into a new
 * folder or leaves them in place in the last build's folder
 * (src/integrations/kept-pages.ts), and none may leave a stale byte behind.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/bench/generate-corpus';
import { readContent } from '../../src/lib/content/read-content';
import { runAstro } from '../helpers/astro';
import { differingFiles, fingerprints } from '../helpers/fingerprints';
import { projectRoot } from '../helpers/paths';

/** A story with a shorter version: retitling it changes the version's page ("A shorter version of …"). */
const FULLER = '2022-03-20-cnn-us-and-nato-officials-struggle-to-decipher-negotiations';
const SHORTER = '2022-03-20-cnn-live-us-and-nato-officials-believe-putin-has-not-backed-off';

describe(
  'a build after an article is added, another retitled and a third deleted',
  { timeout: 300_000 },
  () => {
    it('recompiles and re-renders only what changed, and equals a cold build byte for byte', () => {
      const contentDir = join(mkdtempSync(join(tmpdir(), 'talks-incremental-')), 'content');
      cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
      // Generated articles name the curated people and rounds, so entity pages change with them.
      const seeds = readContent(contentDir);
      const [deleted, added] = generateCorpus(seeds.articles, seeds.knowledge, 2, 7);
      if (deleted === undefined || added === undefined) throw new Error('the generator gave no article');
      const deletedFile = join(contentDir, 'articles', `${deleted.slug}.md`);
      writeFileSync(deletedFile, deleted.markdown);
      const cacheDir = mkdtempSync(join(tmpdir(), 'talks-cache-'));
      const first = runAstro('build', contentDir, cacheDir);
      expect(first.status, first.output).toBe(0);
      expect(existsSync(join(first.outDir, 'articles', deleted.slug, 'index.html'))).toBe(true);
      const firstSite = fingerprints(first.outDir);

      rmSync(deletedFile);
      const { articles } = readContent(contentDir);
      writeFileSync(join(contentDir, 'articles', `${added.slug}.md`), added.markdown);
      const fullerFile = join(contentDir, 'articles', `${FULLER}.md`);
      writeFileSync(
        fullerFile,
        readFileSync(fullerFile, 'utf8').replace(/^title: .*$/mu, 'title: A retitled story'),
      );

      // The same rebuild twice, from copies of the cache: into a new folder, and into the first build's.
      const inPlaceCacheDir = mkdtempSync(join(tmpdir(), 'talks-cache-'));
      cpSync(cacheDir, inPlaceCacheDir, { recursive: true });
      const incremental = runAstro('build', contentDir, cacheDir);
      // The copy is a cache moved: with the first folder gone, no entry may still name a file in it.
      rmSync(cacheDir, { recursive: true, force: true });
      const inPlace = runAstro('build', contentDir, inPlaceCacheDir, {}, first.outDir);
      const cold = runAstro('build', contentDir);
      expect(incremental.status, incremental.output).toBe(0);
      expect(inPlace.status, inPlace.output).toBe(0);
      expect(cold.status, cold.output).toBe(0);

      expect(incremental.output).toContain(`2 of ${articles.length + 1} articles parsed and compiled`);
      // Every other article's page is copied from the last build; the new, the retitled and its version are rendered.
      const copied = [
        ...incremental.output.matchAll(/\/articles\/([^/]+)\/index\.html \((?:cached|restored)\)/gu),
      ].map(([, slug]) => slug);
      expect(copied.sort()).toEqual(
        articles
          .map((article) => article.slug)
          .filter((slug) => slug !== FULLER && slug !== SHORTER)
          .sort(),
      );

      // In the last build's folder, the same pages are left where they are, not copied.
      const left = [...inPlace.output.matchAll(/\/articles\/([^/]+)\/index\.html \(cached\)/gu)].map(
        ([, slug]) => slug,
      );
      expect(left.sort()).toEqual(copied);

      // A person's or a party's page is rendered again when what it shows changed; those the change leaves alone are kept.
      const coldSite = fingerprints(cold.outDir);
      for (const folder of ['people', 'parties']) {
        const entityPage = new RegExp(`^${folder}/(?!unnamed-sources/)[^/]+/index\\.html$`, 'u');
        const changed = [...firstSite.keys()].filter(
          (path) => entityPage.test(path) && firstSite.get(path) !== coldSite.get(path),
        );
        const kept = [...incremental.output.matchAll(/\/([^ ]+\/index\.html) \((?:cached|restored)\)/gu)]
          .map(([, path]) => path ?? '')
          .filter((path) => entityPage.test(path));
        expect(changed.length, folder).toBeGreaterThan(0);
        expect(kept.length, folder).toBeGreaterThan(0);
        expect(kept.filter((path) => changed.includes(path))).toEqual([]);
      }

      for (const build of [incremental, inPlace]) {
        expect(existsSync(join(build.outDir, 'articles', deleted.slug))).toBe(false);
        expect(differingFiles(fingerprints(build.outDir), fingerprints(cold.outDir))).toEqual([]);
      }
    });
  },
);
