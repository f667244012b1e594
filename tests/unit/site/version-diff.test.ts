import { describe, expect, it } from 'vitest';
import { compareVersions, type VersionParagraph } from '../../../src/lib/site/version-diff';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const paragraphs = (...texts: string[]): VersionParagraph[] =>
  texts.map((text, index) => ({ id: `p-${index + 1}`, text }));

describe('compareVersions', () => {
  it('leaves out paragraphs the same in both, and reports those only one version has', () => {
    const first = paragraphs(
      'Talks resumed on Monday.',
      'The delegations met by video link.',
      'Nothing was agreed.',
    );
    const second = paragraphs(
      'Talks resumed on Monday.',
      'Nothing was agreed.',
      'Kyiv said it would keep talking.',
    );
    expect(compareVersions(first, second)).toEqual([
      { kind: 'only-in-first', paragraph: { id: 'p-2', text: 'The delegations met by video link.' } },
      { kind: 'only-in-second', paragraph: { id: 'p-3', text: 'Kyiv said it would keep talking.' } },
    ]);
  });

  it('pairs an edited paragraph with its edit and gives the words that differ', () => {
    const first = paragraphs('Zelensky said Saturday there were compromises his country could not make.');
    const second = paragraphs('Zelenksky said Saturday there were "compromises" his country could not make.');
    const [difference] = compareVersions(first, second);
    expect(difference?.kind).toBe('changed');
    if (difference?.kind !== 'changed') return;
    expect([difference.first, difference.second]).toEqual([first[0], second[0]]);
    expect(difference.words.filter((word) => word.in !== 'both')).toEqual([
      { text: 'Zelensky', in: 'first' },
      { text: 'Zelenksky', in: 'second' },
      { text: '"', in: 'second' },
      { text: '"', in: 'second' },
    ]);
  });

  it('shows a paragraph that only changed its quote marks as changed, not as removed and added', () => {
    const [difference] = compareVersions(
      paragraphs('“We are ready,” he said.'),
      paragraphs('"We are ready," he said.'),
    );
    expect(difference?.kind).toBe('changed');
  });

  it('finds the two CNN versions of one story the full one longer, and every word of each version kept', () => {
    const { model } = corpus();
    const bySlug = (prefix: string) =>
      model.articles.find((article) => article.slug === slugStartingWith(prefix));
    const [live, full] = [bySlug('2022-03-20-cnn-live'), bySlug('2022-03-20-cnn-us')];
    if (live === undefined || full === undefined) throw new Error('the corpus lacks the CNN versions');
    const differences = compareVersions(live.paragraphs, full.paragraphs);
    const changed = differences.filter((difference) => difference.kind === 'changed');
    // The live post is the shorter: most of what differs is what only the full story has.
    expect(differences.filter((difference) => difference.kind === 'only-in-second').length).toBeGreaterThan(
      differences.filter((difference) => difference.kind === 'only-in-first').length,
    );
    expect(changed.length).toBeGreaterThan(0);
    for (const difference of changed) {
      const words = (side: 'first' | 'second') =>
        difference.words
          .filter((word) => word.in !== (side === 'first' ? 'second' : 'first'))
          .map((word) => word.text)
          .join('');
      expect(words('first')).toBe(difference.first.text);
      expect(words('second')).toBe(difference.second.text);
    }
  });
});
