/**
 * The files of `/data/` that grow with the archive (quotes, dates, mentions),
 * written from pieces serialised article by article: the article loader's
 * workers serialise an article's records once, when it is compiled, and keep
 * them beside its compiled facts; a build joins the pieces in the model's
 * article order. Serialising every record of the archive took most of a
 * rebuild's page phase at 1,000 articles. The joined file is byte for byte
 * what `JSON.stringify(records, null, 1)` and `toCsv` give for the whole list.
 */
import { openDataFiles } from '../../schemas/open-data';
import { csvRows, toCsv } from './csv';
import { ARTICLE_KINDS, type ArticleOpenData } from './records';

/** A kind of record that comes from one article alone. */
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** The two forms of each file. */
export type DataFormat = 'json' | 'csv';

/** The columns of a kind's CSV file: its schema's fields, in order. */
export function csvFields(kind: keyof typeof openDataFiles): string[] {
  return Object.keys(openDataFiles[kind].schema.shape);
}

/**
 * Records as the elements `JSON.stringify(list, null, 1)` writes inside a
 * list: each on its own lines, one space further in, joined by ",\n".
 * (A string's line breaks are escaped, so every line break is the layout's.)
 */
export function jsonElements(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record, null, 1).replace(/^/gmu, ' ')).join(',\n');
}

/** A JSON file of `/data/` from its articles' elements (`jsonElements`, UTF-8), as the endpoint serves it. */
export function joinJson(pieces: readonly Uint8Array[]): FileBytes {
  const elements = pieces.filter((piece) => piece.length > 0);
  if (elements.length === 0) return fileBytes([Buffer.from('[]\n')]);
  const separator = Buffer.from(',\n');
  return fileBytes([
    Buffer.from('[\n'),
    ...elements.flatMap((piece, index) => (index === 0 ? [piece] : [separator, piece])),
    Buffer.from('\n]\n'),
  ]);
}

/** A CSV file of `/data/` from its articles' rows (`csvRows`, UTF-8), under the kind's header. */
export function joinCsv(kind: ArticleKind, pieces: readonly Uint8Array[]): FileBytes {
  return fileBytes([Buffer.from(toCsv(csvFields(kind), [])), ...pieces]);
}

/** A file's bytes, as a Response takes them. */
export type FileBytes = Uint8Array<ArrayBuffer>;

/** Pieces joined into one new buffer, over an ArrayBuffer of its own. */
function fileBytes(pieces: readonly Uint8Array[]): FileBytes {
  return Buffer.concat(pieces);
}

/** The order of an article's pieces in its text: each kind, JSON then CSV. */
const PARTS = ARTICLE_KINDS.flatMap((kind) => (['json', 'csv'] as const).map((format) => ({ kind, format })));

/**
 * One article's records as one text: a first line with the length in UTF-8
 * bytes of each piece (`PARTS` order), then the pieces, so a file of `/data/`
 * takes its piece's bytes as they are, without decoding the others or
 * encoding them again.
 */
export function packArticleData(records: ArticleOpenData): string {
  const pieces = PARTS.map(({ kind, format }) =>
    format === 'json'
      ? jsonElements(records[kind])
      : csvRows(csvFields(kind), records[kind] as unknown as Record<string, unknown>[]),
  );
  return `${JSON.stringify(pieces.map((piece) => Buffer.byteLength(piece)))}\n${pieces.join('')}`;
}

/** The most bytes the first line of a packed text takes: six lengths. */
export const PACKED_HEAD_BYTES = 128;

/**
 * Where the piece of one kind and format lies in a text `packArticleData`
 * wrote, in bytes, read from its first line (`head`: the text's first bytes,
 * `PACKED_HEAD_BYTES` or all), so a file of `/data/` reads that piece alone.
 */
export function piecePlace(
  head: Uint8Array,
  kind: ArticleKind,
  format: DataFormat,
): { start: number; length: number } {
  const lineEnd = head.indexOf(0x0a);
  const line = Buffer.from(head.buffer, head.byteOffset, Math.max(lineEnd, 0)).toString('utf8');
  const counts = pieceLengths(line);
  if (lineEnd === -1 || counts === undefined)
    throw new Error(
      `an article's open data starts with "${Buffer.from(head).toString('utf8', 0, 80)}"; expected the length of each of its ${PARTS.length} pieces`,
    );
  const index = PARTS.findIndex((part) => part.kind === kind && part.format === format);
  const start = lineEnd + 1 + counts.slice(0, index).reduce((sum, length) => sum + length, 0);
  return { start, length: counts[index] ?? 0 };
}

/** The bytes of one kind and format in a whole text `packArticleData` wrote. */
export function articlePiece(packed: Buffer, kind: ArticleKind, format: DataFormat): Buffer {
  const { start, length } = piecePlace(packed.subarray(0, PACKED_HEAD_BYTES), kind, format);
  return packed.subarray(start, start + length);
}

/** The first line of a packed text as its pieces' lengths, or undefined when it is not that. */
function pieceLengths(line: string): number[] | undefined {
  try {
    const lengths = JSON.parse(line) as unknown;
    return Array.isArray(lengths) &&
      lengths.length === PARTS.length &&
      lengths.every((length) => Number.isInteger(length) && (length as number) >= 0)
      ? (lengths as number[])
      : undefined;
  } catch {
    return undefined;
  }
}
