import { describe, expect, it } from 'vitest';
import { positionsMatrix } from '../../../src/lib/site/positions';
import { partyPageData, partySummaries } from '../../../src/lib/site/parties';
import { namedOnlyByEditors, peopleByParty, unnamedSources } from '../../../src/lib/site/people';
import { corpus } from '../../helpers/corpus';

const { model } = corpus();
const matrix = positionsMatrix(model);

describe('the positions matrix', () => {
  it('has a column per negotiating party', () => {
    expect(matrix.columns).toEqual(['russia', 'ukraine']);
  });

  it('has no position without a citation to a paragraph', () => {
    const positions = matrix.rows.flatMap((row) => [...row.cells.flat(), ...row.others]);
    expect(positions.length).toBeGreaterThan(8);
    for (const position of positions) {
      expect(position.latest.citation.url, position.demand.id).toMatch(/^\/articles\/[^#]+#p-\d+$/u);
    }
  });

  it('shows Russia’s dropped points as dropped and says what changed', () => {
    const russia = (topic: string) => matrix.rows.find((row) => row.topic === topic)?.cells[0]?.[0];
    expect(russia('denazification')?.latest.status).toBe('dropped');
    expect(russia('denazification')?.before?.status).toBeDefined();
    expect(russia('crimea')?.latest.status).not.toBe('dropped');
  });

  it('puts France and Germany’s call for an immediate ceasefire with the mediators and allies', () => {
    const row = matrix.rows.find((candidate) => candidate.topic === 'ceasefire-and-withdrawal');
    expect(row?.others.map((position) => position.party)).toContain('france,germany');
  });
});

describe('party and people pages', () => {
  it('lists every party with counts of demands and quotes, negotiating parties first', () => {
    const summaries = partySummaries(model);
    expect(summaries.length).toBe(model.parties.length);
    expect(
      summaries
        .slice(0, 2)
        .map(({ party }) => party.id)
        .sort(),
    ).toEqual(['russia', 'ukraine']);
    expect(summaries.find(({ party }) => party.id === 'russia')?.demandCount).toBe(6);
  });

  it('sets the other side’s answers beside a demand, and lists the party’s quotes newest first', () => {
    const russia = partyPageData(model, 'russia');
    expect(russia.answers.get('crimea')?.map((step) => step.by)).toEqual(
      expect.arrayContaining(['turkey', 'ukraine']),
    );
    const lavrov = russia.people.find(({ person }) => person.id === 'sergey-lavrov');
    const days = lavrov?.quotes.map(
      (quote) => model.articles.find((article) => article.slug === quote.article)?.publishedDay,
    );
    expect(days).toEqual([...(days ?? [])].sort().reverse());
    expect(russia.rounds.length).toBeGreaterThanOrEqual(5);
  });

  it('groups people by party and role, and keeps unnamed sources apart', () => {
    const groups = peopleByParty(model);
    const listed = groups.flatMap(({ groups: kinds }) =>
      kinds.flatMap(({ people }) => people.map((person) => person.id)),
    );
    expect([...listed, ...namedOnlyByEditors(model.people).map((person) => person.id)].sort()).toEqual(
      model.people.map((person) => person.id).sort(),
    );
    const reporters = groups
      .find(({ party }) => party === undefined)
      ?.groups.find(({ kind }) => kind === 'reporter');
    expect(reporters?.people.map((person) => person.id)).toContain('zachary-cohen');
    const unnamed = unnamedSources(model);
    expect(unnamed.map(({ source }) => source.description)).toContain('one European defense official');
    expect(
      unnamed.every(({ source }) => !model.people.some((person) => person.name === source.description)),
    ).toBe(true);
  });
});
