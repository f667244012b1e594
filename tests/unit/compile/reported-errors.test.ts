/**
 * The wrong facts a careful reader found on the site (issue 11), each as the
 * reader would check it: these fail on the build before the fixes.
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/lib/compile/model';
import { ContentError } from '../../../src/lib/compile/knowledge';
import { openData } from '../../../src/lib/open-data/records';
import { positionsMatrix, stepActors } from '../../../src/lib/site/positions';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model, articles, knowledge } = corpus();
const data = openData(model);
const cnn20 = slugStartingWith('2022-03-20-cnn-us');
const cnn11 = slugStartingWith('2022-03-11-cnn');

describe('positions: a cell holds only that party’s own position', () => {
  const matrix = positionsMatrix(model);
  const column = (party: string) => matrix.columns.indexOf(party);

  it('keeps other parties’ answers out of Russia’s column, and puts Ukraine’s answer in Ukraine’s', () => {
    for (const row of matrix.rows) {
      for (const [index, cell] of row.cells.entries()) {
        const party = matrix.columns[index] ?? '';
        for (const position of cell)
          expect(stepActors(position.demand, position.latest), `${row.topic} ${party}`).toContain(party);
      }
    }
    const crimea = matrix.rows.find((row) => row.topic === 'crimea');
    expect(crimea?.cells[column('russia')]?.map((position) => position.latest.status)).toEqual([
      'reiterated',
    ]);
    expect(crimea?.cells[column('russia')]?.[0]?.before).toBeUndefined();
    expect(crimea?.cells[column('ukraine')]?.map((position) => position.latest.status)).toEqual(['rejected']);
    expect(crimea?.others.map((position) => `${position.party} ${position.latest.status}`)).toEqual([
      'turkey rejected',
    ]);
  });

  it('shows Zelensky’s 29 March offer in Ukraine’s column, as an offer, not as Russia’s step', () => {
    const neutrality = matrix.rows.find((row) => row.topic === 'neutrality-and-nato');
    const russia = neutrality?.cells[column('russia')]?.[0];
    const ukraine = neutrality?.cells[column('ukraine')]?.[0];
    expect(russia?.latest.date).not.toBe('2022-03-29');
    expect(ukraine?.latest).toMatchObject({ date: '2022-03-29', status: 'eased', by: 'ukraine' });
  });
});

describe('a status needs words in its cited passage that support it', () => {
  const hill = slugStartingWith('2022-03-29-the-hill');
  const withStep = (status: string, quote: string, extra: Record<string, unknown> = {}, article = hill) => ({
    ...knowledge,
    demands: knowledge.demands.map((demand) =>
      demand.id === 'neutrality'
        ? {
            ...demand,
            history: [
              ...demand.history,
              {
                status: status as 'close-to-agreement',
                date: '2022-03-29',
                by: 'ukraine',
                citation: { article, quote },
                ...extra,
              },
            ],
          }
        : demand,
    ),
  });
  const offer =
    'Ukrainian President Volodymyr Zelensky has offered key concessions to Russian demands, in particular positioning the country to hold a neutral status';

  it('stops the build on "close to agreement" for an offer, naming the step and what was expected', () => {
    const run = () => compileModel(articles, withStep('close-to-agreement', offer));
    expect(run).toThrow(ContentError);
    // The step is appended to the history, so its index is the history's length in the knowledge.
    const index = knowledge.demands.find((demand) => demand.id === 'neutrality')?.history.length;
    expect(run).toThrow(
      `demands.yaml: demand "neutrality", history[${String(index)}].status: the status "close-to-agreement" needs one of “close”`,
    );
  });

  it('shows the closest passage that would support the status', () => {
    const antiwar = slugStartingWith('2022-03-16-antiwar');
    const run = () =>
      compileModel(
        articles,
        withStep(
          'close-to-agreement',
          'Neutral status is now being seriously discussed',
          { date: '2022-03-16' },
          antiwar,
        ),
      );
    expect(run).toThrow(
      /Closest passage \(p-1\): On Wednesday, Russian Foreign Minister Sergey Lavrov said Russia and Ukraine are close to reaching a deal/u,
    );
  });

  it('accepts an editor’s override only with a written reason, shown in the open data', () => {
    const reason = 'The offer is read as a step towards agreement by the editors, for a test.';
    const overridden = compileModel(
      articles,
      withStep('close-to-agreement', offer, { overrideReason: reason }),
    );
    const step = overridden.demands.find((demand) => demand.id === 'neutrality')?.history.at(-1);
    expect(step?.overrideReason).toBe(reason);
    expect(openData(overridden).demands.filter((record) => record.override === reason)).toHaveLength(1);
  });
});

describe('contacts: who took part, not who reported it', () => {
  it('leaves Kalin, the source of the report, off Putin’s call with Erdoğan, and Ukraine with it', () => {
    const call = data.contacts.find((contact) => contact.kind === 'call' && contact.date === '2022-03-17');
    expect(call?.participants).toEqual(['vladimir-putin', 'recep-tayyip-erdogan']);
    expect(call?.parties).toEqual(['russia', 'turkey']);
    expect(call?.reportedBy).toBe('ibrahim-kalin');
  });

  it('makes “he spoke to both Putin and Zelensky” two calls', () => {
    const calls = data.contacts.filter(
      (contact) => contact.kind === 'call' && contact.participants.includes('naftali-bennett'),
    );
    expect(calls.map((call) => call.participants)).toEqual([
      ['naftali-bennett', 'vladimir-putin'],
      ['naftali-bennett', 'volodymyr-zelensky'],
    ]);
  });
});

describe('quotes: the speaker’s own words', () => {
  const quote = (article: string, paragraph: string, text: string) =>
    data.quotes.find(
      (record) => record.article === article && record.paragraph === paragraph && record.text === text,
    );

  it('gives the name of a show nobody', () => {
    expect(quote(cnn20, 'p-19', 'State of the Union.')).toMatchObject({ speaker: null, speakerKind: null });
    expect(
      model.people
        .find((person) => person.id === 'linda-thomas-greenfield')
        ?.quotes.map((record) => record.text),
    ).not.toContain('State of the Union.');
  });

  it('credits “neutral” to the senior NATO official, not to the congressional source of the next clause', () => {
    expect(quote(cnn20, 'p-26', 'neutral')).toMatchObject({
      speakerKind: 'unnamed',
      speakerLabel: 'a senior NATO official',
    });
  });

  it('credits words “according to” a readout to the readout’s source', () => {
    expect(quote(cnn11, 'p-11', 'immediate ceasefire')).toMatchObject({
      speakerKind: 'party',
      party: 'france',
    });
  });

  it('finds the speaker of “the Russian President claimed”', () => {
    expect(
      quote(
        cnn11,
        'p-25',
        'a time of opportunity to move towards strengthening technological and economic sovereignty.',
      ),
    ).toMatchObject({
      speaker: 'vladimir-putin',
    });
  });
});

describe('dates: what the article states, not what a speaker said', () => {
  it('leaves dates inside a quotation unresolved (“a couple of months ago”, said on Saturday)', () => {
    expect(data.dates.filter((date) => date.text === 'a couple of months ago')).toEqual([]);
  });
});

describe('the ISO value of a resolved date', () => {
  it('writes a day, an ISO week, a month, or an interval', async () => {
    const { isoDateValue } = await import('../../../src/lib/compile/date-value');
    expect(isoDateValue('2022-03-17', '2022-03-17', 'day')).toBe('2022-03-17');
    expect(isoDateValue('2022-03-07', '2022-03-10', 'week')).toBe('2022-W10');
    expect(isoDateValue('2022-03-10', '2022-03-16', 'week')).toBe('2022-03-10/2022-03-16');
    expect(isoDateValue('2022-02-01', '2022-02-28', 'month')).toBe('2022-02');
    expect(isoDateValue('2022-03-04', '2022-03-11', 'span')).toBe('2022-03-04/2022-03-11');
  });
});

describe('round facts no article states are marked as the editor’s, with their source', () => {
  it('stops a round whose place or delegation heads name no fact, naming the field', async () => {
    const { roundSchema } = await import('../../../src/schemas/round');
    const istanbul = knowledge.rounds.find((round) => round.id === '2022-03-29-istanbul');
    const result = roundSchema.safeParse({ ...istanbul, headerSources: { dates: [0] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      "headerSources.place: expected the index of the fact that states the round's place",
      "headerSources.delegationHeads: expected the index of the fact that states the round's delegation heads",
    ]);
    const outOfRange = roundSchema.safeParse({
      ...istanbul,
      headerSources: { dates: [9], place: [5], delegationHeads: [2] },
    });
    expect(outOfRange.error?.issues[0]?.message).toMatch(
      /expected the index of one of the round's 6 facts \(0 to 5\), got 9/u,
    );
  });

  it('ends the Istanbul round on 29 March, the day The Hill says the talks concluded', () => {
    expect(model.rounds.find((round) => round.id === '2022-03-29-istanbul')?.lastDay).toBe('2022-03-29');
  });
});
