/**
 * Issue 23: Ukraine's easing on neutrality was first dated 29 March, though Antiwar.com (16 March,
 * p-3) and CNN (20 March, p-2) report it earlier. A demand's history must not start a party's
 * change of status later than the articles report it.
 */
import { describe, expect, it } from 'vitest';
import { earlierStatusEvidence } from '../../../src/lib/compile/status-evidence';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model } = corpus();

describe('a demand’s history starts each change of status where the articles first report it', () => {
  it('leaves no sentence that reports a party’s easing, dropping or rejection before its first dated step', () => {
    const earlier = model.demands.flatMap((demand) =>
      earlierStatusEvidence(demand, model.articles, model.people),
    );
    expect(
      earlier.map(
        ({ demand, status, party, firstDated, article, paragraphId, sentence }) =>
          `${demand}: ${status} by ${party} first dated ${firstDated}, but ${article} ${paragraphId}: ${sentence}`,
      ),
    ).toEqual([]);
  });

  it('dates Ukraine’s easing on neutrality from Antiwar.com’s 16 March report, cited', () => {
    const neutrality = model.demands.find((demand) => demand.id === 'neutrality');
    const eased =
      neutrality?.history.filter((step) => step.status === 'eased' && step.by === 'ukraine') ?? [];
    expect(eased[0]).toMatchObject({
      date: '2022-03-16',
      citation: { article: slugStartingWith('2022-03-16-antiwar'), paragraphId: 'p-3' },
    });
    expect(eased.map((step) => step.citation.article)).toContain(slugStartingWith('2022-03-20-cnn-us'));
  });

  it('finds a sentence published before the first step that holds the status, the demand and the party', () => {
    const demand = {
      id: 'neutrality',
      parties: ['russia'],
      signals: ['neutrality'],
      history: [
        { status: 'raised' as const, date: '2022-03-01' },
        { status: 'eased' as const, date: '2022-03-29', by: 'ukraine' },
      ],
    };
    const sentence = (text: string, mentions: { kind: string; id: string; start: number }[] = []) => ({
      id: 'p-1',
      text,
      mentions,
    });
    const article = (slug: string, publishedDay: string, paragraphs: ReturnType<typeof sentence>[]) => ({
      slug,
      publishedDay,
      paragraphs,
    });
    const people = [{ id: 'zelensky', roles: [{ party: 'ukraine' }] }];
    const found = earlierStatusEvidence(
      demand,
      [
        article('party-named', '2022-03-16', [
          sentence('Ukraine is open to neutrality.', [{ kind: 'party', id: 'ukraine', start: 0 }]),
        ]),
        article('party-in-another-sentence', '2022-03-16', [
          sentence('Kyiv is open to neutrality. Ukraine said so.', [
            { kind: 'party', id: 'ukraine', start: 28 },
          ]),
        ]),
        article('person-named', '2022-03-20', [
          sentence('Zelensky is willing to consider neutrality.', [
            { kind: 'person', id: 'zelensky', start: 0 },
          ]),
        ]),
        article('another-party', '2022-03-16', [
          sentence('Russia is open to neutrality.', [{ kind: 'party', id: 'russia', start: 0 }]),
        ]),
        article('no-evidence', '2022-03-16', [
          sentence('Ukraine spoke of neutrality.', [{ kind: 'party', id: 'ukraine', start: 0 }]),
        ]),
        article('same-day', '2022-03-29', [
          sentence('Ukraine is open to neutrality.', [{ kind: 'party', id: 'ukraine', start: 0 }]),
        ]),
      ],
      people,
    );
    expect(found.map(({ article: slug, sentence: text }) => `${slug}: ${text}`)).toEqual([
      'party-named: Ukraine is open to neutrality.',
      'person-named: Zelensky is willing to consider neutrality.',
    ]);
    expect(found[0]).toMatchObject({ status: 'eased', party: 'ukraine', firstDated: '2022-03-29' });
  });
});
