/**
 * The CSV twin of a JSON file of records (RFC 4180): one row per record, one
 * column per field in the schema's order. A list is joined with "; ", a list
 * of objects (a contact's sources, a round's paragraphs) is written as
 * `article#paragraph`, null is an empty cell.
 */
export function toCsv(fields: readonly string[], records: readonly Record<string, unknown>[]): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map((item) => flat(item)).join('; ');
    return flat(value);
  };
  const rows = [fields, ...records.map((record) => fields.map((field) => cell(record[field])))];
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
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
  return /[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
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
