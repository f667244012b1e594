import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../helpers/built-site';

/** The header of a round page: each field (When, Where, Delegation heads) and the text of its value. */
function headerFields(round: string): Map<string, { text: string; links: string[] }> {
  const page = readBuiltPage(`/rounds/${round}/`);
  const terms = selectAll('header .facts-list dt', page).map((term) => toString(term));
  const values = selectAll('header .facts-list dd', page);
  return new Map(
    terms.map((term, index) => {
      const value = values[index];
      // A citation marker links to the highlighted passage; the paragraph it cites is its data-paragraph-url.
      const links = value
        ? selectAll('a', value).map((link) =>
            String(link.properties['dataParagraphUrl'] ?? link.properties['href']),
          )
        : [];
      return [term, { text: value ? toString(value).replace(/\s+/gu, ' ') : '', links }];
    }),
  );
}

describe('a round page shows where each header fact comes from', () => {
  it('marks the first round’s date, place and delegation heads as editor’s facts, linked to the fact with its source', () => {
    const fields = headerFields('2022-02-28-gomel-region');
    // content/rounds.yaml: facts[1] gives the date and place, facts[2] the delegation heads.
    const anchors = { When: '#fact-2', Where: '#fact-2', 'Delegation heads': '#fact-3' };
    for (const [field, anchor] of Object.entries(anchors)) {
      expect(fields.get(field)?.text, field).toMatch(
        /Editor’s fact, number \d of the summary, with its source/u,
      );
      expect(fields.get(field)?.links, field).toContain(anchor);
      // The source is given once, in the summary's fact, not repeated in each field.
      expect(fields.get(field)?.text, field).not.toMatch(/Contemporary wire reports/u);
      const fact = selectAll(`[id="${anchor.slice(1)}"]`, readBuiltPage('/rounds/2022-02-28-gomel-region/'));
      expect(toString(fact[0] ?? { type: 'root', children: [] }), anchor).toMatch(
        /Editor’s fact Contemporary wire reports/u,
      );
    }
  });

  it('cites the Istanbul round’s date and delegation heads to The Hill’s paragraphs, and its venue to the editors', () => {
    const fields = headerFields('2022-03-29-istanbul');
    expect(fields.get('When')?.links).toContain(
      '/articles/2022-03-29-the-hill-peace-talks-fraught-with-uncertainty/#p-1',
    );
    expect(fields.get('When')?.text).not.toMatch(/Editor’s fact/u);
    expect(fields.get('Delegation heads')?.links).toContain(
      '/articles/2022-03-29-the-hill-peace-talks-fraught-with-uncertainty/#p-11',
    );
    expect(fields.get('Where')?.text).toMatch(/Dolmabahçe Palace.*Editor’s fact/u);
  });
});
