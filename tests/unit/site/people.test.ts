/**
 * Issue 23: the people index and the party pages said Oleksii Reznikov and Mevlüt Çavuşoğlu were
 * mentioned, though no article names them: a round's delegation in the knowledge is an editor's
 * fact, not a mention.
 */
import { describe, expect, it } from 'vitest';
import { partyPageData } from '../../../src/lib/site/parties';
import { namedOnlyByEditors, peopleByParty } from '../../../src/lib/site/people';
import { corpus, namedInArticleText } from '../../helpers/corpus';

const { model } = corpus();

describe('people the coverage names', () => {
  const listed = peopleByParty(model).flatMap(({ groups }) => groups.flatMap(({ people }) => people));

  it('lists on /people/ only people an article names, and everyone an article names', () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const person of listed) expect(namedInArticleText(person), person.id).toBe(true);
    for (const person of model.people.filter(namedInArticleText))
      expect(
        listed.map(({ id }) => id),
        person.id,
      ).toContain(person.id);
  });

  it('lists people only the editors name apart, and every person of the knowledge once', () => {
    const editorsOnly = namedOnlyByEditors(model.people);
    for (const person of editorsOnly) expect(namedInArticleText(person), person.id).toBe(false);
    expect(editorsOnly.map(({ id }) => id)).toEqual(
      expect.arrayContaining(['mevlut-cavusoglu', 'oleksii-reznikov']),
    );
    expect([...listed, ...editorsOnly].map(({ id }) => id).sort()).toEqual(
      model.people.map(({ id }) => id).sort(),
    );
  });

  it('shows on a party page, as mentioned, only people an article names', () => {
    for (const party of model.parties) {
      const page = partyPageData(model, party.id);
      for (const { person } of page.people)
        expect(namedInArticleText(person), `${party.id} ${person.id}`).toBe(true);
      for (const person of page.namedOnlyByEditors)
        expect(namedInArticleText(person), `${party.id} ${person.id}`).toBe(false);
    }
    expect(partyPageData(model, 'ukraine').namedOnlyByEditors.map(({ id }) => id)).toContain(
      'oleksii-reznikov',
    );
    expect(partyPageData(model, 'turkey').namedOnlyByEditors.map(({ id }) => id)).toContain(
      'mevlut-cavusoglu',
    );
  });
});
