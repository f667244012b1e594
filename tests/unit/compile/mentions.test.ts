import { describe, expect, it } from 'vitest';
import { EntityMatcher } from '../../../src/lib/compile/mentions';
import { placeOrParty } from '../../../src/lib/compile/place-or-party';
import type { Person } from '../../../src/schemas/person';
import { corpus } from '../../helpers/corpus';

const { knowledge } = corpus();
const matcher = new EntityMatcher(knowledge.people, knowledge.parties, knowledge.places);
const find = (text: string) =>
  matcher
    .find(text, [], new Set())
    .map(({ kind, id, text: name, title }) => ({ kind, id, name, ...(title ? { title } : {}) }));

describe('entity mentions', () => {
  it('finds the misspelling "Zelenksky" as Zelensky', () => {
    expect(find('Zelenksky said Saturday there were "compromises"')).toEqual([
      { kind: 'person', id: 'volodymyr-zelensky', name: 'Zelenksky' },
    ]);
  });

  it('treats a title before a name as one mention of the person', () => {
    expect(find('Russian Foreign Minister Sergey Lavrov weighed in')).toEqual([
      { kind: 'person', id: 'sergey-lavrov', name: 'Sergey Lavrov', title: 'Russian Foreign Minister' },
    ]);
    expect(find('US Ambassador to the UN Linda Thomas-Greenfield on Sunday')).toEqual([
      {
        kind: 'person',
        id: 'linda-thomas-greenfield',
        name: 'Linda Thomas-Greenfield',
        title: 'US Ambassador to the UN',
      },
    ]);
  });

  it('stops a title at the end of a clause', () => {
    expect(find('the two so-called republics in Donbas. Kalin said')).toEqual([
      { kind: 'place', id: 'donbas', name: 'Donbas' },
      { kind: 'person', id: 'ibrahim-kalin', name: 'Kalin' },
    ]);
  });

  it('finds possessives and names with or without diacritics', () => {
    expect(find('Putin’s actions').map(({ id }) => id)).toEqual(['vladimir-putin']);
    expect(find("Putin's actions").map(({ id }) => id)).toEqual(['vladimir-putin']);
    expect(find('spokesman İbrahim Kalin and Ibrahim Kalin').map(({ id }) => id)).toEqual([
      'ibrahim-kalin',
      'ibrahim-kalin',
    ]);
    expect(find('Erdoğan and Erdogan').map(({ id }) => id)).toEqual([
      'recep-tayyip-erdogan',
      'recep-tayyip-erdogan',
    ]);
  });

  it('reads "Kyiv officials" as Ukraine, and Kyiv as a place after "near"', () => {
    expect(find('Kyiv officials said')).toEqual([{ kind: 'party', id: 'ukraine', name: 'Kyiv officials' }]);
    expect(find('military attacks near Kyiv')).toEqual([{ kind: 'place', id: 'kyiv', name: 'Kyiv' }]);
  });

  it('matches on word boundaries only', () => {
    expect(find('Putinism and USSR')).toEqual([]);
  });

  it('resolves a surname that several people share by who the article named before', () => {
    const people: Person[] = [
      {
        id: 'joe-biden',
        name: 'Joe Biden',
        aliases: [],
        commonWordAliases: [],
        roles: [{ title: 'President', kind: 'official' }],
      },
      {
        id: 'hunter-biden',
        name: 'Hunter Biden',
        aliases: [],
        commonWordAliases: [],
        roles: [{ title: 'Son', kind: 'official' }],
      },
    ];
    const bidens = new EntityMatcher(people, [], []);
    expect(bidens.find('Biden said', [], new Set())).toEqual([]);
    expect(bidens.find('Biden said', [], new Set(['hunter-biden'])).map(({ id }) => id)).toEqual([
      'hunter-biden',
    ]);
  });
});

describe('a name that is both a place and a party', () => {
  const decide = (text: string, name: string) => {
    const start = text.indexOf(name);
    return placeOrParty(text, start, start + name.length);
  };

  it('is the place after a locative preposition or a word of motion', () => {
    expect(decide('during a media event in Moscow on Saturday', 'Moscow')).toBe('place');
    expect(decide('Bennett traveled to Moscow a week ago', 'Moscow')).toBe('place');
    expect(decide('Bennett’s trip to Moscow', 'Moscow')).toBe('place');
    expect(decide('a Washington-based think tank', 'Washington')).toBe('place');
  });

  it('is the party when possessive, after "from", or after "to" with no motion', () => {
    expect(decide('how credible Moscow’s engagement truly is', 'Moscow')).toBe('party');
    expect(decide('officials from Moscow removed their calls', 'Moscow')).toBe('party');
    expect(decide('some concessions to Russia to help', 'Russia')).toBe('party');
    expect(decide('compromise between Moscow and Kyiv', 'Kyiv')).toBe('party');
    expect(decide('efforts by Turkey and Israel', 'Turkey')).toBe('party');
  });
});

describe('name suffixes', () => {
  const kennedy: Person = {
    id: 'robert-f-kennedy-jr',
    name: 'Robert F. Kennedy Jr.',
    aliases: [],
    commonWordAliases: [],
    roles: [{ title: 'US Secretary of Health', kind: 'official' }],
  };
  const withKennedy = new EntityMatcher([...knowledge.people, kennedy], knowledge.parties, knowledge.places);
  const mentioned = (text: string) =>
    withKennedy.find(text, [], new Set()).map(({ id, text: name }) => ({ id, name }));

  it('are not surnames: "Sammy Davis Jr." is no Kennedy', () => {
    expect(mentioned('Sammy Davis Jr. said "the show goes on."')).toEqual([]);
  });

  it('leave the surname before them to find the person: "Kennedy said"', () => {
    expect(mentioned('Kennedy said the talks would go on.')).toEqual([
      { id: 'robert-f-kennedy-jr', name: 'Kennedy' },
    ]);
    expect(mentioned('Robert F. Kennedy Jr. said so.')).toEqual([
      { id: 'robert-f-kennedy-jr', name: 'Robert F. Kennedy Jr.' },
    ]);
  });
});
