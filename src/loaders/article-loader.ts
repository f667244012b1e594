import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readCorrections, unknownArticleProblems } from '../lib/content/read-corrections';
import type { ArticleFrontmatter } from '../schemas/article';
import { ContentError, duplicateIdProblems, formerIdProblems } from '../lib/compile/knowledge';
import {
  articleSizeProblem,
  checkArticleFile,
  misnamedArticleProblem,
  readKnowledge,
} from '../lib/content/read-content';
import { sourceClosure } from '../lib/build/source-closure';
import type { ArticleToCompile } from './compile-article';
import { compileArticles } from './compile-pool';

/** The knowledge files an article's compiled facts depend on. */
const KNOWLEDGE_FILES = ['parties', 'people', 'places', 'rounds', 'demands', 'conflicts'].map(
  (name) => `${name}.yaml`,
);
/**
 * Where the code that decides what an article compiles to starts, from the
 * project's root: this file, and the compiler, which this file does not
 * import: the pool's workers load it from its bundle (compile-pool.ts).
 */
const PIPELINE_SOURCES = ['src/loaders/article-loader.ts', 'src/loaders/compile-article.ts'];
/** A file name that is its own URL: lowercase words of letters and digits joined by hyphens. */
const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/u;

/** Every module of ours that decides what an article compiles to, sorted: `PIPELINE_SOURCES` and all they import. */
export function pipelineFiles(rootPath: string): string[] {
  return [...new Set(PIPELINE_SOURCES.flatMap((source) => sourceClosure(join(rootPath, source))))].sort();
}

/**
 * A version of the compiler and the Markdown pipeline: a digest of this
 * loader's and the compiler's sources and of every module of ours they import (`sourceClosure`),
 * and of the lockfile. A change to any of them compiles every article again;
 * a change elsewhere (a page, the search page) compiles none.
 */
function pipelineVersion(root: URL): string {
  const hash = createHash('sha256');
  const rootPath = fileURLToPath(root);
  for (const file of pipelineFiles(rootPath))
    hash.update(relative(rootPath, file)).update('\0').update(readFileSync(file));
  const lockfile = join(rootPath, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}

/** The article files of a folder, sorted; a subfolder or a name that is not a slug stops the build. */
function articleFiles(dir: string, shownAs: string): string[] {
  const problems: string[] = [];
  const names: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const misnamed = misnamedArticleProblem(`${shownAs}/${entry.name}`, entry.name);
    if (entry.isDirectory()) {
      problems.push(
        `${shownAs}/${entry.name}/: articles are not read from subfolders; move its files into ${shownAs}/.`,
      );
    } else if (misnamed !== undefined) {
      problems.push(misnamed);
    } else if (entry.name.endsWith('.md')) {
      if (SLUG_FILE.test(entry.name)) names.push(entry.name);
      else
        problems.push(
          `${shownAs}/${entry.name}: the file name is the article's URL, so it must be lowercase letters, digits and single hyphens, ending in .md (for example 2022-03-12-my-article.md).`,
        );
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return names.sort();
}

/**
 * Loads `content/articles/`: each article is parsed once, by remark; the
 * compiler reads that tree's paragraphs, and remark-rehype with our rehype
 * plugins turns it into the HTML its page shows, with the compiled facts
 * marked (names linked, dates resolved). The store keeps the HTML,
 * and a file in the cache folder the compiled facts, under a digest of the
 * file, the knowledge files and the pipeline's code, so an unchanged article
 * is neither parsed nor compiled again on the next build.
 */
export function articleLoader(options: { base: string }): Loader {
  const sync = async (context: LoaderContext) => {
    const { store, logger, config } = context;
    const rootPath = fileURLToPath(config.root);
    const contentDir = resolve(rootPath, options.base, '..');
    const articlesDir = resolve(rootPath, options.base);
    const shownAs = relative(rootPath, articlesDir) || '.';
    const knowledgeText = KNOWLEDGE_FILES.map((file) => join(contentDir, file)).map((path) =>
      existsSync(path) ? readFileSync(path, 'utf8') : '',
    );
    const version = pipelineVersion(config.root);
    const dependencies = context.generateDigest(`${version}\0${knowledgeText.join('\0')}`);
    // Read as written on every build: the collections' own loaders keep one entry per id, silently.
    const knowledge = readKnowledge(contentDir);
    // Checked here too, before any page: a round's redirect pages are made from its former ids.
    const knowledgeProblems = [...duplicateIdProblems(knowledge), ...formerIdProblems(knowledge.rounds)];
    if (knowledgeProblems.length > 0) throw new ContentError(knowledgeProblems);
    // The editor's corrections apply to each article after the compiler, before its page is rendered;
    // an article's own entries are part of its digest, so a cached article has them applied.
    const corrections = readCorrections(contentDir);

    // Compiled facts live in files of their own, beside the data store: kept there, they would be bundled
    // into the build as one string with every article's facts, costing memory and time on every build.
    const factsDir = join(fileURLToPath(config.cacheDir), 'talks-compiled');
    mkdirSync(factsDir, { recursive: true });
    const factsFile = (digest: string) => join(factsDir, `${digest}.json`);
    // The page's HTML too: in the store, every article's HTML would be one module of the build, parsed on every build.
    const htmlFile = (digest: string) => join(factsDir, `${digest}.html`);
    // Its records of /data/, serialised: joined by the data files, never serialised again while it is unchanged.
    const dataFile = (digest: string) => join(factsDir, `${digest}.data`);
    const seen = new Set<string>();
    const keptFiles = new Set<string>();
    const changed: (ArticleToCompile & { digest: string })[] = [];
    // Every bad article is reported, each on its line, in one build: an editor who added several fixes them at once.
    const fileProblems: string[] = [];
    for (const name of articleFiles(articlesDir, shownAs)) {
      const id = name.slice(0, -'.md'.length);
      const filePath = `${shownAs}/${name}`;
      seen.add(id);
      const tooLarge = articleSizeProblem(filePath, statSync(join(articlesDir, name)).size);
      if (tooLarge !== undefined) {
        fileProblems.push(tooLarge);
        continue;
      }
      const text = readFileSync(join(articlesDir, name), 'utf8');
      // The id is part of it: two files with the same text are two articles, each with its own facts.
      const own = corrections.filter((correction) => correction.article === id);
      const digest = context.generateDigest(`${dependencies}\0${id}\0${text}\0${JSON.stringify(own)}`);
      keptFiles.add(`${digest}.json`).add(`${digest}.html`).add(`${digest}.data`);
      const stored = store.get(id);
      if (
        stored?.digest === digest &&
        [factsFile, htmlFile, dataFile].every((file) => existsSync(file(digest)))
      ) {
        // A correction the compiler no longer needs is said on every build, not only the one that compiled it.
        const metadata = stored.rendered?.metadata ?? {};
        const warnings = metadata['correctionWarnings'];
        if (Array.isArray(warnings)) for (const warning of warnings) logger.warn(String(warning));
        // A cache folder copied or moved (another checkout, a restored CI cache) holds the files, but its entries
        // name them where they were: pointed at this folder's, not compiled again. The store keeps an entry whose
        // digest is unchanged, so it is replaced.
        if (metadata['compiledFile'] !== factsFile(digest)) {
          store.delete(id);
          store.set({
            ...stored,
            rendered: {
              html: '',
              metadata: {
                ...metadata,
                compiledFile: factsFile(digest),
                htmlFile: htmlFile(digest),
                dataFile: dataFile(digest),
              },
            },
          });
        }
        continue;
      }

      const checked = checkArticleFile(text, filePath);
      if ('problems' in checked) {
        fileProblems.push(...checked.problems);
        continue;
      }
      const { frontmatter, body } = checked;
      // Checked by the same schema already; Astro's own pass keeps the collection's data as Astro made it.
      const data = (await context.parseData({ id, data: frontmatter, filePath })) as ArticleFrontmatter;
      changed.push({
        id,
        filePath,
        text,
        body,
        data,
        corrections: own,
        factsFile: factsFile(digest),
        htmlFile: htmlFile(digest),
        dataFile: dataFile(digest),
        digest,
      });
    }

    // Parsed, compiled and rendered on every core; stored in file order, whichever finished first.
    // The workers' code, bundled once per version of it.
    const bundleFile = join(fileURLToPath(config.cacheDir), 'talks-compile-worker', `${version}.mjs`);
    const outcomes = await compileArticles(changed, knowledge, config.root, bundleFile);
    const problems = [
      ...fileProblems,
      ...outcomes.flatMap((outcome) => ('problems' in outcome ? outcome.problems : [])),
    ];
    if (problems.length > 0) throw new ContentError(problems);
    for (const [index, outcome] of outcomes.entries()) {
      const article = changed[index];
      if (article === undefined || 'problems' in outcome || outcome.id !== article.id)
        throw new Error(`the compile of ${article?.id ?? outcome.id} came back out of order`);
      for (const warning of outcome.warnings) logger.warn(warning);
      // Neither the body nor the HTML is kept: every byte in the store is loaded again on every build.
      const metadata = {
        compiledFile: article.factsFile,
        htmlFile: article.htmlFile,
        dataFile: article.dataFile,
        readingMinutes: outcome.readingMinutes,
        correctionWarnings: outcome.warnings,
      };
      const { id, data, filePath, digest } = article;
      store.set({ id, data, filePath, digest, rendered: { html: '', metadata } });
    }
    const unknownArticles = unknownArticleProblems(corrections, [...seen]);
    if (unknownArticles.length > 0) throw new ContentError(unknownArticles);
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    for (const file of readdirSync(factsDir))
      if (!keptFiles.has(file)) rmSync(join(factsDir, file), { force: true });
    logger.info(`${changed.length} of ${seen.size} articles parsed and compiled; the rest were unchanged.`);
  };
  const load = async (context: LoaderContext) => {
    await sync(context);
    // In `astro dev`, an edited article or knowledge file is synced again; unchanged articles are skipped by digest.
    const { watcher, config, logger } = context;
    if (watcher === undefined) return;
    const contentDir = resolve(fileURLToPath(config.root), options.base, '..');
    watcher.add(contentDir);
    watcher.on('all', (_event, path) => {
      if (!path.startsWith(contentDir) || !/\.(?:md|yaml)$/u.test(path)) return;
      sync(context).catch((error: unknown) => {
        logger.error(String(error));
      });
    });
  };
  return { name: 'talks-articles', load };
}
