/**
 * How the compiler finds speakers in news copy it was not built on, on made-up sentences in the shapes the
 * development set and probing showed, each mechanism apart from any one article: which name in a sentence is its speech verb’s subject, and not its owner, listener or object.
 */
import { describe, expect, it } from 'vitest';
import { speakers } from '../../helpers/made-up-article';

describe('a relative clause set off between the subject and its verb', () => {
  it('leaves the subject before it, and the verb no inverted one (“emphasized Moscow’s “…” position”)', () => {
    expect(
      speakers(
        'Russian Foreign Minister Sergey Lavrov, who was already in Anchorage, emphasized Moscow’s “clear and well-defined” position.',
      ),
    ).toEqual([{ text: 'clear and well-defined', speaker: 'person sergey-lavrov' }]);
  });
});

describe('words quoted inside the reported speech of a verb of saying', () => {
  it('are the words of the one “he” stands for when a pronoun reports them: “He added that Moscow insists on “…””', () => {
    expect(
      speakers(
        'Medinsky told reporters that the positions converge.',
        'He added that Moscow insists on signing a "detailed agreement" on neutrality.',
      ),
    ).toEqual([{ text: 'detailed agreement', speaker: 'person vladimir-medinsky' }]);
  });

  it('are the reporting person’s, but a body’s statement tells its leader’s words', () => {
    expect(
      speakers(
        'Dmitry Peskov stated that Vladimir Putin had pointed to “previously drawn up documents”.',
        'The Kremlin said that Vladimir Putin had called the talks “reasonable and constructive”.',
      ),
    ).toEqual([
      { text: 'previously drawn up documents', speaker: 'named Dmitry Peskov' },
      { text: 'reasonable and constructive', speaker: 'person vladimir-putin' },
    ]);
    // A person a sentence opens by naming as its source reports all of it, a verb inside included.
    expect(
      speakers(
        'Vladimir Medinsky spoke to reporters.',
        'According to him, Russia offered Ukraine a “concrete ceasefire” of two to three days.',
      ),
    ).toEqual([{ text: 'concrete ceasefire', speaker: 'person vladimir-medinsky' }]);
  });

  it('reports them after any verb of saying, a phrasal one, and a title before the inner subject', () => {
    expect(
      speakers(
        'Sergey Lavrov pointed out that Ukrainian President Volodymyr Zelenskyy had mentioned that “he had not received anything.”',
        'Sergey Lavrov noted that Zelensky had told reporters “they did not receive offers” when asked.',
      ),
    ).toEqual([
      { text: 'he had not received anything.', speaker: 'person sergey-lavrov' },
      { text: 'they did not receive offers', speaker: 'person sergey-lavrov' },
    ]);
    // Whom the words were said to may stand before "that".
    expect(
      speakers(
        'Zelensky confirmed to journalists that Putin had told him of the attack, suggesting that “maybe it did not take place.”',
      ),
    ).toEqual([{ text: 'maybe it did not take place.', speaker: 'person volodymyr-zelensky' }]);
    // A body still tells its leader's words, whatever its verb.
    expect(
      speakers('The Kremlin noted that Vladimir Putin had called the talks “reasonable and constructive”.'),
    ).toEqual([{ text: 'reasonable and constructive', speaker: 'person vladimir-putin' }]);
  });

  it('reports them when the time the words were said stands before “that” (“said on Tuesday that”)', () => {
    expect(
      speakers(
        'US President Donald Trump said on Tuesday that Zelenskyy had told him he was ready for talks on a “lasting peace”.',
        'Sergey Lavrov noted last week that Zelensky had promised a “new approach” to the talks.',
      ),
    ).toEqual([
      { text: 'lasting peace', speaker: 'named Donald Trump' },
      { text: 'new approach', speaker: 'person sergey-lavrov' },
    ]);
    // A time that is no verb's ("on Tuesday, Zelensky said") leaves the inner subject's words its own.
    expect(
      speakers('Sergey Lavrov spoke on Tuesday. Zelensky said on Monday that he wanted a “lasting peace”.'),
    ).toEqual([{ text: 'lasting peace', speaker: 'person volodymyr-zelensky' }]);
  });
});

describe('a verb of saying in a free relative clause (“whatever Trump has promised,”)', () => {
  it('ends at its comma: the quote after is the clause around it’s', () => {
    expect(
      speakers(
        'Sergey Lavrov spoke.',
        'He emphasized that whatever Zelensky has promised, “we are talking about an unfriendly country.”',
      ),
    ).toEqual([{ text: 'we are talking about an unfriendly country.', speaker: 'person sergey-lavrov' }]);
  });
  it('with “what”, the subject of the clause a quote completes, frames no quote', () => {
    expect(
      speakers(
        'Kuleba said that what Lavrov had said about a meeting of ministers is a “spit in the face” of France.',
      ),
    ).toEqual([{ text: 'spit in the face', speaker: 'person dmytro-kuleba' }]);
    // The quote right after the copula is what was said.
    expect(speakers('What Lavrov said was “we are ready for talks.”')).toEqual([
      { text: 'we are ready for talks.', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('a name in a relative clause', () => {
  it('with no “that”, after a noun it takes for its object, speaks no quote after it', () => {
    expect(
      speakers(
        'Kissinger wants Russia to pull back, while the other territories Ukraine claims – Donetsk and Crimea – “could be the subject of a negotiation.”',
      ).map((quote) => quote.speaker),
    ).not.toContain('party ukraine');
    // Auxiliaries, the name's article and a quoted noun phrase may stand between.
    expect(
      speakers(
        'Sergey Lavrov spoke.',
        'He then read the "key points" the Kremlin had promised: "There is no agreement yet."',
      ).at(-1)?.speaker,
    ).toBe('person sergey-lavrov');
    // A time or a phrase after a preposition before the name opens its clause: the name speaks.
    expect(speakers('This week Zelensky claims “progress”.').map((quote) => quote.speaker)).toEqual([
      'person volodymyr-zelensky',
    ]);
    expect(
      speakers('On the call Zelensky urged Russia to “resolve issues”.').map((quote) => quote.speaker),
    ).toEqual(['person volodymyr-zelensky']);
  });

  it('is no subject of its sentence, whom “he” next could mean', () => {
    expect(
      speakers(
        'Kuleba spoke of the children.',
        'The meeting centres on the children, a matter on which President Zelensky had sought help in May.',
        '“We will go on,” he said.',
      ).map((quote) => quote.speaker),
      // The meeting is the sentence's subject, and Kuleba is a paragraph further back: no one is certain.
    ).toEqual(['unknown']);
  });
});

describe('a possessive after the verb', () => {
  it('takes the person the possessive’s noun names, not its owner', () => {
    expect(
      speakers('“The next round will be soon,” said President Zelensky’s adviser, Mykhailo Podolyak.'),
    ).toEqual([{ text: 'The next round will be soon,', speaker: 'person mykhailo-podolyak' }]);
    expect(speakers('“The next round will be soon,” said Zelensky’s adviser.')).not.toContainEqual({
      text: 'The next round will be soon,',
      speaker: 'person volodymyr-zelensky',
    });
  });
});

describe('a subject the sentence does not name', () => {
  it('does not take the owner of the subject for it: “Putin’s spokesman said”', () => {
    for (const sentence of [
      'Putin’s spokesman said “there is no progress”.',
      'Medinsky’s deputy said “we are ready”.',
      '“We are ready,” one of Zelensky’s advisers said.',
      'Zelensky’s office said “we are ready”.',
    ])
      expect(speakers(sentence)[0]?.speaker, sentence).toBe('unknown');
  });

  it('keeps a party’s body speaking for the party, and a named person after the owner', () => {
    expect(speakers('Russia’s defence ministry said “we are ready”.')[0]?.speaker).toBe('party russia');
    expect(speakers('Zelensky’s adviser Mykhailo Podolyak said “we are ready”.')[0]?.speaker).toBe(
      'person mykhailo-podolyak',
    );
  });

  it('takes the source a name is attached to, not the name: “a spokesman for Zelensky”, an apposition', () => {
    expect(speakers('“There is no progress,” a spokesman for Zelensky said.')[0]?.speaker).toBe(
      'unnamed a spokesman for Zelensky',
    );
    expect(speakers('“We are ready,” Podolyak, an adviser to Zelensky, said.')[0]?.speaker).toBe(
      'person mykhailo-podolyak',
    );
    expect(speakers('“We are ready,” Kalin, Erdogan’s spokesman, said.')[0]?.speaker).toBe(
      'person ibrahim-kalin',
    );
  });

  it('takes a surname the knowledge lacks right before the verb for its own name, not reaching for a known one', () => {
    expect(speakers('Asked about Medinsky’s remarks, Peskov said “there is no progress”.')[0]?.speaker).toBe(
      'named Peskov',
    );
    expect(speakers('Medinsky spoke first. “There is no progress,” Peskov said.')[0]?.speaker).toBe(
      'named Peskov',
    );
    // A weekday between the name and the verb is no name.
    expect(speakers('Medinsky on Monday said “we are ready”.')[0]?.speaker).toBe('person vladimir-medinsky');
  });
});

describe('a description between the verb and the name after it', () => {
  it('takes the name the description sets off, not the party in the description', () => {
    expect(
      speakers('“We are ready,” said the head of the Ukrainian delegation, David Arakhamia.')[0]?.speaker,
    ).toBe('person david-arakhamia');
    expect(
      speakers('“We are ready,” said a senior member of the Russian team, Leonid Slutsky, on Monday.')[0]
        ?.speaker,
    ).toBe('named Leonid Slutsky');
  });
});

describe('an apposition before the verb', () => {
  it('takes the name the apposition describes, not a name inside it', () => {
    expect(
      speakers(
        'Mykhailo Podolyak, adviser to President Volodymyr Zelensky and another negotiator, in a tweet said Ukraine proposed a treaty “with an enhanced analogue of Article 5”.',
      )[0]?.speaker,
    ).toBe('person mykhailo-podolyak');
    expect(speakers('Kuleba, speaking after meeting Lavrov, said “we are ready”.')[0]?.speaker).toBe(
      'person dmytro-kuleba',
    );
  });
});

describe('the one who hears or is described is not the speaker', () => {
  it('gives a passive speech verb’s words to the agent after “by”, else to nobody', () => {
    expect(speakers('Macron was told by Putin that the goals would be “achieved in any case.”')).toEqual([
      { text: 'achieved in any case.', speaker: 'person vladimir-putin' },
    ]);
    expect(speakers('Putin was called “a war criminal” by Biden.')).toEqual([
      { text: 'a war criminal', speaker: 'person joe-biden' },
    ]);
    expect(speakers('Kuleba was asked by reporters whether the talks were “a failure.”')).toEqual([
      { text: 'a failure.', speaker: 'unknown' },
    ]);
    // After the quote too.
    expect(speakers('“We are ready,” Erdogan was told by Zelensky.')).toEqual([
      { text: 'We are ready,', speaker: 'person volodymyr-zelensky' },
    ]);
    expect(speakers('“We are ready,” Erdogan was told.')).toEqual([
      { text: 'We are ready,', speaker: 'unknown' },
    ]);
    // "was quoted as saying" keeps its subject.
    expect(speakers('Medinsky was quoted by RIA as saying the talks were “constructive.”')).toEqual([
      { text: 'constructive.', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('reads a quote after “X’s offer of … is” as said of the offer, by the one who reports it', () => {
    expect(
      speakers('Andrii Sybiha said that Putin’s offer of a meeting with Zelenskyy is “unacceptable”.'),
    ).toEqual([{ text: 'unacceptable', speaker: 'named Andrii Sybiha' }]);
    // The remark's content is still its owner's.
    expect(speakers('Kuleba welcomed Lavrov’s offer of “a humanitarian pause”.')).toEqual([
      { text: 'a humanitarian pause', speaker: 'person sergey-lavrov' },
    ]);
  });

  it('gives the name, not the description after it, when copy drops the comma that closes it', () => {
    expect(
      speakers(
        '“Ukraine is grateful,” Oleg Nikolenko, a spokesperson for the Ukrainian Foreign Affairs Ministry said.',
      ),
    ).toEqual([{ text: 'Ukraine is grateful,', speaker: 'named Oleg Nikolenko' }]);
    // Elsewhere such a comma ends an opening phrase: the description is the subject.
    expect(
      speakers(
        'During the call between Zelensky and Lukashenko, the leader of Belarus gave assurances that “all planes will remain on the ground”.',
      ),
    ).toEqual([{ text: 'all planes will remain on the ground', speaker: 'person alexander-lukashenko' }]);
  });

  it('gives a body’s report of “X “confirmed …”” to X, whose verb opens the quote; not to two together', () => {
    expect(
      speakers(
        'The Russian Foreign Ministry said Foreign Minister Sergei Lavrov “confirmed Moscow’s readiness”.',
      ),
    ).toEqual([{ text: 'confirmed Moscow’s readiness', speaker: 'person sergey-lavrov' }]);
    expect(
      speakers(
        'The Kremlin said that President Putin and Prime Minister Naftali Bennett “agreed to stay in touch.”',
      ),
    ).toEqual([{ text: 'agreed to stay in touch.', speaker: 'party russia' }]);
  });

  it('takes no agent of a later verb for the passive speech verb’s: “… disclosed, while … represented by”', () => {
    // Nobody disclosed anything in the paragraph after, so the official of the paragraph before stays unnamed.
    expect(
      speakers(
        'Talks went on over “the peace process,” as an American official told reporters.',
        'Who sits on the delegation has not been disclosed, while Ukraine may be represented by Kyrylo Budanov.',
      ),
    ).toEqual([{ text: 'the peace process,', speaker: 'unnamed an American official' }]);
    expect(speakers('The offer was described by Zelensky as “a trap.”')).toEqual([
      { text: 'a trap.', speaker: 'person volodymyr-zelensky' },
    ]);
  });

  it('gives a quote to the owner of a remark only when the quote is the remark’s content', () => {
    // "dismissed … as" judges in Kuleba's words.
    expect(speakers('Kuleba dismissed Lavrov’s remarks as “propaganda.”')).toEqual([
      { text: 'propaganda.', speaker: 'person dmytro-kuleba' },
    ]);
    expect(speakers('Kuleba met Lavrov’s team to discuss “propaganda.”')).not.toContainEqual({
      text: 'propaganda.',
      speaker: 'person sergey-lavrov',
    });
    expect(speakers('Biden’s recent comment that Putin “cannot remain in power” drew fire.')).toEqual([
      { text: 'cannot remain in power', speaker: 'person joe-biden' },
    ]);
  });

  it('takes a name between two verbs of saying for the second’s subject, not the first’s object', () => {
    // "he" after "Putin told Scholz" is Putin, the teller, as without "the Kremlin said" before.
    expect(
      speakers(
        'Meanwhile, the Kremlin said Putin told Scholz he hoped Ukraine would take a “reasonable and constructive” position.',
      ),
    ).toEqual([{ text: 'reasonable and constructive', speaker: 'person vladimir-putin' }]);
    // Before another verb, the name stays the first verb's: whose words they are is left open.
    expect(
      speakers(
        'The Kremlin said Putin had used the call to inform the two leaders about “the situation on the ground”.',
      ),
    ).toEqual([{ text: 'the situation on the ground', speaker: 'unknown' }]);
  });

  it('gives words a verb after “will” or “would” announces to the one who reports the plan, not to its subject', () => {
    // Erdogan has not yet asked anything: Kalin's sentence gives the words.
    expect(
      speakers(
        'Speaking to reporters in Istanbul on Saturday, Kalin said Erdogan would repeat that offer to Putin and ask him to “give a chance” to a ceasefire.',
      ),
    ).toEqual([{ text: 'give a chance', speaker: 'person ibrahim-kalin' }]);
    expect(
      speakers(
        'President Volodymyr Zelensky says Ukraine will not concede anything on its “territorial integrity”.',
      ),
    ).toEqual([{ text: 'territorial integrity', speaker: 'person volodymyr-zelensky' }]);
    // With no one reporting the plan, no one has said the words yet.
    expect(speakers('Erdogan will tell Putin to “give peace a chance”.')).toEqual([
      { text: 'give peace a chance', speaker: 'unknown' },
    ]);
    // The one reporting the plan may come after the words.
    expect(
      speakers(
        '“Preparations are underway,” Lavrov told reporters.',
        'The talks will offer a chance to discuss “bilateral ties”, he said.',
      ),
    ).toEqual([
      { text: 'Preparations are underway,', speaker: 'person sergey-lavrov' },
      { text: 'bilateral ties', speaker: 'person sergey-lavrov' },
    ]);
    // Nor has anyone whom another modal says should speak: a wish is not words said.
    expect(
      speakers(
        'Lavrov said a force deployed by the United Nations should observe the zone and that the UN should hold a vote “to ascertain the wishes” of the people.',
      ),
    ).toEqual([{ text: 'to ascertain the wishes', speaker: 'person sergey-lavrov' }]);
  });

  it('gives a quote in a clause “yet” or “but” opens to the verb of saying right after it', () => {
    expect(
      speakers(
        'Russia claims it is open to talks, yet there are no “serious proposals,” said Foreign Minister Sergey Lavrov.',
      ),
    ).toEqual([{ text: 'serious proposals,', speaker: 'person sergey-lavrov' }]);
    // With no verb of saying after it, the quote stays in the frame of the verb before.
    expect(speakers('Russia claims it is open to talks, but there are no “serious proposals”.')).toEqual([
      { text: 'serious proposals', speaker: 'party russia' },
    ]);
  });

  it('takes the verb after the comma that ends the quote’s clause, past a verb inside that clause', () => {
    expect(
      speakers(
        'The West will “play a parody of negotiations” at the summit Switzerland has proposed, Lavrov said.',
      ),
    ).toEqual([{ text: 'play a parody of negotiations', speaker: 'person sergey-lavrov' }]);
    // With no comma after that verb, no later verb attributes the quote: whose it is stays unknown.
    expect(speakers('The West will “play a parody” at the summit Switzerland has proposed.')).toEqual([
      { text: 'play a parody', speaker: 'unknown' },
    ]);
  });

  it('gives a participle after a clause with no verb of saying the sentence’s subject', () => {
    expect(
      speakers(
        'The Kremlin on Monday rejected a report that Putin had held a call with Zelensky, calling it “pure fiction.”',
      ),
    ).toEqual([{ text: 'pure fiction.', speaker: 'party russia' }]);
  });

  it('takes no name inside a relative clause set off right before the verb for its subject', () => {
    expect(
      speakers(
        'A post from the Pope’s account, which did not mention Ukraine by name, stated that “all nations have the right to exist in peace.”',
      ),
    ).toEqual([{ text: 'all nations have the right to exist in peace.', speaker: 'unknown' }]);
  });

  it('gives a hope another reports to the one who reports it', () => {
    // The hope is Zelensky's, the words Lavrov's: his sentence gives them.
    expect(speakers('Lavrov said Zelensky hoped the talks would be “constructive”.')).toEqual([
      { text: 'constructive', speaker: 'person sergey-lavrov' },
    ]);
    expect(speakers('Zelensky hoped the talks would be “useful”.')).toEqual([
      { text: 'useful', speaker: 'person volodymyr-zelensky' },
    ]);
  });

  it('takes the nearest subject for a verb coordinated by “and”, not the subject of an earlier clause', () => {
    expect(
      speakers(
        'As the Russian invasion of Ukraine goes on, the Ukrainian president addressed the Davos Summit and said, “That decision cannot be taken.”',
      ),
    ).toEqual([{ text: 'That decision cannot be taken.', speaker: 'person volodymyr-zelensky' }]);
    // Nor a state inside another's phrase, though a verb follows it.
    expect(
      speakers(
        'Zelensky thinks a peace conference on Russia could be held this year, and also remarks that it is “unlikely”.',
      ),
    ).toEqual([{ text: 'unlikely', speaker: 'person volodymyr-zelensky' }]);
    // Nor the subject of a clause inside the first one's ("for what he had done").
    expect(
      speakers('Lavrov thanked President Erdoğan for what he had done and said, “Today, there is a beacon.”'),
    ).toEqual([{ text: 'Today, there is a beacon.', speaker: 'person sergey-lavrov' }]);
    // Past an aside set off by commas between the subject and its verb ("for his part").
    expect(
      speakers(
        'Dmytro Kuleba, for his part, thanked Lavrov for the welcome and remarked that the talks were “difficult”.',
      ),
    ).toEqual([{ text: 'difficult', speaker: 'person dmytro-kuleba' }]);
    // Past a relative clause set off by commas that tells of the subject ("who was in India …"): the object of
    // the first verb, a person with a title, is not the second verb's subject.
    expect(
      speakers(
        'Mr. Kuleba, who was in India on a two-day visit, met External Affairs Minister S. Jaishankar and described the campaign as a “full-scale war”.',
      ),
    ).toEqual([{ text: 'full-scale war', speaker: 'person dmytro-kuleba' }]);
  });

  it('reads a name joined by “and” to a phrase’s object, a title between, as in that phrase', () => {
    // Gatilov is no one the knowledge has: the compiler abstains rather than take the listed minister.
    expect(
      speakers('Gatilov backed the meeting of Lavrov and Foreign Minister Kuleba, saying, “It is good.”'),
    ).toEqual([{ text: 'It is good.', speaker: 'unknown' }]);
    expect(
      speakers('Cavusoglu welcomed the meeting of Lavrov and Foreign Minister Kuleba, saying “It is good.”'),
    ).toEqual([{ text: 'It is good.', speaker: 'person mevlut-cavusoglu' }]);
    // Two subjects joined by "and", a title between, speak together, as two bare names do: neither alone.
    expect(speakers('Lavrov and Foreign Minister Kuleba said the talks were “hard.”')).toEqual(
      speakers('Lavrov and Kuleba said the talks were “hard.”'),
    );
    expect(speakers('Lavrov and Kuleba said the talks were “hard.”')).toEqual([
      { text: 'hard.', speaker: 'unknown' },
    ]);
  });
});

describe('subjects hidden behind titles, appositions and colons', () => {
  it('does not take a person after “the readiness of” a title for the one “he” next refers to', () => {
    expect(
      speakers(
        'The Kremlin on Friday noted the readiness of Ukrainian President Volodymyr Zelenskiy to discuss neutrality, but said it could offer nothing.',
        '“This is a new statement,” he said.',
      ),
    ).toEqual([{ text: 'This is a new statement,', speaker: 'unknown' }]);
    // A title of its own ("Director of National Intelligence") is no object.
    expect(
      speakers('“We assess Putin feels aggrieved,” Director of National Intelligence Avril Haines said.'),
    ).toEqual([{ text: 'We assess Putin feels aggrieved,', speaker: 'person avril-haines' }]);
  });

  it('reads past an apposition followed by a short phrase: “Podolyak, adviser to Zelenskyy, in a tweet said”', () => {
    expect(
      speakers(
        'Mykhailo Podolyak, adviser to President Volodymyr Zelenskyy, in a tweet said Ukraine proposed a treaty “with an enhanced analogue.”',
      ),
    ).toEqual([{ text: 'with an enhanced analogue.', speaker: 'person mykhailo-podolyak' }]);
  });

  it('takes the name a colon closes only when it opens its sentence', () => {
    expect(speakers('Ukrainian President Zelensky: “We are ready.”')).toEqual([
      { text: 'We are ready.', speaker: 'person volodymyr-zelensky' },
    ]);
    expect(
      speakers('Putin set out what Russia will expect from Ukraine: “It is a neutral status.”'),
    ).not.toContainEqual({
      text: 'It is a neutral status.',
      speaker: 'party ukraine',
    });
  });

  it('gives the words a colon announces at a paragraph’s end to the last verb’s subject, not the sentence’s first', () => {
    expect(
      speakers(
        'The State Department did not answer a request for comment, but in October, when Sergei Lavrov signalled openness to talks, department spokesperson Ned Price told a briefing:',
        '“We see this as posturing.”',
      ),
    ).toEqual([{ text: 'We see this as posturing.', speaker: 'person ned-price' }]);
  });

  it('gives “…,” stressed Kremlin spokesman to no party: the party says whose the speaker is', () => {
    expect(speakers('“It is a neutral status,” stressed Kremlin spokesman.')).toEqual([
      { text: 'It is a neutral status,', speaker: 'unknown' },
    ]);
  });

  it('takes a person described after an inverted verb for its subject, not a person before it', () => {
    // "he" is the source, whose description ends before the sentence's period.
    expect(
      speakers(
        'Nothing stands in the way of talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky, said a spokesman for the Kremlin.',
        '“It is a neutral status,” he said.',
      ),
    ).toEqual([{ text: 'It is a neutral status,', speaker: 'unnamed a spokesman for the Kremlin' }]);
  });

  it('does not read “Russian demands to give up” as a party speaking, so “he” still refers back', () => {
    expect(
      speakers(
        '“I believe it is impossible,” Zelenskiy said.',
        'Yet he stayed defiant in the face of Russian demands to give up Mariupol.',
        '“Ultimatums will only happen,” he said.',
      ),
    ).toEqual([
      { text: 'I believe it is impossible,', speaker: 'person volodymyr-zelensky' },
      { text: 'Ultimatums will only happen,', speaker: 'person volodymyr-zelensky' },
    ]);
  });

  it('refers “the source” back to “a senior diplomatic source”, and reads “restated” as reporting', () => {
    expect(
      speakers(
        'Russia is willing, a senior diplomatic source said.',
        '“We know from our experience,” the source said.',
      ),
    ).toEqual([{ text: 'We know from our experience,', speaker: 'unnamed a senior diplomatic source' }]);
    expect(speakers('Zelenskiy restated his wish to meet Putin “in any format” to end it.')).toEqual([
      { text: 'in any format', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('relative clauses and a body that speaks through a person', () => {
  it('gives the verb of “…, who earlier told” to the relative pronoun’s antecedent, past an apposition', () => {
    expect(
      speakers(
        'Peskov was commenting on remarks by Vladimir Medinsky, Russia’s chief negotiator, who earlier told state TV: “Ukraine is offering an Austrian version.”',
      ),
    ).toEqual([{ text: 'Ukraine is offering an Austrian version.', speaker: 'person vladimir-medinsky' }]);
    expect(speakers('Lavrov met Kuleba, who later said the talks were “difficult.”')).toEqual([
      { text: 'difficult.', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('gives a body’s framed quote to the person the sentence ends by naming', () => {
    expect(
      speakers(
        'Ukraine also promised Russia that it “won’t host any foreign military base”, another Ukrainian negotiator at the talks, Oleksandr Chaly said.',
      ),
    ).toEqual([{ text: 'won’t host any foreign military base', speaker: 'named Oleksandr Chaly' }]);
    expect(speakers('Ukraine promised that it “will stay neutral,” Podolyak said.')).toEqual([
      { text: 'will stay neutral,', speaker: 'person mykhailo-podolyak' },
    ]);
    // With no person at the end, the body keeps the words.
    expect(speakers('Ukraine promised that it “will stay neutral.”')).toEqual([
      { text: 'will stay neutral.', speaker: 'party ukraine' },
    ]);
  });

  it('gives it to an unnamed source the sentence ends by naming, with when or where after the verb', () => {
    expect(
      speakers(
        'Russia has told Ukraine that it stands ready to halt operations “immediately”, a Kremlin spokesman said on Monday.',
      ),
    ).toEqual([{ text: 'immediately', speaker: 'unnamed a Kremlin spokesman' }]);
    expect(speakers('Ukraine promised that it “will stay neutral,” Podolyak said late on Tuesday.')).toEqual([
      { text: 'will stay neutral,', speaker: 'person mykhailo-podolyak' },
    ]);
  });
});

describe('an owner’s name and a title after an inverted verb', () => {
  it('takes the name the title leads to, not the owner: “said Biden national security adviser Jake Sullivan”', () => {
    expect(speakers('“We are sceptical,” said Biden national security adviser Jake Sullivan.')).toEqual([
      { text: 'We are sceptical,', speaker: 'named Jake Sullivan' },
    ]);
    expect(speakers('“The talks were useful,” said Putin aide Vladimir Medinsky.')).toEqual([
      { text: 'The talks were useful,', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('abstains on a title with no name after it, and reads no verb’s phrase as a title', () => {
    expect(speakers('“Negotiations continue,” said the Zelensky chief of staff.')).toEqual([
      { text: 'Negotiations continue,', speaker: 'unknown' },
    ]);
    // The surname alone after the verb is the speaker, not the one named in the phrase after it.
    expect(speakers('“The president is ready,” said Yermak after talking to Zelensky.')).toEqual([
      { text: 'The president is ready,', speaker: 'named Yermak' },
    ]);
  });
});

describe('the object of a participle set off by commas', () => {
  it('is not the subject: “The moderator, addressing Zelensky, said”', () => {
    expect(speakers('The moderator, addressing Zelensky, said: “The floor is yours.”')).toEqual([
      { text: 'The floor is yours.', speaker: 'unknown' },
    ]);
    expect(speakers('Erdogan, hosting Medinsky, said: “Welcome.”')).toEqual([
      { text: 'Welcome.', speaker: 'person recep-tayyip-erdogan' },
    ]);
  });
});

describe('a nationality word for people, not the state', () => {
  it('abstains for “a Russian living in Istanbul”, “ordinary Ukrainians”, “the Russian said”', () => {
    for (const paragraph of [
      '“We are tired of war,” said a Russian living in Istanbul.',
      'Ordinary Ukrainians told reporters: “We do not believe Russia.”',
      'Medinsky and Arakhamia spoke after the session. “We are close,” the Russian said.',
      'Medinsky and Arakhamia spoke after the session. “We are close,” warned the Ukrainian.',
    ])
      expect(speakers(paragraph).map(({ speaker }) => speaker)).toEqual(['unknown']);
  });

  it('keeps the state for “the Russians”, “the Russian side” and “Russian officials” as before', () => {
    expect(speakers('“We are ready,” the Russians said.')).toEqual([
      { text: 'We are ready,', speaker: 'party russia' },
    ]);
    expect(speakers('“It was hard,” the Russian side said.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
    expect(speakers('“It was hard,” said the Russians.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
  });
});

describe('a state’s word before a person is not the state speaking', () => {
  it('abstains for “according to the UN Secretary-General”, and keeps a body: “according to the Russian Defence Ministry”', () => {
    expect(speakers('A dialogue is “possible”, according to the UN Secretary-General.')).toEqual([
      { text: 'possible', speaker: 'unknown' },
    ]);
    expect(speakers('A dialogue is “possible”, according to the Russian Defence Ministry.')).toEqual([
      { text: 'possible', speaker: 'party russia' },
    ]);
  });

  it('abstains for “the Turkish mediator”, “Ukraine’s chief negotiator”, “Ukrainian presidential adviser”', () => {
    for (const who of [
      'the Turkish mediator',
      'Ukraine’s chief negotiator',
      'Ukrainian presidential adviser',
    ])
      expect(speakers(`“It was hard,” ${who} said.`)).toEqual([{ text: 'It was hard,', speaker: 'unknown' }]);
  });

  it('abstains for an office printed as an initialism: “the Polish PM”, “a Ukrainian MP”', () => {
    expect(speakers('The Polish PM called Russia a “fascist state”.')).toEqual([
      { text: 'fascist state', speaker: 'unknown' },
    ]);
    expect(speakers('A Ukrainian MP said the talks were “a farce”.')).toEqual([
      { text: 'a farce', speaker: 'unknown' },
    ]);
  });

  it('abstains for the subject of a participle’s clause that a state’s word qualifies: “Russian officials …, saying”', () => {
    expect(
      speakers('Russian officials have spoken well of the plan, saying that “many ideas” in it are sound.'),
    ).toEqual([{ text: 'many ideas', speaker: 'unknown' }]);
    // A body of the state is the state: "The Russian Foreign Ministry …, calling it".
    expect(
      speakers('The Russian Foreign Ministry on Monday rejected a report, calling it “pure fiction.”'),
    ).toEqual([{ text: 'pure fiction.', speaker: 'party russia' }]);
  });

  it('keeps the state for its bodies: “the Russian side”, “the Ukrainian delegation”, “Russia’s Foreign Ministry”', () => {
    expect(speakers('“It was hard,” the Russian side said.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
    expect(speakers('“It was hard,” said the Russians.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
    expect(speakers('“It was hard,” the Ukrainian delegation said.')).toEqual([
      { text: 'It was hard,', speaker: 'party ukraine' },
    ]);
    expect(speakers('“It was hard,” Russia’s Foreign Ministry said.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
  });

  it('refers “the Ukrainian minister” to the one person named lately who is Ukraine’s minister', () => {
    expect(speakers('Kuleba met Lavrov.', '“It was hard,” the Ukrainian minister said.')).toEqual([
      { text: 'It was hard,', speaker: 'person dmytro-kuleba' },
    ]);
    expect(speakers('Lavrov met Kuleba.', '“It was hard,” the Ukrainian minister said.')).toEqual([
      { text: 'It was hard,', speaker: 'person dmytro-kuleba' },
    ]);
    expect(
      speakers('Lavrov met Cavusoglu in Antalya.', '“It was useful,” the Turkish minister said.'),
    ).toEqual([{ text: 'It was useful,', speaker: 'person mevlut-cavusoglu' }]);
    // Two ministers: "the minister" is either.
    expect(speakers('Lavrov spoke first, then Kuleba. “It was useful,” the minister said.')).toEqual([
      { text: 'It was useful,', speaker: 'unknown' },
    ]);
  });

  it('reads “the Belarusian leader” and “the President of Belarus” as Lukashenko', () => {
    for (const who of ['the Belarusian leader', 'the President of Belarus'])
      expect(speakers(`“We are ready,” ${who} said.`)).toEqual([
        { text: 'We are ready,', speaker: 'person alexander-lukashenko' },
      ]);
  });
});

describe('a body’s words in a sentence a person ends by saying', () => {
  it('gives them to the person, also with the channel named after the verb', () => {
    expect(
      speakers(
        'The Kremlin confirmed Bennett’s visit “to discuss the situation,” spokesperson Dmitry Peskov said, according to remarks the Interfax news agency carried.',
      ),
    ).toEqual([{ text: 'to discuss the situation,', speaker: 'named Dmitry Peskov' }]);
  });
});

describe('the owner of a subject set off by commas', () => {
  it('takes the name set off after a possessive, not its owner: “Zelensky’s adviser, Mykhailo Podolyak, said”', () => {
    expect(speakers('Zelensky’s adviser, Mykhailo Podolyak, said the talks were “productive.”')).toEqual([
      { text: 'productive.', speaker: 'person mykhailo-podolyak' },
    ]);
    expect(speakers('Medinsky’s deputy, Leonid Slutsky, said the talks were “productive.”')).toEqual([
      { text: 'productive.', speaker: 'named Leonid Slutsky' },
    ]);
    // With no name set off, nobody: "Putin’s spokesman" is not Putin.
    expect(speakers('Putin’s spokesman, who spoke to reporters, said the talks were “productive.”')).toEqual([
      { text: 'productive.', speaker: 'unknown' },
    ]);
  });
});

describe('wrong speakers a prober found (listeners, asides, descriptions, pairs)', () => {
  it('does not give a question to the one asked', () => {
    expect(speakers('“Will you meet Putin?” Tapper asked Zelensky.')).toEqual([
      { text: 'Will you meet Putin?', speaker: 'unknown' },
    ]);
    expect(speakers('Asked “will you meet Putin?”, Zelensky said: “Yes.”')).toEqual([
      { text: 'will you meet Putin?', speaker: 'unknown' },
      { text: 'Yes.', speaker: 'person volodymyr-zelensky' },
    ]);
    // A quote inside the opening question, before its comma, is the question's too.
    expect(
      speakers(
        'Asked on Wednesday whether Moscow had seen proposals for a “Christmas ceasefire,” Lavrov told reporters: “No.”',
      ),
    ).toEqual([
      { text: 'Christmas ceasefire,', speaker: 'unknown' },
      { text: 'No.', speaker: 'person sergey-lavrov' },
    ]);
  });

  it('reads “Lavrov, he said, “…”” as the words of the one “he” refers to', () => {
    expect(
      speakers('Kuleba said the Russians had changed their tone. Lavrov, he said, “sounded less certain.”'),
    ).toEqual([{ text: 'sounded less certain.', speaker: 'person dmytro-kuleba' }]);
  });

  it('does not take a party inside a person’s description for the speaker', () => {
    expect(speakers('“We want peace,” the head of the Ukrainian delegation said.')).toEqual([
      { text: 'We want peace,', speaker: 'unknown' },
    ]);
    expect(
      speakers('According to a source in the Ukrainian delegation, “the Russians softened their tone.”'),
    ).toEqual([
      { text: 'the Russians softened their tone.', speaker: 'unnamed a source in the Ukrainian delegation' },
    ]);
    // "officials from Moscow" are the state speaking.
    expect(speakers('Officials from Moscow removed their calls for “denazification.”')).toEqual([
      { text: 'denazification.', speaker: 'party russia' },
    ]);
  });

  it('keeps in a source’s description the body it is in, named by its noun alone', () => {
    expect(speakers('“The talks were very tense,” a source inside the negotiating group said.')).toEqual([
      { text: 'The talks were very tense,', speaker: 'unnamed a source inside the negotiating group' },
    ]);
    // Which of a body's terms is part of it.
    expect(
      speakers(
        '“Where is the strength?” one former official from Trump’s first administration told The Post.',
      ),
    ).toEqual([
      {
        text: 'Where is the strength?',
        speaker: 'unnamed one former official from Trump’s first administration',
      },
    ]);
  });

  it('gives no one person the words of two joined by “and”, and reads “agreed:” as speech', () => {
    expect(speakers('Medinsky and Arakhamia said in a joint statement: “The talks will continue.”')).toEqual([
      { text: 'The talks will continue.', speaker: 'unknown' },
    ]);
    expect(
      speakers('“The talks will continue,” Medinsky said, and Arakhamia agreed: “Yes, online.”'),
    ).toEqual([
      { text: 'The talks will continue,', speaker: 'person vladimir-medinsky' },
      { text: 'Yes, online.', speaker: 'person david-arakhamia' },
    ]);
  });
});

describe('a verb that “and” joins to the first of its clause', () => {
  it('shares the subject set off after its description, not the object set off after the verb', () => {
    expect(
      speakers(
        "South Africa's President, Cyril Ramaphosa, met his Russian counterpart, Vladimir Putin, in Kazan on Tuesday, and said that he regards Moscow as a “valued ally”.",
      ),
    ).toEqual([{ text: 'valued ally', speaker: 'named Cyril Ramaphosa' }]);
  });
});

describe('a subject put after its verb, a phrase after it', () => {
  it('is the sentence’s subject, whom “he” next refers to: “…, said Andriy Sybiha in a statement”', () => {
    expect(
      speakers(
        'Kyiv is prepared for peace talks in any format, said Deputy Foreign Minister Andriy Sybiha in a statement.',
        '“Russia can agree to a real ceasefire,” he noted.',
      ),
    ).toEqual([{ text: 'Russia can agree to a real ceasefire,', speaker: 'named Andriy Sybiha' }]);
  });
});

describe('a name set off after the quote', () => {
  it('takes “Russia’s ambassador to the US, Anatoly Antonov” for Antonov, not Russia or the US', () => {
    expect(speakers('“We want peace,” Russia’s ambassador to the US, Anatoly Antonov, said.')).toEqual([
      { text: 'We want peace,', speaker: 'named Anatoly Antonov' },
    ]);
    expect(
      speakers('“We want peace,” Podolyak, an adviser to the Ukrainian president, Volodymr Zelenskiy, said.'),
    ).toEqual([{ text: 'We want peace,', speaker: 'person mykhailo-podolyak' }]);
  });
});

describe('a remark’s words, whatever verb comes after or before', () => {
  it('gives them to the remark’s owner when the quote is its content', () => {
    expect(speakers('Kuleba’s remarks – “Russia lies” – came after Lavrov said Kyiv was stalling.')).toEqual([
      { text: 'Russia lies', speaker: 'person dmytro-kuleba' },
    ]);
    expect(
      speakers('Medinsky’s statement that the talks were “constructive” surprised Kyiv, Arakhamia said.'),
    ).toEqual([{ text: 'constructive', speaker: 'person vladimir-medinsky' }]);
    expect(speakers('Kuleba said Lavrov’s statement — “we did not attack Ukraine” — was a lie.')).toEqual([
      { text: 'we did not attack Ukraine', speaker: 'person sergey-lavrov' },
    ]);
  });

  it('reads talk of, an offer of, a promise to as a remark whose words follow', () => {
    expect(
      speakers(
        'Zelensky said Putin’s talk of “denazification” was absurd.',
        'Podolyak said Medinsky’s promise to “drastically reduce” attacks meant nothing.',
      ),
    ).toEqual([
      { text: 'denazification', speaker: 'person vladimir-putin' },
      { text: 'drastically reduce', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('gives a message, reply or appeal to its sender, not to the one it is addressed to', () => {
    expect(
      speakers(
        'Medinsky’s message to Kyiv was clear: “Sign the treaty.”',
        'Zelensky’s message to Moscow: “Leave our land.”',
        'Podolyak’s reply came within the hour: “No.”',
        'Erdogan’s appeal to the delegations was emotional: “Stop this tragedy.”',
      ),
    ).toEqual([
      { text: 'Sign the treaty.', speaker: 'person vladimir-medinsky' },
      { text: 'Leave our land.', speaker: 'person volodymyr-zelensky' },
      { text: 'No.', speaker: 'person mykhailo-podolyak' },
      { text: 'Stop this tragedy.', speaker: 'person recep-tayyip-erdogan' },
    ]);
    // An opening phrase's verb, before its comma, does not make the colon open another's answer.
    expect(speakers('Asked about talks with Zelensky, Putin’s answer was short but plain: “Ready.”')).toEqual(
      [{ text: 'Ready.', speaker: 'person vladimir-putin' }],
    );
    // The remark as the speech verb's subject.
    expect(
      speakers(
        'Kuleba’s statement said: “Ukraine will not be divided.”',
        'Kuleba’s statement said Ukraine would “never” yield.',
      ),
    ).toEqual([
      { text: 'Ukraine will not be divided.', speaker: 'person dmytro-kuleba' },
      { text: 'never', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('reads a possessive written with the apostrophe alone, after an s: “Pope Francis’ remarks that …”', () => {
    expect(
      speakers(
        'Stoltenberg said he disagrees with Pope Francis’ remarks that Ukraine should have the “white flag courage” to negotiate.',
      ),
    ).toEqual([{ text: 'white flag courage', speaker: 'named Pope Francis' }]);
  });

  it('keeps the words a verb judges the remark by for that verb’s subject', () => {
    expect(speakers('Kuleba dismissed Lavrov’s remarks as “propaganda”.')).toEqual([
      { text: 'propaganda', speaker: 'person dmytro-kuleba' },
    ]);
    // After a verb, a colon opens the subject's answer to the remark, not the remark.
    expect(
      speakers('Zelensky dismissed Putin’s remarks: “These are the words of a man who has lost.”'),
    ).toEqual([{ text: 'These are the words of a man who has lost.', speaker: 'person volodymyr-zelensky' }]);
    expect(speakers('Kuleba addressed Lavrov’s comments: “He is lying.”')).toEqual([
      { text: 'He is lying.', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('never gives a judging verb’s subject the words quoted before it: they are what is judged', () => {
    for (const verb of ['dismissed', 'condemned', 'slammed'])
      expect(
        speakers(`Among the points on the table is “denazification”, a demand that Kyiv has long ${verb}.`),
      ).toEqual([{ text: 'denazification', speaker: 'unknown' }]);
  });
});

describe('another’s remark', () => {
  it('gives a verb’s judgment of another’s remark to the one who judges, and the remark’s words to its owner', () => {
    expect(
      speakers(
        'Kuleba called Lavrov’s statement “cynical”.',
        'Podolyak said Medinsky’s claim of “two steps” was false.',
        'Podolyak dismissed Peskov’s claim that Ukraine was “stalling”.',
      ),
    ).toEqual([
      { text: 'cynical', speaker: 'person dmytro-kuleba' },
      { text: 'two steps', speaker: 'person vladimir-medinsky' },
      { text: 'stalling', speaker: 'unknown' },
    ]);
  });
});

describe('a state’s position reported by one who speaks for it', () => {
  it('gives “Cavusoglu added that Turkey urged … “…”” to Cavusoglu, not to Turkey', () => {
    expect(
      speakers(
        'Cavusoglu added that Turkey urged the two sides to “secure a cease-fire”.',
        'Kuleba said Russia wanted “a capitulation”.',
      ),
    ).toEqual([
      { text: 'secure a cease-fire', speaker: 'person mevlut-cavusoglu' },
      { text: 'a capitulation', speaker: 'person dmytro-kuleba' },
    ]);
  });
});

describe('a colon after a clause of another’s', () => {
  it('gives the words to the subject of the clause the colon ends, not the earlier speech verb’s', () => {
    for (const sentence of [
      'Medinsky said the talks had been constructive, a view Podolyak did not share: “Nothing is agreed.”',
      'Medinsky said the talks had been constructive, but Podolyak was more cautious: “Nothing is agreed.”',
      'Medinsky said the talks had been constructive, but Podolyak, who leads the talks, disagreed: “Nothing is agreed.”',
    ])
      expect(speakers(sentence)[0]?.speaker, sentence).toBe('person mykhailo-podolyak');
  });

  it('gives them to neither of two, and keeps the verb’s reported clause and its objects for the verb', () => {
    expect(
      speakers(
        'Medinsky said the talks had been constructive, but Podolyak and Arakhamia disagreed: “Nothing is agreed.”',
      )[0]?.speaker,
    ).toBe('unknown');
    for (const sentence of [
      'Medinsky said that, in his view, Erdogan makes a good mediator: “He is fair.”',
      'Medinsky said that the talks with Podolyak, Kuleba, and Arakhamia had gone well: “We agreed on much.”',
      'Medinsky told Podolyak: “Nothing is agreed.”',
    ])
      expect(speakers(sentence)[0]?.speaker, sentence).toBe('person vladimir-medinsky');
  });
});

describe('a noun a preposition governs before a speech verb', () => {
  it('is no subject the compiler cannot name: the subject before the phrase speaks', () => {
    for (const place of ['with the Security Council', 'with officials'])
      expect(speakers(`Putin at a meeting ${place} noted that the regime is “not interested”.`)).toEqual([
        { text: 'not interested', speaker: 'person vladimir-putin' },
      ]);
  });
  it('but a name after it begins a clause of its own', () => {
    expect(
      speakers(
        'Chinese state TV reported that on the call Xi urged both sides to negotiate to “resolve issues”.',
      ),
    ).not.toEqual([{ text: 'resolve issues', speaker: 'unnamed Chinese state TV' }]);
  });
});

describe('two readings the tagger gets wrong', () => {
  it('takes a state’s body named with “of” for the state, no unknown name', () => {
    expect(
      speakers(
        'The Russian Ministry of Defence described its withdrawal from the Kyiv region as a “goodwill gesture”.',
      ),
    ).toEqual([{ text: 'goodwill gesture', speaker: 'party russia' }]);
  });
  it('takes a past form read as an adjective, after a name and before “that”, for its verb', () => {
    expect(
      speakers(
        'Earlier, the press secretary of the President, Dmitry Peskov, informed that there are no plans “for the moment”.',
      ),
    ).toEqual([{ text: 'for the moment', speaker: 'named Dmitry Peskov' }]);
  });
});

describe('a first name the tagger takes for a verb', () => {
  it('is a name inside its sentence before a surname: “minister Will Quince”', () => {
    expect(
      speakers(
        'Kuleba said: “Do not eat anything.”',
        'Government minister Will Quince called the poisoning a “worrying development”. He said Britain would seek to “establish the facts”.',
      ).map((quote) => quote.speaker),
    ).toEqual(['person dmytro-kuleba', 'named Will Quince', 'named Will Quince']);
  });
});

describe('a name of an initial and a surname', () => {
  it('names a person the knowledge lacks: “S. Jaishankar”', () => {
    expect(
      speakers('External Affairs Minister S. Jaishankar said India favoured “dialogue and diplomacy”.'),
    ).toEqual([{ text: 'dialogue and diplomacy', speaker: 'named S. Jaishankar' }]);
  });
});

describe('a remark whose owner is named after it', () => {
  it('gives the words of its “that” clause to the owner, not to the one commenting on it', () => {
    expect(
      speakers(
        'Zelensky commented on the words of Vladimir Putin that the operation is being conducted to “denazify and demilitarize” Ukraine.',
      ),
    ).toEqual([{ text: 'denazify and demilitarize', speaker: 'person vladimir-putin' }]);
    // With an indefinite article too: "agreed with a statement by Zelenskyy that …".
    expect(
      speakers(
        'Kremlin spokesperson Dmitry Peskov indicated on Friday that Moscow agreed with a statement by Volodymyr Zelenskyy that peace efforts needed “more momentum”.',
      ),
    ).toEqual([{ text: 'more momentum', speaker: 'person volodymyr-zelensky' }]);
    // With a speech verb of its own after the owner, the clause is no longer the remark's content.
    expect(
      speakers('Zelensky recalled the words of Putin that Kuleba said were “absurd”.')[0]?.speaker,
    ).not.toBe('person vladimir-putin');
  });
});

describe('an apposition holding another name, then the subject’s own words', () => {
  it('keeps the subject before the apposition for a verb some words after it', () => {
    expect(
      speakers(
        'Mykhailo Podolyak, a senior adviser to Ukrainian President Volodymyr Zelenskyy, offered few details beyond saying that a second round could be held “in the near future”.',
      ),
    ).toEqual([{ text: 'in the near future', speaker: 'person mykhailo-podolyak' }]);
  });
});

describe('a name set off by commas after a description, with its title', () => {
  it('is the subject, its title cut off the name', () => {
    expect(
      speakers(
        'Another Russian representative at the talks, Chairman of the State Duma Committee on International Affairs Leonid Slutsky, stressed that “the sides listened to each other”.',
      ),
    ).toEqual([{ text: 'the sides listened to each other', speaker: 'named Leonid Slutsky' }]);
  });

  it('cuts a plural title off the first of two names it stands before', () => {
    expect(
      speakers(
        'On Sunday, Presidents Donald Trump and Javier Milei held long meetings. Trump called the meeting “terrific.”',
      ),
    ).toEqual([{ text: 'terrific.', speaker: 'named Donald Trump' }]);
  });
});

describe('a participle that opens the sentence', () => {
  it('shares the subject of the speech verb after its comma, which a quote standing alone next goes on with', () => {
    expect(
      speakers(
        'Also confirming the agreement, Russia’s chief negotiator Vladimir Medinsky said:',
        '“The main question we decided today was saving people.”',
      ),
    ).toEqual([
      { text: 'The main question we decided today was saving people.', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('is a past participle too, and a word of saying in its clause (“for comment”) is none of the sentence’s verbs', () => {
    expect(
      speakers(
        'Asked for comment on remarks by EU diplomat Josep Borrell that Turkey could mediate, Lavrov said “the process began without mediators”. “However, we appreciate the efforts of Turkey,” he added.',
      ),
    ).toEqual([
      { text: 'the process began without mediators', speaker: 'person sergey-lavrov' },
      { text: 'However, we appreciate the efforts of Turkey,', speaker: 'person sergey-lavrov' },
    ]);
  });

  it('leaves a name inside its clause out of the sentence’s subject when no verb of saying follows it', () => {
    // The subject after the comma is the one "he" next means; one the compiler cannot name leaves "he" to no one.
    expect(
      speakers(
        'Commenting on recent remarks by US Secretary of State Antony Blinken, Lavrov agreed that the war would end in talks.',
        '“We can agree with this,” he said.',
      ),
    ).toEqual([{ text: 'We can agree with this,', speaker: 'person sergey-lavrov' }]);
    expect(
      speakers(
        'Commenting on recent remarks by US Secretary of State Antony Blinken, Gatilov, at a briefing, agreed that the war would end in talks.',
        '“We can agree with this,” he said.',
      ),
    ).toEqual([{ text: 'We can agree with this,', speaker: 'unknown' }]);
  });
});

describe('a side’s document that opens its clause', () => {
  it('gives the side’s words, as “the Kremlin said in a statement” does', () => {
    expect(
      speakers('A Kremlin statement said: “The president instructs the minister to impose a ceasefire.”'),
    ).toEqual([
      { text: 'The president instructs the minister to impose a ceasefire.', speaker: 'party russia' },
    ]);
    // Not a document that is another's object ("Lavrov read a Kremlin statement").
    expect(speakers('Lavrov read a Kremlin statement and said it was “clear”.')).toEqual([
      { text: 'clear', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('a section heading', () => {
  it('that names one person gives the “he” under it that person; one that names no one changes nothing', () => {
    expect(
      speakers(
        'Lavrov met reporters in Moscow on Tuesday.',
        '## How Kuleba reacted',
        '“We will not give up,” he said.',
      ),
    ).toEqual([{ text: 'We will not give up,', speaker: 'person dmytro-kuleba' }]);
    // News pages set subheads inside a story that goes on.
    expect(
      speakers(
        'Lavrov met reporters in Moscow on Tuesday.',
        '## NATO member',
        '“We will not give up,” he said.',
      ),
    ).toEqual([{ text: 'We will not give up,', speaker: 'person sergey-lavrov' }]);
  });
});

describe('a surname the report uses alone, never in full', () => {
  it('is a person’s name when a pronoun refers back to it in its clause, and speaks', () => {
    expect(
      speakers(
        'Speaking in Toulon, Merz said he had “no illusions” about a quick end to the war.',
        '“It is part of this president’s strategy,” Merz said.',
      ),
    ).toEqual([
      { text: 'no illusions', speaker: 'named Merz' },
      { text: 'It is part of this president’s strategy,', speaker: 'named Merz' },
    ]);
  });

  it('is a name though the sentence before ends with a capitalised word (“… Rustem Umerov. Fidan chaired”)', () => {
    expect(
      speakers(
        'The delegations were led by Vladimir Medinsky and by Defense Minister Rustem Umerov. Fidan chaired the meeting.',
        '“Our expectation is a result,” Fidan said.',
      ),
    ).toEqual([{ text: 'Our expectation is a result,', speaker: 'named Fidan' }]);
    // Nor is a title: "Secretary of State Rubio" prints the surname alone.
    expect(
      speakers(
        'Secretary of State Rubio told NBC that the coming days are decisive.',
        '“We’re close, but we’re not close enough,” Rubio said.',
      ),
    ).toEqual([{ text: 'We’re close, but we’re not close enough,', speaker: 'named Rubio' }]);
    // A possessive is part of the word it ends: "Russia’s Rosatom" is no name alone.
    expect(
      speakers('Russia’s Rosatom has held talks with the IAEA.', '“Talks will go on,” Rosatom said.'),
    ).toEqual([{ text: 'Talks will go on,', speaker: 'unknown' }]);
  });

  it('is no name when the article prints the word in lower case, or gives a longer name it ends', () => {
    expect(
      speakers('Negotiations said he would “wait and see”.', 'The negotiations went on.').map(
        (quote) => quote.speaker,
      ),
    ).not.toContain('named Negotiations');
    expect(
      speakers(
        'Prime Minister Narendra Modi spoke to both leaders.',
        'Modi said he wanted “dialogue and diplomacy” to end the war.',
      ),
    ).toEqual([{ text: 'dialogue and diplomacy', speaker: 'named Narendra Modi' }]);
  });
});

describe('a surname alone as the subject of “say”, “tell” or “add”', () => {
  it('is a person’s name, whom a pronoun after it then means', () => {
    expect(speakers('“We have diversified our cooperation,” Jaishankar said.')).toEqual([
      { text: 'We have diversified our cooperation,', speaker: 'named Jaishankar' },
    ]);
    expect(
      speakers(
        '“Much will focus on security guarantees,” Rubio told Fox News.',
        '“But first we have to put things in order,” he added.',
      ),
    ).toEqual([
      { text: 'Much will focus on security guarantees,', speaker: 'named Rubio' },
      { text: 'But first we have to put things in order,', speaker: 'named Rubio' },
    ]);
  });

  it('is a person’s name after the verb too, right after a quote: “…,” said Fidan', () => {
    expect(speakers('“I hope that this will happen soon,” said Fidan at a press conference.')).toEqual([
      { text: 'I hope that this will happen soon,', speaker: 'named Fidan' },
    ]);
    // Not after a verb that no quote's comma precedes: "…, said Europe ought to …".
    expect(
      speakers(
        'Marta Lind, a long-standing ally of Trump, said Europe ought to talk and accused the EU of a “pro-war stance”.',
      ),
    ).toEqual([{ text: 'pro-war stance', speaker: 'named Marta Lind' }]);
  });

  it('is no new name when it is a body (“said it”, “the Elysee”), a plural opening its sentence, a longer name’s family name, or a known person misspelt', () => {
    expect(speakers('Roskomnadzor said it had begun an inquiry “to establish the amount of blame”.')).toEqual(
      [{ text: 'to establish the amount of blame', speaker: 'unknown' }],
    );
    // A plural that opens its sentence: a common noun's capital.
    expect(speakers('Sources said the sides discussed a “road map” for the talks.')).toEqual([
      { text: 'road map', speaker: 'unknown' },
    ]);
    // A determiner before it: a body's or a place's name.
    expect(speakers('The two agreed on “a diplomatic solution to the crisis”, the Elysee said.')).toEqual([
      { text: 'a diplomatic solution to the crisis', speaker: 'unknown' },
    ]);
    expect(
      speakers(
        'Chinese Foreign Minister Wang Yi arrived in Moscow.',
        '“We need to think about our efforts,” Wang said.',
      ),
    ).toEqual([{ text: 'We need to think about our efforts,', speaker: 'named Wang Yi' }]);
    expect(speakers('“Tomorrow, our president plans to talk on the phone,” Kalyn said.')).toEqual([
      { text: 'Tomorrow, our president plans to talk on the phone,', speaker: 'unknown' },
    ]);
  });
});

describe('a party after a person in the clause of a verb of saying', () => {
  it('is left to no one: it is more often inside the person’s clause than the verb’s subject', () => {
    expect(
      speakers(
        'Carla Mendes said on Monday, in her first remarks on the truce the United States has proposed and Ukraine has backed, that she saw merit in it but had “serious doubts” about it.',
      ),
    ).toEqual([{ text: 'serious doubts', speaker: 'unknown' }]);
  });

  it('is no subject after a preposition either (“Nations allied with Ukraine … argued”)', () => {
    expect(
      speakers(
        'Nations allied with Ukraine, which took no part in the draft, argued that it needed “more work” before any vote.',
      ),
    ).toEqual([{ text: 'more work', speaker: 'unknown' }]);
  });

  it('still speaks in a clause of its own, alone, or naming the words it calls something', () => {
    expect(
      speakers(
        '“We are close,” Carla Mendes said, while Turkey confirmed that a meeting was “being prepared”.',
        'Turkey said on Friday that the meeting had been “useful”.',
        'Tomas Berg cited what Turkey has called “a real chance” for a deal.',
      ),
    ).toEqual([
      { text: 'We are close,', speaker: 'named Carla Mendes' },
      { text: 'being prepared', speaker: 'party turkey' },
      { text: 'useful', speaker: 'party turkey' },
      { text: 'a real chance', speaker: 'party turkey' },
    ]);
  });
});

describe('a party between a quote and the verb after it', () => {
  it('is no subject before another noun or after a verb or preposition: the quote’s clause goes on', () => {
    expect(
      speakers(
        'The hall still serves as a “refuge” for families during Russian air raids, said a statement from the city council.',
        'In that vote the regions allegedly “chose” to join Russia, said the governor.',
      ),
    ).toEqual([
      { text: 'refuge', speaker: 'unknown' },
      { text: 'chose', speaker: 'unknown' },
    ]);
    expect(
      speakers(
        '“We are ready,” Russia’s foreign ministry said.',
        '“We are ready,” the Kremlin said on Monday.',
      ),
    ).toEqual([
      { text: 'We are ready,', speaker: 'party russia' },
      { text: 'We are ready,', speaker: 'party russia' },
    ]);
  });
});

describe('a surname the copy misspells after giving the name right', () => {
  it('takes a surname one edit from a person named earlier for that person, and no shorter or doubtful one', () => {
    expect(
      speakers(
        'Kremlin aide Yury Ushakov spoke on Thursday.',
        '“The understandings reached in Anchorage might not please everyone,” Ushkakov told Channel One.',
      ),
    ).toEqual([
      {
        text: 'The understandings reached in Anchorage might not please everyone,',
        speaker: 'named Yury Ushakov',
      },
    ]);
    // Near two surnames the article gave: neither.
    expect(
      speakers(
        'Yury Ushakov and Pavel Ushanov spoke on Thursday.',
        '“The understandings might not please everyone,” Ushankov told Channel One.',
      ),
    ).toEqual([{ text: 'The understandings might not please everyone,', speaker: 'unknown' }]);
  });

  it('takes a word one edit from a known person’s short surname for them once the article has named them', () => {
    expect(
      speakers(
        'Erdogan’s spokesman Ibrahim Kalin said so on Tuesday.',
        '“Our president plans to talk to Putin,” Kalyn said.',
      ),
    ).toEqual([{ text: 'Our president plans to talk to Putin,', speaker: 'person ibrahim-kalin' }]);
    // Not named before: a short surname is too easily one edit from another word.
    expect(speakers('“Our president plans to talk to Putin,” Kalyn said.')).not.toContainEqual({
      text: 'Our president plans to talk to Putin,',
      speaker: 'person ibrahim-kalin',
    });
  });
});

describe('a clause or phrase that opens the sentence before its subject', () => {
  it('holds no subject of the sentence: a name inside it is not the one “he” means next', () => {
    expect(
      speakers(
        'Ukrainian President Volodymyr Zelenskyy spoke about US President-elect Donald Trump on Friday.',
        'In his first interview since Trump won the election, Zelenskyy was asked his view of the president-elect.',
        '“I want to work with him directly,” he said.',
      ),
    ).toEqual([{ text: 'I want to work with him directly,', speaker: 'person volodymyr-zelensky' }]);
  });

  it('leaves a name its subject when a verb follows it before the comma, or the clause is its speech', () => {
    // No comma after the phrase: the name is the sentence's subject.
    expect(
      speakers(
        'In a late-night video Wednesday Zelenskyy mocked Kissinger over the suggestion, saying he was emerging “from the deep past”.',
      ),
    ).toEqual([{ text: 'from the deep past', speaker: 'person volodymyr-zelensky' }]);
    // The clause's own speech verb: its subject says the quote.
    expect(
      speakers(
        'While Ukrainian Foreign Minister Kuleba said, “There is no progress on the ceasefire,” Lavrov disagreed.',
      ),
    ).toEqual([{ text: 'There is no progress on the ceasefire,', speaker: 'person dmytro-kuleba' }]);
  });
});

describe('a source after a preposition', () => {
  it('is in its phrase: no subject of a participle that follows', () => {
    // The quote is in a clause before the subject; whose words they are is left open, never the source's.
    expect(
      speakers(
        'US President Donald Trump arrived in Davos on Wednesday.',
        'After twice telling the audience that he would meet Zelenskyy “later Wednesday,” Trump corrected himself in a follow-up meeting with Swiss leaders, saying the meeting is scheduled for Thursday.',
      ),
    ).toEqual([{ text: 'later Wednesday,', speaker: 'unknown' }]);
  });
});

describe('a quote in a phrase that opens the sentence', () => {
  it('is no words of the clause after its comma', () => {
    expect(
      speakers(
        'After Orban’s post about the “Christmas ceasefire,” Zelensky stated in a speech on December 11 that results come from joint effort.',
      ),
    ).toEqual([{ text: 'Christmas ceasefire,', speaker: 'unknown' }]);
  });
});

describe('a name that ends in “s” with an apostrophe after it', () => {
  it('owns the noun after it and is not its subject (“Pope Francis’ envoy … hoping”)', () => {
    expect(
      speakers(
        'Pope Francis’ envoy to negotiate peace arrived in Moscow this Tuesday hoping to help find “a solution to the current tragic situation” weeks after a trip to Kiev.',
      ),
    ).not.toContainEqual({
      text: 'a solution to the current tragic situation',
      speaker: 'named Pope Francis',
    });
  });
});

describe('a country “of” joins to a person’s name (“President Emmanuel Macron of France said”)', () => {
  it('is where the person is from, not a speaker the compiler cannot name', () => {
    expect(
      speakers(
        'Foreign Minister Sergey V. Lavrov of Russia said there “needs to be an agenda first,” before any meeting.',
        'Prime Minister Mark Carney of Canada told reporters “peace is possible.”',
      ),
    ).toEqual([
      { text: 'needs to be an agenda first,', speaker: 'person sergey-lavrov' },
      { text: 'peace is possible.', speaker: 'named Mark Carney' },
    ]);
    // "of" after a noun for people still opens a phrase inside the subject: the speaker is the one it names.
    expect(speakers('One of the advisers of Zelensky said the plan was “dead”.')).not.toContainEqual({
      text: 'dead',
      speaker: 'person volodymyr-zelensky',
    });
  });
});

describe('a verb of saying right after a comma, its subject after it (“…, said Stephane Dujarric”)', () => {
  it('is inverted: the names before the comma are in the quote’s clause, no subject of it', () => {
    expect(
      speakers(
        'The Secretary-General will hold “a working meeting and lunch” with Russian Foreign Minister Sergei Lavrov, said Stephane Dujarric, his spokesman.',
        'Guterres will hold “talks” in Moscow, said Dmitry Peskov.',
      ),
    ).toEqual([
      { text: 'a working meeting and lunch', speaker: 'named Stephane Dujarric' },
      { text: 'talks', speaker: 'named Dmitry Peskov' },
    ]);
    // A verb that takes an object never inverts: the one told is no speaker.
    expect(
      speakers(
        '“He will come to Moscow next week,” Yuri Ushakov, Putin’s aide, told Pavel Zarubin, a reporter.',
      ),
    ).toEqual([{ text: 'He will come to Moscow next week,', speaker: 'named Yuri Ushakov' }]);
  });
});

describe('a participle after a clause whose verb says nothing (“…, Anatoly Antonov, charged …, adding that …”)', () => {
  it('has the name set off before that verb for its subject, not the owner of the description', () => {
    expect(
      speakers(
        'Russia’s ambassador in Washington, Anatoly Antonov, charged the administration with having no wish for a settlement, adding that “even” the ceasefire was branded a trick.',
      ),
    ).toEqual([{ text: 'even', speaker: 'named Anatoly Antonov' }]);
  });
});

describe('a name in apposition before the subject (“Seated beside his foreign minister, Jan Novak, Meyer was …”)', () => {
  it('is no subject: the name after it, before the verb, is the one “he” next means', () => {
    expect(
      speakers(
        'Chancellor Karl Meyer met the press in Vienna.',
        'Seated beside his foreign minister, Jan Novak, Meyer was asked again about the ceasefire. “We will see,” he said.',
      ),
    ).toEqual([{ text: 'We will see,', speaker: 'named Karl Meyer' }]);
  });
});

describe('a person described right after an inverted verb (“…,” said the NATO political chief at …)', () => {
  it('is the subject: a state named later in the sentence is not, and with no name the compiler abstains', () => {
    expect(
      speakers(
        '“China has no credibility as a mediator,” said the NATO political chief at a news conference from Estonia.',
      ),
    ).toEqual([{ text: 'China has no credibility as a mediator,', speaker: 'unknown' }]);
    // The description itself, an unnamed source the compiler reads, is still its speaker.
    expect(speakers('“The talks will focus on grain,” said a senior Turkish official in Ankara.')).toEqual([
      { text: 'The talks will focus on grain,', speaker: 'unnamed a senior Turkish official in Ankara' },
    ]);
  });
});
