import { describe, expect, it } from 'vitest';
import { demandStatusStrip } from '../../../src/lib/site/demand-strip';
import { corpus } from '../../helpers/corpus';

const { model } = corpus();
const names = new Map(model.parties.map((party) => [party.id, party.name]));
const strip = (id: string) => {
  const demand = model.demands.find((candidate) => candidate.id === id);
  if (demand === undefined) throw new Error(`no demand ${id}`);
  return demandStatusStrip(
    demand,
    (party) => names.get(party) ?? party,
    (citation) => `${citation.article} ${citation.paragraphId}`,
  );
};

describe('a demand’s status strip', () => {
  it('shows every step in order, in words, each linking to the paragraph it cites', () => {
    for (const demand of model.demands) {
      const steps = strip(demand.id);
      expect(steps.map(({ status, date, href }) => ({ status, date, href }))).toEqual(
        demand.history.map((step) => ({ status: step.status, date: step.date, href: step.citation.url })),
      );
      for (const step of steps) expect(step.href).toMatch(/^\/articles\/[^/#]+\/#p-\d+$/u);
    }
  });

  it('names who took a step that is not the demand’s own party’s, as the history has it', () => {
    expect(strip('crimea').map(({ words, date }) => `${words}, ${date}`)).toEqual([
      'Raised, 2022-03-16',
      'Reiterated, 2022-03-17',
      'Rejected by Turkey, 2022-03-19',
      'Rejected by Ukraine, 2022-03-19',
      'Reiterated, 2022-03-29',
    ]);
    expect(strip('neutrality').map(({ words }) => words)).toContain('Close to agreement');
  });

  it('says where each link goes', () => {
    const [first] = strip('neutrality');
    const cited = model.demands.find((demand) => demand.id === 'neutrality')?.history[0]?.citation;
    expect(first?.source).toBe(`${cited?.article} ${cited?.paragraphId}`);
  });
});
