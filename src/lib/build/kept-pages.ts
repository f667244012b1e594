import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What an output folder holds after a finished build, for the next build into
 * the same folder: the folder, and a digest of Astro's incremental-build
 * manifest as that build wrote it. Kept in the build's cache folder.
 */
interface OutDirRecord {
  outDir: string;
  manifest: string;
}

/** Astro's incremental-build manifest: for each route, each path's output file, relative to the output folder. */
interface IncrementalManifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** Where Astro keeps its incremental-build manifest, in the cache folder. */
const MANIFEST = 'incremental-build.json';
/** Where the last finished build says what it left in its output folder, in the cache folder. */
const RECORD = 'talks-out-dir.json';

function digestOf(file: string): string | undefined {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : undefined;
}

/**
 * The pages a build may leave in `outDir` from the last build, as paths under
 * it: those Astro's manifest keys by a `cacheKey`, which Astro leaves in place
 * when the key is unchanged instead of copying them from its cache. None when
 * the last build into this folder did not finish, or another build (another
 * folder) wrote the manifest since: what the folder holds is then unknown.
 */
export function keptPages(outDir: string, cacheDir: string): Set<string> {
  const recordFile = join(cacheDir, RECORD);
  const manifestFile = join(cacheDir, MANIFEST);
  if (!existsSync(recordFile)) return new Set();
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as OutDirRecord;
  if (record.outDir !== outDir || record.manifest !== digestOf(manifestFile)) return new Set();
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as IncrementalManifest;
  const outUrl = pathToFileURL(`${outDir}/`);
  const kept = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {}))
    for (const { outputFile } of Object.values(route.paths ?? {}))
      if (outputFile !== undefined) kept.add(relative(outDir, fileURLToPath(new URL(outputFile, outUrl))));
  return kept;
}

/**
 * Empties `outDir` but for the files `kept` names (paths under it), as Astro
 * empties it before a build, and forgets what it held: until the build
 * finishes (`recordOutDir`), the next build keeps nothing.
 */
export function emptyOutDirExcept(outDir: string, cacheDir: string, kept: ReadonlySet<string>): void {
  rmSync(join(cacheDir, RECORD), { force: true });
  if (!existsSync(outDir)) return;
  const folders: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (!kept.has(relative(outDir, path))) rmSync(path, { force: true });
  }
  // Deepest first, so a folder emptied of its folders goes too.
  for (const folder of folders.sort((a, b) => b.length - a.length))
    if (readdirSync(folder).length === 0) rmdirSync(folder);
}

/**
 * After a finished build: removes the kept files it did not build again or
 * keep (the pages of a deleted article), so the folder holds what a build
 * into an empty folder gives, and records what the folder now holds.
 */
export function recordOutDir(
  outDir: string,
  cacheDir: string,
  kept: ReadonlySet<string>,
  built: ReadonlySet<string>,
): void {
  for (const path of kept) {
    if (built.has(path)) continue;
    rmSync(join(outDir, path), { force: true });
    // The page's folders, up to the first one that holds something else.
    for (let folder = dirname(join(outDir, path)); folder !== outDir; folder = dirname(folder)) {
      if (!existsSync(folder) || readdirSync(folder).length > 0) break;
      rmdirSync(folder);
    }
  }
  const record: OutDirRecord = { outDir, manifest: digestOf(join(cacheDir, MANIFEST)) ?? '' };
  writeFileSync(join(cacheDir, RECORD), JSON.stringify(record));
}
