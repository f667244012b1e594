/**
 * The CSV twin of a JSON file of records (RFC 4180): one row per record, one
 * column per field in the schema's order. A list is joined with "; ", a list
 * of objects (a contact's sources, a round's paragraphs) is written as
 * `article#paragraph`, null is an empty cell. A cell a spreadsheet would run
 * as a formula is written as text (`neutraliseFormula`).
 */
export function toCsv(fields: readonly string[], records: readonly Record<string, unknown>[]): string {
  return csvLine(fields) + csvRows(fields, records);
}

/** The rows of `records` as `toCsv` writes them after its header, each ending in CRLF: what an article adds to a file. */
export function csvRows(fields: readonly string[], records: readonly Record<string, unknown>[]): string {
  return records.map((record) => csvLine(fields.map((field) => cell(record[field])))).join('');
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(quote).join(',')}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A number is a value, never a formula: -3 stays a number a spreadsheet can add up.
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return neutraliseFormula(value.map((item) => flat(item)).join('; '));
  return neutraliseFormula(flat(value));
}

/**
 * What a cell starts with when a spreadsheet (Excel, LibreOffice, Sheets)
 * reads it as a formula, or as the tab or line break that precedes one: the
 * list of OWASP's "CSV Injection" guidance.
 */
export const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A text cell as the spreadsheet shows it but never runs it: one that starts
 * with a formula character gets an apostrophe in front (OWASP's advice;
 * spreadsheets show the rest as text), and is quoted by `toCsv`.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function flat(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const { article, paragraph } = value as { article?: unknown; paragraph?: unknown };
    if (typeof article === 'string' && typeof paragraph === 'string') return `${article}#${paragraph}`;
    return JSON.stringify(value);
  }
  return String(value);
}

function quote(cell: string): string {
  return /[",\r\n]/u.test(cell) || cell.startsWith("'") ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

/** Parses CSV written by `toCsv` (quoted cells, doubled quotes, CRLF rows): for the tests that compare the twins. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
