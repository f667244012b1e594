import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/edit-distance';
import { closestMatches } from '../../src/lib/compile/text';
import { seededRandom } from '../../src/lib/seeded-random';

/** The whole table, no limit and no reuse: what editDistance must agree with. */
function fullDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, row) =>
    Array.from({ length: b.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  const at = (row: number, column: number) => table[row]?.[column] ?? 0;
  for (let row = 1; row <= a.length; row++)
    for (let column = 1; column <= b.length; column++) {
      let best = Math.min(
        at(row - 1, column) + 1,
        at(row, column - 1) + 1,
        at(row - 1, column - 1) + (a[row - 1] === b[column - 1] ? 0 : 1),
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        best = Math.min(best, at(row - 2, column - 2) + 1);
      (table[row] as number[])[column] = best;
    }
  return at(a.length, b.length);
}

/** Words of a small alphabet, so that near and far pairs (swaps among them) both come up often. */
function* wordPairs(count: number): Generator<[string, string]> {
  const random = seededRandom(7);
  const below = (n: number) => Math.floor(random() * n);
  const word = () => Array.from({ length: below(9) }, () => 'abcr'[below(4)]).join('');
  for (let pair = 0; pair < count; pair++) yield [word(), word()];
}

describe('edit distance', () => {
  it('counts inserts, deletes, substitutions, and a swap of neighbours as one edit', () => {
    expect(editDistance('lavorv', 'lavrov')).toBe(1);
    expect(editDistance('istambul', 'istanbul')).toBe(1);
    expect(editDistance('kuleba', 'kulbea')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('agrees with the whole table, and past a limit gives the limit plus one', () => {
    for (const [a, b] of wordPairs(2000)) {
      const full = fullDistance(a, b);
      expect(editDistance(a, b), `${a} ${b}`).toBe(full);
      for (const limit of [0, 1, 2])
        expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(Math.min(full, limit + 1));
    }
  });

  it('gives an editor the id one swap away before one two edits away', () => {
    // Counted as two edits (delete and insert), the swap would tie with "ukraina" and sort after it.
    expect(closestMatches('ukraien', ['ukraina', 'ukraine'])).toEqual(['ukraine', 'ukraina']);
    expect(closestMatches('sergey-lavorv', ['sergey-lavrov', 'sergei-lavrov', 'dmytro-kuleba'])).toEqual([
      'sergey-lavrov',
      'sergei-lavrov',
    ]);
  });
});
