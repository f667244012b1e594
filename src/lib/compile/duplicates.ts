import { FNV_OFFSET, FNV_PRIME, fnv1a, words } from './text';

/**
 * What the duplicate check needs of one article beyond its text, computed
 * from it alone so the content loader keeps it between builds: the LSH
 * buckets of its paragraphs, each a 32-bit hash in base 36, joined by
 * commas. Kept this small because every article's is loaded on every build;
 * shingles are recomputed from the text for the few pairs that share a bucket.
 */
export interface ArticleFingerprint {
  buckets: string;
}

/** An article as the duplicate check needs it: its paragraphs, and their fingerprint when already computed. */
export interface ComparableArticle {
  slug: string;
  paragraphs: readonly { id: string; text: string }[];
  fingerprint?: ArticleFingerprint;
}

/** Two articles that are versions of one story. */
export interface ArticleVersionPair {
  /** The fuller version (more shingles). */
  fuller: string;
  /** The shorter version. */
  shorter: string;
  /** Jaccard similarity of the two articles' shingle sets, 0 to 1. */
  similarity: number;
  /** Share of the shorter version's shingles that the fuller one has too, 0 to 1. */
  containment: number;
  /** Paragraphs of the shorter version with no close counterpart in the fuller one. */
  shorterOnly: string[];
  /** Paragraphs of the fuller version with no close counterpart in the shorter one. */
  fullerOnly: string[];
}

/**
 * Results of earlier comparisons, kept between builds: a pair's result under
 * the digests of its two articles, so a rebuild compares only the pairs an
 * added or changed article is in. `null` is a pair found not to be versions.
 */
export interface VersionCheckCache {
  /** The digest of an article's text as compiled; undefined when it has none (it is then compared anew). */
  digestOf(slug: string): string | undefined;
  get(key: string): ArticleVersionPair | null | undefined;
  set(key: string, result: ArticleVersionPair | null): void;
}

/** A story and its versions: counted once as an independent source. */
export interface DuplicateGroup {
  /** The fullest version, shown first. */
  primary: string;
  /** The other versions ("also published as"). */
  versions: string[];
}

/** Words per shingle: five-word runs survive light editing but are rare across independent stories. */
const SHINGLE_WORDS = 5;
/**
 * MinHash signature per paragraph: 16 bands of 3 rows put two paragraphs of
 * similarity 0.5 in a shared bucket 88 % of the time, of 0.7 over 99 %.
 * Paragraphs, not whole articles, are bucketed, because a short version of a
 * long story has a low similarity to it as a whole but shares whole paragraphs.
 */
const BANDS = 16;
const ROWS = 3;
/** Paragraphs shorter than this many shingles ("The council declined to comment.") are too common to pair stories. */
const MIN_PARAGRAPH_SHINGLES = 4;
/**
 * A bucket with more articles than this holds a passage many stories share
 * (a stock sentence, a standard caveat), not versions of one story; pairing
 * all of them would make the work grow with the square of the archive.
 */
const MAX_BUCKET = 10;
/** Share of the shorter text found in the other above which two articles are versions of one story. */
const VERSION_CONTAINMENT = 0.5;
/** Share of a paragraph's shingles found in the other version above which it has a counterpart. */
const PARAGRAPH_MATCH = 0.5;

/** Character codes the shingle and bucket hashes are fed between words and numbers. */
const SPACE = 0x20;
const COLON = 0x3a;
const DOT = 0x2e;
const ZERO = 0x30;
/** The decimal digits of a number below 2^32, most significant last: `hashDigits` reads them backwards. */
const DIGITS = new Uint8Array(10);

/** FNV-1a from `value` on, over the decimal digits of `number` (a whole number, 0 to 2^32 - 1), as `fnv1a` of `String(number)`. */
function hashDigits(value: number, number: number): number {
  let count = 0;
  let rest = number;
  do {
    DIGITS[count] = rest % 10;
    count += 1;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  let hash = value;
  for (let at = count - 1; at >= 0; at -= 1)
    hash = Math.imul(hash ^ (ZERO + (DIGITS[at] ?? 0)), FNV_PRIME) >>> 0;
  return hash;
}

/**
 * The shingles of a text: each run of `SHINGLE_WORDS` words, joined by a space, as its FNV-1a hash.
 * Hashed word by word rather than from the joined run: the same value (`fnv1a`), without a string per shingle.
 */
function shingles(text: string): Set<number> {
  const tokens = words(text);
  const result = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= tokens.length; index += 1) {
    let value = FNV_OFFSET;
    for (let word = index; word < index + SHINGLE_WORDS; word += 1) {
      if (word > index) value = Math.imul(value ^ SPACE, FNV_PRIME) >>> 0;
      const token = tokens[word] ?? '';
      for (let at = 0; at < token.length; at += 1)
        value = Math.imul(value ^ token.charCodeAt(at), FNV_PRIME) >>> 0;
    }
    result.add(value);
  }
  // A text shorter than a shingle is one shingle of itself, so short paragraphs still compare.
  if (result.size === 0 && tokens.length > 0) result.add(fnv1a(tokens.join(' ')));
  return result;
}

/** The seed of each row of a signature, multiplied as `mix` takes it: worked out once, not once per shingle. */
const ROW_SEEDS = Array.from({ length: BANDS * ROWS }, (_, row) => Math.imul(row + 1, 0x9e3779b1));

function mix(value: number, seededRow: number): number {
  let x = (value ^ seededRow) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

function signature(set: ReadonlySet<number>): Uint32Array {
  const result = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const shingle of set) {
    for (let row = 0; row < result.length; row += 1) {
      const value = mix(shingle, ROW_SEEDS[row] ?? 0);
      if (value < (result[row] ?? 0)) result[row] = value;
    }
  }
  return result;
}

/** How many items two sets share. */
function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  // Walk the smaller set and look items up in the larger: the count is the same, the work is less.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared += 1;
  return shared;
}

/**
 * How many numbers two sorted arrays of distinct numbers share; undefined as
 * soon as fewer than `atLeast` can be shared, when a count below it would be
 * thrown away. Walked side by side: a set's lookups of numbers above 2^30
 * (most shingle hashes, kept as heap numbers) were most of a cold build's
 * comparison of 242,583 candidate pairs at 5,000 articles.
 */
function sortedOverlap(a: Uint32Array, b: Uint32Array, atLeast: number): number | undefined {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let shared = 0;
  let at = 0;
  for (let index = 0; index < small.length; index += 1) {
    if (shared + small.length - index < atLeast) return undefined;
    const item = small[index] ?? 0;
    while (at < large.length && (large[at] ?? 0) < item) at += 1;
    if (at === large.length) break;
    if (large[at] === item) {
      shared += 1;
      at += 1;
    }
  }
  return shared < atLeast ? undefined : shared;
}

/** Paragraph ids of an article whose shingles are mostly absent from `other`. */
function unmatchedParagraphs(
  paragraphs: readonly { id: string; shingles: Set<number> }[],
  other: ReadonlySet<number>,
): string[] {
  return paragraphs
    .filter(({ shingles: own }) => own.size > 0 && overlap(own, other) / own.size < PARAGRAPH_MATCH)
    .map(({ id }) => id);
}

/** The LSH buckets of an article's paragraphs (those long enough to pair stories). */
export function fingerprint(paragraphs: readonly { text: string }[]): ArticleFingerprint {
  const buckets = new Set<string>();
  for (const paragraph of paragraphs) {
    const own = shingles(paragraph.text);
    if (own.size < MIN_PARAGRAPH_SHINGLES) continue;
    const sig = signature(own);
    for (let band = 0; band < BANDS; band += 1) {
      // The hash of "band:row.row.row", fed its characters without the string: a typed array's slice
      // and join, then the numbers written out, were most of the fingerprint's time.
      let key = hashDigits(FNV_OFFSET, band);
      for (let row = band * ROWS; row < band * ROWS + ROWS; row += 1) {
        key = Math.imul(key ^ (row === band * ROWS ? COLON : DOT), FNV_PRIME) >>> 0;
        key = hashDigits(key, sig[row] ?? 0);
      }
      buckets.add(key.toString(36));
    }
  }
  return { buckets: [...buckets].join(',') };
}

/**
 * Finds articles that are versions of one story. MinHash signatures are
 * bucketed by band (locality-sensitive hashing), so only articles that share
 * a bucket are compared: the work grows with the number of articles, not
 * with its square. Candidate pairs are then measured exactly, unless
 * `cache` holds the result for the two articles as they are; `stats` counts
 * the pairs measured, so tests and the benchmark can check that stays small.
 */
export function findArticleVersions(
  articles: readonly ComparableArticle[],
  stats: { comparisons: number } = { comparisons: 0 },
  cache?: VersionCheckCache,
): ArticleVersionPair[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  // Most buckets hold one article: a bucket is its first article's index until a second joins it,
  // so the million buckets of 5,000 articles are not a million sets. An article's buckets are distinct.
  const buckets = new Map<string, number | number[]>();
  for (const [index, article] of articles.entries()) {
    const print = article.fingerprint ?? fingerprint(article.paragraphs);
    for (const key of print.buckets.split(',')) {
      if (key === '') continue;
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, index);
      else if (typeof bucket === 'number') buckets.set(key, [bucket, index]);
      else if (!bucket.includes(index)) bucket.push(index);
    }
  }
  // Shingles only for the articles that share a bucket with another: the exact comparison needs them.
  const sets = new Map<string, Set<number>>();
  const paragraphSets = new Map<string, { id: string; shingles: Set<number> }[]>();
  const shinglesOf = (slug: string): Set<number> => {
    const known = sets.get(slug);
    if (known !== undefined) return known;
    const own = (bySlug.get(slug)?.paragraphs ?? []).map((paragraph) => ({
      id: paragraph.id,
      shingles: shingles(paragraph.text),
    }));
    const all = new Set<number>();
    for (const paragraph of own) for (const shingle of paragraph.shingles) all.add(shingle);
    paragraphSets.set(slug, own);
    sets.set(slug, all);
    return all;
  };
  // Each article's shingles as a sorted array too, for counting what two articles share.
  const sortedSets = new Map<string, Uint32Array>();
  const sortedOf = (slug: string): Uint32Array => {
    const known = sortedSets.get(slug);
    if (known !== undefined) return known;
    const sorted = Uint32Array.from(shinglesOf(slug)).sort();
    sortedSets.set(slug, sorted);
    return sorted;
  };
  const compareVersions = (slugA: string, slugB: string): ArticleVersionPair | null => {
    const setA = shinglesOf(slugA);
    const setB = shinglesOf(slugB);
    const smaller = Math.min(setA.size, setB.size);
    // Most candidates share a paragraph or two: counting stops once the rest could not make them versions.
    const shared = sortedOverlap(sortedOf(slugA), sortedOf(slugB), smaller * VERSION_CONTAINMENT);
    if (shared === undefined) return null;
    const containment = smaller === 0 ? 0 : shared / smaller;
    if (containment < VERSION_CONTAINMENT) return null;
    const [fuller, shorter] = setA.size >= setB.size ? [slugA, slugB] : [slugB, slugA];
    return {
      fuller,
      shorter,
      similarity: shared / (setA.size + setB.size - shared),
      containment,
      shorterOnly: unmatchedParagraphs(paragraphSets.get(shorter) ?? [], sets.get(fuller) ?? new Set()),
      fullerOnly: unmatchedParagraphs(paragraphSets.get(fuller) ?? [], sets.get(shorter) ?? new Set()),
    };
  };
  // A candidate pair is a number, the two slugs' ranks in sorted order: sorted, the numbers go in the
  // order of the pairs' slugs (a 242,583-string set, sorted and split again, at 5,000 articles).
  const sorted = [...bySlug.keys()].sort();
  const rankOf = new Map(sorted.map((slug, rank) => [slug, rank]));
  const candidates = new Set<number>();
  for (const bucket of buckets.values()) {
    if (typeof bucket === 'number') continue;
    const ranks = [...new Set(bucket.map((index) => rankOf.get(articles[index]?.slug ?? '') ?? 0))];
    if (ranks.length > MAX_BUCKET) continue;
    ranks.sort((a, b) => a - b);
    for (let i = 0; i < ranks.length; i += 1) {
      for (let j = i + 1; j < ranks.length; j += 1)
        candidates.add((ranks[i] ?? 0) * sorted.length + (ranks[j] ?? 0));
    }
  }
  const pairs: ArticleVersionPair[] = [];
  for (const key of Float64Array.from(candidates).sort()) {
    const slugA = sorted[Math.floor(key / sorted.length)] ?? '';
    const slugB = sorted[key % sorted.length] ?? '';
    const digestA = cache?.digestOf(slugA);
    const digestB = cache?.digestOf(slugB);
    const cacheKey = digestA === undefined || digestB === undefined ? undefined : `${digestA}\n${digestB}`;
    const cached = cacheKey === undefined ? undefined : cache?.get(cacheKey);
    const result = cached === undefined ? compareVersions(slugA, slugB) : cached;
    if (cached === undefined) stats.comparisons += 1;
    if (cacheKey !== undefined) cache?.set(cacheKey, result);
    if (result !== null) pairs.push(result);
  }
  return pairs;
}

/**
 * Joins version pairs, and the relations editors declared, into stories:
 * each story counts once as a source, with its fullest version first.
 */
export function groupVersions(
  slugs: readonly string[],
  pairs: readonly ArticleVersionPair[],
  size: (slug: string) => number,
  declared: readonly (readonly [string, string])[] = [],
): DuplicateGroup[] {
  const parent = new Map(slugs.map((slug) => [slug, slug]));
  const root = (slug: string): string => {
    const up = parent.get(slug) ?? slug;
    if (up === slug) return slug;
    const top = root(up);
    parent.set(slug, top);
    return top;
  };
  for (const pair of pairs) parent.set(root(pair.shorter), root(pair.fuller));
  // Relations editors declared (`versionOf`) join stories the text comparison may not have found.
  for (const [a, b] of declared) parent.set(root(a), root(b));
  const members = new Map<string, string[]>();
  for (const slug of slugs) {
    const group = members.get(root(slug)) ?? [];
    group.push(slug);
    members.set(root(slug), group);
  }
  return [...members.values()].map((group) => {
    const ordered = [...group].sort((a, b) => size(b) - size(a) || a.localeCompare(b));
    return { primary: ordered[0] ?? '', versions: ordered.slice(1) };
  });
}
