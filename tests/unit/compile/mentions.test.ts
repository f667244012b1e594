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

  it('finds a name printed with some of its diacritics and not others (“Cavusoğlu”), as no misspelling', () => {
    const found = matcher.find('“We hope it will lead to peace,” Cavusoğlu tweeted.', [], new Set());
    expect(found.map(({ id, text }) => ({ id, text }))).toEqual([
      { id: 'mevlut-cavusoglu', text: 'Cavusoğlu' },
    ]);
    expect(found[0]?.likelyAliasOf).toBeUndefined();
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
    // The knowledge writes "Türkiye"; outlets also print it without the diaeresis.
    expect(find('Türkiye’s offer and Turkiye’s offer').map(({ id }) => id)).toEqual(['turkey', 'turkey']);
    // And with diacritics the knowledge's name lacks: it writes "Elysée Palace", outlets print "Élysée Palace" too,
    // and the mention keeps the text as printed.
    expect(find('the Élysée Palace said, as the Elysee Palace and the Elysée Palace did')).toEqual([
      { kind: 'party', id: 'france', name: 'Élysée Palace' },
      { kind: 'party', id: 'france', name: 'Elysee Palace' },
      { kind: 'party', id: 'france', name: 'Elysée Palace' },
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

  it('is the place after "a way to", "sent to", "invited to"', () => {
    expect(decide('he is on his way to Turkey for talks', 'Turkey')).toBe('place');
    expect(decide('Kyiv was unwilling to send a delegation to Belarus', 'Belarus')).toBe('place');
  });

  it('is the place that a place before it and a comma locate (“in Antalya, Turkey”, a dateline)', () => {
    expect(decide('was invited to Antalya, Turkey by the minister', 'Turkey')).toBe('place');
    expect(decide('talks in Istanbul, Turkey, on Tuesday', 'Turkey')).toBe('place');
    expect(decide('ANTALYA, Turkey (AP) -- The foreign ministers', 'Turkey')).toBe('place');
    // Not after a party, nor when the country goes on to act.
    expect(decide('talks between Moscow and Kyiv, Turkey said', 'Turkey')).toBe('party');
    expect(decide('a meeting in Antalya, Turkey hopes, will help', 'Turkey')).toBe('party');
    expect(decide('KYIV, Ukraine — A first round of talks', 'Ukraine')).toBe('place');
  });

  it('reads through “the capital”, a compass word and “X and” to the preposition', () => {
    expect(decide('strikes killed five people in the capital Kyiv', 'Kyiv')).toBe('place');
    expect(decide('the separatist-held city in eastern Ukraine.', 'Ukraine')).toBe('place');
    expect(decide('see the positions in Moscow and Kyiv shifting', 'Kyiv')).toBe('place');
    expect(decide('Cavusoglu also travelled to Russia and Ukraine last week', 'Ukraine')).toBe('place');
    expect(decide('a compromise between Moscow and Kyiv', 'Kyiv')).toBe('party');
  });
});

describe('names the knowledge lacks around known names', () => {
  it('names no party in a news organisation’s name', () => {
    expect(find('said this at a press conference, Ukrainian News Agency reports')).toEqual([]);
    // A channel's number after a country's name: "Russia 24".
    expect(find('Slutsky told Russia 24 that the talks went well')).toEqual([]);
    // A newspaper named after a city: "the Washington Post", "the Kyiv Independent", "The Moscow Times".
    expect(
      find('she told the Washington Post, as the Kyiv Independent and The Moscow Times reported'),
    ).toEqual([]);
    expect(find('Russia, 24 hours later, rejected it')).toEqual([
      { kind: 'party', id: 'russia', name: 'Russia' },
    ]);
    expect(find('the Ukrainian delegation')).toEqual([
      { kind: 'party', id: 'ukraine', name: 'Ukrainian delegation' },
    ]);
  });

  it('counts “of Ukraine” after a name with no title before it, as the gold sets do', () => {
    expect(find('Sergey Lavrov and Dmytro Kuleba of Ukraine met')).toEqual([
      { kind: 'person', id: 'sergey-lavrov', name: 'Sergey Lavrov' },
      { kind: 'person', id: 'dmytro-kuleba', name: 'Dmytro Kuleba' },
      { kind: 'party', id: 'ukraine', name: 'Ukraine' },
    ]);
  });

  it('names nothing in a name joined by a hyphen to a word the knowledge lacks (“Interfax-Ukraine”)', () => {
    expect(find('the Interfax-Ukraine news agency reported')).toEqual([]);
    expect(find('the Russia-Ukraine talks')).toEqual([
      { kind: 'party', id: 'russia', name: 'Russia' },
      { kind: 'party', id: 'ukraine', name: 'Ukraine' },
    ]);
  });

  it('finds a surname two edits off after the person’s own first name, and after a title', () => {
    expect(find('Mihailo Podoleac says in a Twitter post')).toEqual([
      { kind: 'person', id: 'mykhailo-podolyak', name: 'Mihailo Podoleac' },
    ]);
    expect(find('Foreign Minister Dmitry Koliba announced')).toEqual([
      { kind: 'person', id: 'dmytro-kuleba', name: 'Dmitry Koliba', title: 'Foreign Minister' },
    ]);
    expect(find('said President Zelenski’s adviser')).toEqual([
      { kind: 'person', id: 'volodymyr-zelensky', name: 'Zelenski', title: 'President' },
    ]);
    // Two edits with no first name is too far for a short surname, and another first name is another person.
    expect(find('Podoleac says')).toEqual([]);
    expect(find('Olena Zelenska said')).toEqual([]);
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
