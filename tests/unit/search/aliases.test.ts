import { describe, expect, it } from 'vitest';
import { aliasText, searchNames } from '../../../src/lib/search/aliases';
import { withoutDiacritics } from '../../../src/lib/fold';
import { personFacets, roundFacets } from '../../../src/lib/search/page-facets';
import { corpus } from '../../helpers/corpus';

const { knowledge, model } = corpus();

describe('alias text for the search index', () => {
  it('includes every name and alias in content/ for every person, party and place', () => {
    // Search ignores case, so "Nato" is covered by "NATO"; every other difference must be written out.
    for (const entity of [...knowledge.people, ...knowledge.parties, ...knowledge.places]) {
      const text = aliasText([entity]).toLowerCase();
      for (const name of [entity.name, ...entity.aliases])
        expect(text, entity.id).toContain(name.toLowerCase());
    }
  });

  it('adds each name without its diacritics, so "Ibrahim" and "Erdogan" match', () => {
    expect(withoutDiacritics('İbrahim Kalın')).toBe('Ibrahim Kalin');
    expect(withoutDiacritics('Recep Tayyip Erdoğan')).toBe('Recep Tayyip Erdogan');
    expect(withoutDiacritics('Mevlüt Çavuşoğlu')).toBe('Mevlut Cavusoglu');
    expect(searchNames({ name: 'Dolmabahçe Palace', aliases: [] })).toEqual([
      'Dolmabahçe Palace',
      'Dolmabahce Palace',
    ]);
  });

  it('writes Zelensky’s transliterations and the misspelling into his page', () => {
    const zelensky = model.people.find((person) => person.id === 'volodymyr-zelensky');
    if (!zelensky) throw new Error('no Zelensky');
    const { aliases } = personFacets(model, zelensky);
    for (const name of ['Zelenskyy', 'Zelenskiy', 'Zelenksky']) expect(aliases).toContain(name);
  });

  it('lists each name once', () => {
    const text = aliasText([
      { name: 'Kyiv', aliases: ['Kiev'] },
      { name: 'Ukraine', aliases: ['Kyiv', 'Kiev'] },
    ]);
    expect(text).toBe('Kyiv · Kiev · Ukraine');
  });

  it('gives an entity mentioned many times its names once, in the order first mentioned', () => {
    const kyiv = { name: 'Kyiv', aliases: ['Kiev'] };
    const turkey = { name: 'Türkiye', aliases: ['Turkey'] };
    expect(aliasText([kyiv, turkey, kyiv, turkey, kyiv])).toBe('Kyiv · Kiev · Türkiye · Turkey · Turkiye');
    // Asked again, as every page that mentions it asks: the same names.
    expect(searchNames(turkey)).toEqual(['Türkiye', 'Turkey', 'Turkiye']);
    expect(searchNames(turkey)).toEqual(['Türkiye', 'Turkey', 'Turkiye']);
  });
});

describe('round facets', () => {
  it('name the people every paragraph linked to the round mentions', () => {
    const round = model.rounds.find((candidate) => candidate.paragraphs.length > 0);
    if (!round) throw new Error('no round with linked paragraphs');
    const { aliases } = roundFacets(model, round);
    const [first] = round.paragraphs;
    const mentioned = model.articles
      .find((article) => article.slug === first?.article)
      ?.paragraphs.find((paragraph) => paragraph.id === first?.paragraphId)
      ?.mentions.find((mention) => mention.kind === 'person');
    const person = model.people.find((candidate) => candidate.id === mentioned?.id);
    if (!person) throw new Error('no person in the round’s first linked paragraph');
    expect(aliases).toContain(person.name);
  });
});
