/**
 * How the compiler finds speakers in the constructions of news copy it was not
 * built on: made-up sentences in the shapes the development set showed, so each
 * mechanism is checked apart from any one article.
 */
import { describe, expect, it } from 'vitest';
import { ArticleCompiler } from '../../../src/lib/compile/article';
import { extractParagraphs } from '../../../src/lib/compile/paragraphs';
import { corpus } from '../../helpers/corpus';

const compiler = new ArticleCompiler(corpus().knowledge);

/** A made-up article of 29 March 2022, one paragraph per argument, compiled with the real knowledge. */
function compileMadeUp(...paragraphs: string[]) {
  return compiler.compile({
    slug: 'made-up',
    data: {
      title: 'Made up',
      titleIsEditorial: false,
      outlet: 'Test',
      authors: [],
      contributors: [],
      published: { date: '2022-03-29', certainty: 'exact', basis: 'Made up.' },
    },
    paragraphs: extractParagraphs(paragraphs.join('\n\n')),
  });
}

/** Every quote of a made-up article, with who the compiler says speaks it. */
function speakers(...paragraphs: string[]): { text: string; speaker: string }[] {
  const article = compileMadeUp(...paragraphs);
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.quotes.map((quote) => {
      const speaker = quote.speaker;
      const who =
        speaker === undefined
          ? quote.abstained
            ? 'unknown'
            : 'nobody'
          : speaker.type === 'named'
            ? `named ${speaker.name}`
            : speaker.type === 'unnamed'
              ? `unnamed ${article.unnamedSources.find((source) => source.key === speaker.key)?.description ?? ''}`
              : `${speaker.type} ${speaker.id}`;
      return { text: quote.text, speaker: who };
    }),
  );
}

describe('speakers the knowledge lacks', () => {
  it('credits a named person missing from people.yaml by name, without the title', () => {
    expect(
      speakers(
        'Russian Deputy Defence Minister Alexander Fomin said the army would “drastically reduce” its activity.',
      ),
    ).toEqual([{ text: 'drastically reduce', speaker: 'named Alexander Fomin' }]);
  });

  it('follows the surname alone once the full name is given, across paragraphs', () => {
    expect(
      speakers(
        'Russian Deputy Defence Minister Alexander Fomin spoke after the talks.',
        '“We are ready to meet halfway,” Fomin concluded.',
      ),
    ).toEqual([{ text: 'We are ready to meet halfway,', speaker: 'named Alexander Fomin' }]);
  });

  it('keeps the named person of an apposition, not the party it names', () => {
    expect(
      speakers(
        'Leonid Slutsky, a senior member of the Russian negotiating team, told the state broadcaster RT that “significant progress” had been achieved.',
      ),
    ).toEqual([{ text: 'significant progress', speaker: 'named Leonid Slutsky' }]);
  });
});

describe('speech verbs and clauses', () => {
  it('reads reporting verbs by their lemma: stressed, emphasised, pointed out', () => {
    for (const verb of ['stressed', 'emphasised', 'pointed out', 'assured'])
      expect(speakers(`“The talks are hard,” Medinsky ${verb}.`)).toEqual([
        { text: 'The talks are hard,', speaker: 'person vladimir-medinsky' },
      ]);
  });

  it('reads quipped, joked, countered, went on and hit back as reporting, before or after their subject', () => {
    for (const verb of ['quipped', 'joked', 'countered', 'went on', 'mused', 'hit back'])
      expect(speakers(`“Ask the Financial Times,” Medinsky ${verb}.`)).toEqual([
        { text: 'Ask the Financial Times,', speaker: 'person vladimir-medinsky' },
      ]);
    expect(speakers('“Yes,” exclaimed Lavrov. Kuleba hit back: “Never.”')).toEqual([
      { text: 'Yes,', speaker: 'person sergey-lavrov' },
      { text: 'Never.', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('does not read “going on” or “to counter” of things as speech', () => {
    // A verb read as speech would take the sentence from the attribution after it.
    expect(
      speakers(
        'Talks with a “hostile” Ukraine are hard, but what matters is that they are going on, RIA quoted Medinsky as saying.',
      ),
    ).toEqual([{ text: 'hostile', speaker: 'person vladimir-medinsky' }]);
    expect(speakers('Ukraine sought to counter the “denazification” claim.')).toEqual([
      { text: 'denazification', speaker: 'nobody' },
    ]);
  });

  it('skips a relative clause between the subject and its verb', () => {
    expect(
      speakers(
        'President Recep Tayyip Erdogan of Turkey, whose top diplomat has spoken with Lavrov and Kuleba, said the meeting could “open the door to peace.”',
      ),
    ).toEqual([{ text: 'open the door to peace.', speaker: 'person recep-tayyip-erdogan' }]);
  });

  it('takes the name an apposition gives, not a name that modifies a noun (“a Putin aide”)', () => {
    expect(
      speakers(
        'A top Putin aide and head of the delegation, Vladimir Medinsky, said the envoys “found common points.”',
      ),
    ).toEqual([{ text: 'found common points.', speaker: 'person vladimir-medinsky' }]);
  });

  it('finds the subject after the verb in “…, said Presidential Aide Vladimir Medinsky”, for the pronoun that follows', () => {
    expect(
      speakers(
        'The treaty must come first, said Presidential Aide Vladimir Medinsky, who heads the Russian delegation.',
        '“I am not ready to comment on that,” he said on Friday.',
      ),
    ).toEqual([{ text: 'I am not ready to comment on that,', speaker: 'person vladimir-medinsky' }]);
  });

  it('resolves “he” to the sentence’s own subject before an earlier paragraph’s', () => {
    expect(
      speakers(
        'Kuleba spoke to reporters.',
        'Biden said Monday that he was voicing outrage when he said that Putin “cannot remain in power.”',
      ),
    ).toEqual([{ text: 'cannot remain in power.', speaker: 'person joe-biden' }]);
  });

  it('goes on with the speaker of reported speech for a quote standing alone', () => {
    expect(
      speakers('Podolyak said it was too soon to predict progress.', '“The work is difficult.”'),
    ).toEqual([{ text: 'The work is difficult.', speaker: 'person mykhailo-podolyak' }]);
  });

  it('abstains when a verb after the quote attributes it to what it cannot name (“…,” one read)', () => {
    expect(
      speakers(
        '“We will not give up,” Medinsky said.',
        'Signs went up on the roads.',
        '“Go home,” one read.',
      ),
    ).toEqual([
      { text: 'We will not give up,', speaker: 'person vladimir-medinsky' },
      { text: 'Go home,', speaker: 'unknown' },
    ]);
  });
});

describe('more reporting constructions', () => {
  it('reads “hoped that”, “called … a”, “referred to … as” as reporting the words that follow', () => {
    expect(speakers('Putin hoped that Kyiv would adopt a “reasonable and constructive stance”.')).toEqual([
      { text: 'reasonable and constructive stance', speaker: 'person vladimir-putin' },
    ]);
    expect(
      speakers(
        'Putin referred to the Ukrainian government as a “gang of drug addicts and neo-Nazis,” he said.',
      ),
    ).toEqual([{ text: 'gang of drug addicts and neo-Nazis,', speaker: 'person vladimir-putin' }]);
  });

  it('takes the body right before the verb as its subject: “what Russia refers to as …”', () => {
    expect(
      speakers(
        'Kalin listed the issues, including what Russia refers to as “de-Nazification” and neutrality.',
      ),
    ).toEqual([{ text: 'de-Nazification', speaker: 'party russia' }]);
  });

  it('resolves “he” to the nearest person of the sentence, the subject of its own clause', () => {
    expect(
      speakers(
        'Podolyak said the delegations would work on the issues, while Medinsky said he hoped for a statement “in several hours”.',
      ),
    ).toEqual([{ text: 'in several hours', speaker: 'person vladimir-medinsky' }]);
  });
});

describe('unnamed sources', () => {
  it('does not make “the European leaders” a source when the sentence has named them', () => {
    const [quote] = speakers(
      'Macron and Scholz held a call with Putin, where the European leaders demanded an “immediate ceasefire,” according to an Elysée Palace readout.',
    );
    expect(quote?.speaker).not.toMatch(/^unnamed|vladimir-putin/u);
  });

  it('takes “the sources” for the group of sources the paragraph described', () => {
    expect(
      speakers(
        'Officials raised concerns, two US officials told CNN. Some called to complain about “pressure,” the sources said.',
      ),
    ).toEqual([{ text: 'pressure,', speaker: 'unnamed two US officials' }]);
  });
});

describe('names as articles spell them', () => {
  const mentions = (text: string) =>
    compileMadeUp(text)
      .paragraphs.flatMap((paragraph) => paragraph.mentions)
      .filter((mention) => mention.kind === 'person')
      .map((mention) => ({ text: mention.text, id: mention.id, alias: mention.likelyAliasOf?.name }));

  it('takes the first name in another transliteration into the mention', () => {
    expect(mentions('Mikhail Podolyak and Aleksandr Lukashenko spoke.')).toEqual([
      { text: 'Mikhail Podolyak', id: 'mykhailo-podolyak', alias: undefined },
      { text: 'Aleksandr Lukashenko', id: 'alexander-lukashenko', alias: undefined },
    ]);
  });

  it('matches a misspelt known name and flags it as a likely alias', () => {
    expect(mentions('Medinski told reporters the talks were constructive.')).toEqual([
      { text: 'Medinski', id: 'vladimir-medinsky', alias: 'Medinsky' },
    ]);
    expect(speakers('“The talks were constructive,” Medinski said.')).toEqual([
      { text: 'The talks were constructive,', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('counts no party in the title of a person the knowledge lacks', () => {
    const parties = compileMadeUp('Kremlin spokesman Dmitry Peskov said Russia was ready.')
      .paragraphs.flatMap((paragraph) => paragraph.mentions)
      .map((mention) => mention.text);
    expect(parties).toEqual(['Russia']);
  });

  it('counts no party in a title around a known name: “his Ukrainian counterpart …”, “… of Ukraine”', () => {
    const named = (text: string) =>
      compileMadeUp(text)
        .paragraphs.flatMap((paragraph) => paragraph.mentions)
        .map((mention) => mention.text);
    expect(named('Putin met his Ukrainian counterpart Volodymyr Zelensky.')).toEqual([
      'Putin',
      'Volodymyr Zelensky',
    ]);
    expect(named('President Volodymyr Zelensky of Ukraine spoke to Russia.')).toEqual([
      'Volodymyr Zelensky',
      'Russia',
    ]);
  });

  it('does not take another person of the same family name for the known one', () => {
    expect(mentions('Olena Zelenska visited the hospital.')).toEqual([]);
  });

  it('takes the source after “According to …:” for the quote that follows', () => {
    expect(speakers('According to Podolyak: “Online negotiations are ongoing.”')).toEqual([
      { text: 'Online negotiations are ongoing.', speaker: 'person mykhailo-podolyak' },
    ]);
  });
});

describe('roles', () => {
  it('resolves an office the knowledge gives one person, named in the article or not', () => {
    expect(
      speakers('Turkey’s foreign minister said the sides were close to agreement on “critical” issues.'),
    ).toEqual([{ text: 'critical', speaker: 'person mevlut-cavusoglu' }]);
    expect(speakers('“We are ready,” the head of the Russian delegation said.')).toEqual([
      { text: 'We are ready,', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('reads a foreign minister as the country’s top diplomat and the head of its diplomacy', () => {
    expect(speakers('“He seeks refuge in the West,” the head of Russian diplomacy lamented.')).toEqual([
      { text: 'He seeks refuge in the West,', speaker: 'person sergey-lavrov' },
    ]);
    expect(
      speakers('The top Ukrainian diplomat said the talks were “hard”, and Turkey’s top diplomat agreed.'),
    ).toEqual([{ text: 'hard', speaker: 'person dmytro-kuleba' }]);
  });

  it('does not resolve a role many could hold to a person the article has not named', () => {
    expect(speakers('“We are ready,” the Ukrainian negotiator said.')).not.toEqual([
      { text: 'We are ready,', speaker: 'person mykhailo-podolyak' },
    ]);
  });
});

describe('the clause a quote is in', () => {
  it('gives a quote after “while … confirmed” to that clause’s subject, not the earlier speaker', () => {
    expect(
      speakers(
        '“We expect them here tomorrow,” Vladimir Medinsky said, while the Ukrainian presidency confirmed its delegation was “on its way” to the talks.',
      ),
    ).toEqual([
      { text: 'We expect them here tomorrow,', speaker: 'person vladimir-medinsky' },
      { text: 'on its way', speaker: 'party ukraine' },
    ]);
  });

  it('abstains rather than reach past “while” when the quote’s own clause names nobody', () => {
    expect(
      speakers('Medinsky said the talks went well, while a report described them as “a cold welcome”.'),
    ).not.toContainEqual({ text: 'a cold welcome', speaker: 'person vladimir-medinsky' });
  });

  it('takes no object of “accused” for the subject after a comma', () => {
    expect(
      speakers('Lavrov, for his part, accused the European Union of “dangerously” backing arms supplies.'),
    ).toEqual([{ text: 'dangerously', speaker: 'person sergey-lavrov' }]);
    // A verb without an object still comes before its subject.
    expect(speakers('“Talks go on,” said Presidential Aide Vladimir Medinsky.')).toEqual([
      { text: 'Talks go on,', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('reads “voiced” and “criticized … as” as reporting verbs', () => {
    expect(
      speakers(
        'In his address, Erdogan voiced his conviction that prolonging the war “is not in anyone’s interest.”',
      ),
    ).toEqual([{ text: 'is not in anyone’s interest.', speaker: 'person recep-tayyip-erdogan' }]);
    expect(speakers('Turkey has criticized Russia’s military actions as “unlawful”.')).toEqual([
      { text: 'unlawful', speaker: 'party turkey' },
    ]);
  });

  it('reads a name in quotes after the noun it names as nobody’s words', () => {
    expect(
      speakers('Arakhamia, who heads the faction of the political party “Servant of The People”, said so.'),
    ).toEqual([{ text: 'Servant of The People', speaker: 'nobody' }]);
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

describe('a pronoun subject for the next sentence', () => {
  it('resolves a sentence’s “he” to the person earlier in that sentence, for the pronoun of the next', () => {
    expect(
      speakers(
        'At the moment Russian President Vladimir Putin began his invasion, he said a goal was the “denazification” of Ukraine. He referred to the government as a “gang of drug addicts,” leaving no doubt.',
      ),
    ).toEqual([
      { text: 'denazification', speaker: 'person vladimir-putin' },
      { text: 'gang of drug addicts,', speaker: 'person vladimir-putin' },
    ]);
  });
});

describe('an epithet by age', () => {
  it('refers “the 44-year-old …” back as “he” does, and abstains when two people were named', () => {
    expect(
      speakers(
        'Ukraine’s President Volodymyr Zelensky on Wednesday said the talks sounded “realistic”.',
        'In his nightly video, the 44-year-old actor-turned-politician said, “The meetings continue.”',
      ),
    ).toEqual([
      { text: 'realistic', speaker: 'person volodymyr-zelensky' },
      { text: 'The meetings continue.', speaker: 'person volodymyr-zelensky' },
    ]);
    expect(
      speakers('Vladimir Medinsky met Mykhailo Podolyak. “We are close,” the 50-year-old said.'),
    ).toEqual([{ text: 'We are close,', speaker: 'unknown' }]);
  });
});

describe('how far back a pronoun reaches', () => {
  it('takes “he” for the person of this paragraph or the one before, and no further', () => {
    expect(speakers('Kuleba said the talks were hard.', '“We are ready,” he said.')[0]?.speaker).toBe(
      'person dmytro-kuleba',
    );
    expect(
      speakers(
        'Kuleba said the talks were hard.',
        'The war went on in the east.',
        'Shelling hit several towns overnight.',
        '“We are ready,” he said.',
      )[0]?.speaker,
    ).not.toBe('person dmytro-kuleba');
  });
});

describe('a paragraph that is one quote', () => {
  it('makes its speaker the one “he” refers to in the next paragraph', () => {
    expect(
      speakers(
        'Zelensky said on Thursday that the talks had to go on. “We have no other way,” he added.',
        '“If we are no more, then the Baltic states will be next.”',
        'He said that talking directly with Putin was “the only way to stop this war”.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['person volodymyr-zelensky', 'person volodymyr-zelensky', 'person volodymyr-zelensky']);
  });

  it('does not make a quote with words of its own sentence around it the subject', () => {
    // The quote is Kuleba's, but the sentence's subject is the talks, so “he” two paragraphs on reaches nobody.
    expect(
      speakers(
        'Kuleba spoke on Thursday.',
        'The talks, “a hard day”, went on past midnight, Kuleba said.',
        'The war went on in the east.',
        '“We are ready,” he said.',
      ).at(-1)?.speaker,
    ).not.toBe('person dmytro-kuleba');
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
      'unnamed a spokesman',
    );
    expect(speakers('“We are ready,” Podolyak, an adviser to Zelensky, said.')[0]?.speaker).toBe(
      'person mykhailo-podolyak',
    );
    expect(speakers('“We are ready,” Kalin, Erdogan’s spokesman, said.')[0]?.speaker).toBe(
      'person ibrahim-kalin',
    );
  });

  it('abstains for a surname the knowledge lacks right before the verb, not reaching for a known name', () => {
    expect(speakers('Asked about Medinsky’s remarks, Peskov said “there is no progress”.')[0]?.speaker).toBe(
      'unknown',
    );
    expect(speakers('Medinsky spoke first. “There is no progress,” Peskov said.')[0]?.speaker).toBe(
      'unknown',
    );
    // A weekday between the name and the verb is no name.
    expect(speakers('Medinsky on Monday said “we are ready”.')[0]?.speaker).toBe('person vladimir-medinsky');
  });
});

describe('an office instead of a name: “the minister underlined”', () => {
  it('refers back to the person last spoken of when the knowledge gives them that office', () => {
    expect(
      speakers(
        'Turkey stressed that corridors be kept open, Foreign Minister Mevlüt Çavuşoğlu also said.',
        'The encounter stayed civil, he added.',
        '“Turkey is one of the guarantors,” the minister underlined.',
      ),
    ).toEqual([{ text: 'Turkey is one of the guarantors,', speaker: 'person mevlut-cavusoglu' }]);
  });

  it('abstains when the person last spoken of does not hold it', () => {
    expect(speakers('Zelensky spoke on Monday.', '“We are ready,” the minister said.')[0]?.speaker).toBe(
      'unknown',
    );
  });

  it('does not take an office inside a phrase for the subject: “adviser to the head of the office of the president”', () => {
    expect(
      speakers(
        '“We held the first round,” Mikhail Podolyak, adviser to the head of the office of the president of Ukraine, said.',
      )[0]?.speaker,
    ).toBe('person mykhailo-podolyak');
  });
});

describe('a body instead of a name: “the ministry said”, “it said”', () => {
  it('refers back to the party last spoken of', () => {
    expect(
      speakers(
        'The Russian Defense Ministry on Sunday refuted the charge.',
        '“All photographs are another provocation,” the Ministry said in a statement.',
        'It said that no resident suffered, adding that “all units withdrew on March 30”.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['party russia', 'party russia']);
  });

  it('abstains when no party was spoken of lately', () => {
    expect(speakers('Zelensky spoke. “We are ready,” it said.')[0]?.speaker).toBe('unknown');
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

describe('a role by its country’s name, and a sentence that opens “According to …,”', () => {
  it('resolves “the President of Ukraine” to the person, not to the party inside it', () => {
    expect(speakers('The President of Ukraine said “we are ready”.')[0]?.speaker).toBe(
      'person volodymyr-zelensky',
    );
  });

  it('gives a quote in a sentence opened by “According to X,” to X, when X is the whole source', () => {
    expect(
      speakers(
        'According to the President of the Russian Federation, Belarus “is quite suitable” for negotiations.',
      )[0]?.speaker,
    ).toBe('person vladimir-putin');
    // A misspelt office names no one the compiler knows: not the party its adjective names; someone said it.
    expect(speakers('According to the Ukrainian Pesident, missiles “came from Belarus”.')[0]?.speaker).toBe(
      'unknown',
    );
    // A speech verb after the opening gives the words to its own subject.
    expect(speakers('According to Kuleba, Lavrov said “we are ready”.')[0]?.speaker).toBe(
      'person sergey-lavrov',
    );
  });
});

describe('a name and a colon before the quote', () => {
  it('gives the quote to the name the colon closes, as live blogs attribute', () => {
    expect(speakers('Zelensky: “We are ready.”')[0]?.speaker).toBe('person volodymyr-zelensky');
    expect(speakers('Kuleba’s message was clear: “We are ready.”')[0]?.speaker).not.toBe(
      'person dmytro-kuleba',
    );
  });
});

describe('several quotes in one sentence', () => {
  it('gives a quote the verb after a later one attributes to that speaker, and “he” next to them', () => {
    expect(
      speakers(
        'Under the proposal, several states would be guarantors that “legally actively” protect Ukraine “from any aggression,” added Podolyak.',
        'He said the implementation would be “through a referendum”.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['person mykhailo-podolyak', 'person mykhailo-podolyak', 'person mykhailo-podolyak']);
  });

  it('does not let one quote’s attribution frame the next quote’s', () => {
    expect(
      speakers('“We are ready,” Medinsky said, and “we will see,” Kuleba added.').map(
        ({ speaker }) => speaker,
      ),
    ).toEqual(['person vladimir-medinsky', 'person dmytro-kuleba']);
  });
});

describe('an agency that quotes someone', () => {
  it('gives the words to the one “quoted … as saying” or “cited … as telling”, not to the agency', () => {
    expect(
      speakers(
        'Talks with a “hostile” Ukraine are hard, RIA news agency quoted Kremlin spokesman Dmitry Peskov as saying on Saturday.',
        '“Ukraine is a very difficult country,” the agency cited him as telling Belarus television.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['named Dmitry Peskov', 'named Dmitry Peskov']);
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

describe('news media as sources', () => {
  it('makes a medium named by its country or kind an unnamed source', () => {
    expect(
      speakers(
        'Ukrainian television reported that the talks had opened with “a cold welcome” and no handshake.',
      ),
    ).toEqual([{ text: 'a cold welcome', speaker: 'unnamed Ukrainian television' }]);
    expect(speakers('“We are ready,” according to Russian state media.')).toEqual([
      { text: 'We are ready,', speaker: 'unnamed Russian state media' },
    ]);
  });

  it('gives the words to the one the verb says spoke, not to the channel “according to” names', () => {
    expect(speakers('“We are ready,” Podolyak said, according to Ukrainian media.')).toEqual([
      { text: 'We are ready,', speaker: 'person mykhailo-podolyak' },
    ]);
    expect(speakers('Russian state media quoted Medinsky as saying the talks were “constructive”.')).toEqual([
      { text: 'constructive', speaker: 'person vladimir-medinsky' },
    ]);
  });
});

describe('“made clear” reports the words that follow', () => {
  it('gives the quote to the one who made it clear', () => {
    expect(
      speakers('In his latest remarks, Zelensky made clear that “territorial integrity” came first.'),
    ).toEqual([{ text: 'territorial integrity', speaker: 'person volodymyr-zelensky' }]);
  });
});

describe('constructions probed beyond the development set', () => {
  it('keeps “Kuleba asked.” after a question in quotes in the quote’s sentence', () => {
    expect(speakers('“Is this a negotiation?” Kuleba asked.')).toEqual([
      { text: 'Is this a negotiation?', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('reads “as X put it” as reporting the words', () => {
    expect(speakers('As Zelensky put it, the talks are “not easy”.')).toEqual([
      { text: 'not easy', speaker: 'person volodymyr-zelensky' },
    ]);
  });

  it('takes no name after “said” that goes on to a verb of its own for the subject', () => {
    expect(speakers('Kalin, Erdogan’s spokesman, said Putin was “not ready yet”.')).toEqual([
      { text: 'not ready yet', speaker: 'person ibrahim-kalin' },
    ]);
  });
});

describe('descriptions that refer back', () => {
  it('reads “the Russian leader”, “Turkey’s leader” as the head of state the knowledge gives that country', () => {
    expect(speakers('“We are ready,” the Russian leader said.')).toEqual([
      { text: 'We are ready,', speaker: 'person vladimir-putin' },
    ]);
    expect(speakers('“We are ready,” Turkey’s leader said.')).toEqual([
      { text: 'We are ready,', speaker: 'person recep-tayyip-erdogan' },
    ]);
  });

  it('makes no new unnamed source of “the diplomat” right after a named person: it abstains', () => {
    expect(speakers('Lavrov spoke in Antalya.', '“We are ready,” the diplomat said.')).toEqual([
      { text: 'We are ready,', speaker: 'unknown' },
    ]);
    // With nobody named before, it is a source of its own, as before.
    expect(speakers('“We are ready,” the diplomat said.')).toEqual([
      { text: 'We are ready,', speaker: 'unnamed the diplomat' },
    ]);
  });
});

describe('quotes that go on, and sources named by a side', () => {
  it('gives a quote that closes its own sentence to the speaker before it, though the next sentence has a verb', () => {
    expect(
      speakers(
        '“We shared our concerns,” Cavusoglu said. “We would like to host this meeting.” Lavrov said nothing stood in the way.',
      ),
    ).toEqual([
      { text: 'We shared our concerns,', speaker: 'person mevlut-cavusoglu' },
      { text: 'We would like to host this meeting.', speaker: 'person mevlut-cavusoglu' },
    ]);
  });

  it('does not go on when the next sentence is only an attribution: it may be the quote’s own', () => {
    expect(
      speakers(
        '“We shared our concerns,” Cavusoglu said. “We would like to host this meeting.” Medinsky told reporters.',
      ),
    ).toEqual([
      { text: 'We shared our concerns,', speaker: 'person mevlut-cavusoglu' },
      { text: 'We would like to host this meeting.', speaker: 'nobody' },
    ]);
  });

  it('reads “According to him,” as “he said”', () => {
    expect(
      speakers(
        '“We thank our Belarusian colleagues,” Vladimir Putin said.',
        'According to him, “it became possible to start a dialogue.”',
      ),
    ).toEqual([
      { text: 'We thank our Belarusian colleagues,', speaker: 'person vladimir-putin' },
      { text: 'it became possible to start a dialogue.', speaker: 'person vladimir-putin' },
    ]);
    // With nobody to refer back to, someone the compiler cannot name.
    expect(speakers('According to him, “it became possible to start a dialogue.”')).toEqual([
      { text: 'it became possible to start a dialogue.', speaker: 'unknown' },
    ]);
  });

  it('makes “Russian officials said” an unnamed source, but not a party’s alias or officials of no side', () => {
    expect(speakers('Russian officials said that “no significant achievements” had been made.')).toEqual([
      { text: 'no significant achievements', speaker: 'unnamed Russian officials' },
    ]);
    // "Ukrainian officials" is an alias of the party in content/parties.yaml.
    expect(speakers('Ukrainian officials have described the step as a “manipulation,” noting more.')).toEqual(
      [{ text: 'manipulation,', speaker: 'party ukraine' }],
    );
    expect(speakers('Officials said the talks were “stalled.”')).toEqual([
      { text: 'stalled.', speaker: 'unknown' },
    ]);
  });

  it('reads “asserted”, “conceded” as reporting verbs', () => {
    expect(speakers('Russia has asserted that the talks produced “significant progress.”')).toEqual([
      { text: 'significant progress.', speaker: 'party russia' },
    ]);
    expect(speakers('Lavrov conceded that the talks were “difficult.”')).toEqual([
      { text: 'difficult.', speaker: 'person sergey-lavrov' },
    ]);
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

  it('gives “…,” stressed Kremlin spokesman to no party: the party says whose the speaker is', () => {
    expect(speakers('“It is a neutral status,” stressed Kremlin spokesman.')).toEqual([
      { text: 'It is a neutral status,', speaker: 'unknown' },
    ]);
  });

  it('takes a person described after an inverted verb for its subject, not a person before it', () => {
    expect(
      speakers(
        'Nothing stands in the way of talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky, said a spokesman for the Kremlin.',
        '“It is a neutral status,” he said.',
      ),
    ).toEqual([{ text: 'It is a neutral status,', speaker: 'unknown' }]);
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
});

describe('a state’s word before a person is not the state speaking', () => {
  it('abstains for “the Turkish mediator”, “Ukraine’s chief negotiator”, “Ukrainian presidential adviser”', () => {
    for (const who of [
      'the Turkish mediator',
      'Ukraine’s chief negotiator',
      'Ukrainian presidential adviser',
    ])
      expect(speakers(`“It was hard,” ${who} said.`)).toEqual([{ text: 'It was hard,', speaker: 'unknown' }]);
  });

  it('keeps the state for its bodies: “the Russian side”, “the Ukrainian delegation”, “Russia’s Foreign Ministry”', () => {
    expect(speakers('“It was hard,” the Russian side said.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
    expect(speakers('“It was hard,” the Ukrainian delegation said.')).toEqual([
      { text: 'It was hard,', speaker: 'party ukraine' },
    ]);
    expect(speakers('“It was hard,” Russia’s Foreign Ministry said.')).toEqual([
      { text: 'It was hard,', speaker: 'party russia' },
    ]);
  });

  it('refers “the Ukrainian minister” back to the last person only when they are Ukraine’s minister', () => {
    expect(speakers('Kuleba met Lavrov.', '“It was hard,” the Ukrainian minister said.')).toEqual([
      { text: 'It was hard,', speaker: 'person dmytro-kuleba' },
    ]);
    expect(speakers('Lavrov met Kuleba.', '“It was hard,” the Ukrainian minister said.')).toEqual([
      { text: 'It was hard,', speaker: 'unknown' },
    ]);
  });
});

describe('a standalone quote goes on only with the speech before it', () => {
  it('gives no speaker to a quote after a sentence whose subject is someone else', () => {
    expect(
      speakers('“We are ready,” Kuleba said. Lavrov, however, was less upbeat. “Nothing has changed.”'),
    ).toEqual([
      { text: 'We are ready,', speaker: 'person dmytro-kuleba' },
      { text: 'Nothing has changed.', speaker: 'nobody' },
    ]);
    expect(
      speakers('“We are ready,” Kuleba said. He met Lavrov on Thursday. “Nothing has changed.”'),
    ).toEqual([
      { text: 'We are ready,', speaker: 'person dmytro-kuleba' },
      { text: 'Nothing has changed.', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('keeps a title’s preposition inside its own sentence: “spoke with Erdogan. Erdogan said”', () => {
    expect(
      speakers(
        'Zelensky spoke with Erdogan. Erdogan said the talks were “useful.” “We support Ukraine,” he added.',
      ),
    ).toEqual([
      { text: 'useful.', speaker: 'person recep-tayyip-erdogan' },
      { text: 'We support Ukraine,', speaker: 'person recep-tayyip-erdogan' },
    ]);
  });
});

describe('attributions of translated copy and verbs that judge', () => {
  it('reads a dash right after the quote as the attribution’s: “…” – Medinsky said', () => {
    expect(speakers('“We are ready” – Medinsky said.')).toEqual([
      { text: 'We are ready', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('gives the word of a verb that judges to its subject: hailed … as “…”, slammed, characterised', () => {
    expect(speakers('Erdogan hailed the talks as “meaningful.”')).toEqual([
      { text: 'meaningful.', speaker: 'person recep-tayyip-erdogan' },
    ]);
    expect(speakers('Medinsky characterised the talks as “constructive.”')).toEqual([
      { text: 'constructive.', speaker: 'person vladimir-medinsky' },
    ]);
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

describe('descriptions of unnamed people, and the names they describe', () => {
  it('reads “an aide to Macron”, “a member of the delegation” as unnamed sources', () => {
    expect(speakers('“The worst is yet to come,” an aide to Macron said.')).toEqual([
      { text: 'The worst is yet to come,', speaker: 'unnamed an aide' },
    ]);
    expect(speakers('“We are close,” a member of the Ukrainian delegation said.')).toEqual([
      { text: 'We are close,', speaker: 'unnamed a member' },
    ]);
  });

  it('gives the verb to the name a description sets off, unless a person opens the clause', () => {
    expect(
      speakers(
        'A top Putin aide and head of the Russian delegation, Vladimir Medinsky, said that the envoys “found certain points.”',
      ),
    ).toEqual([{ text: 'found certain points.', speaker: 'person vladimir-medinsky' }]);
    expect(
      speakers(
        'Mykhailo Podolyak, an adviser to the Ukrainian president, Volodymr Zelenskiy, said the delegations would work on “the entire spectrum”.',
      ),
    ).toEqual([{ text: 'the entire spectrum', speaker: 'person mykhailo-podolyak' }]);
  });
});

describe('the subject of a sentence without a speech verb', () => {
  it('is not the owner of its subject, so a quote standing alone after it goes on with the right person', () => {
    expect(
      speakers(
        '“We are close,” Podolyak said.',
        'One of Zelensky’s closest aides, Podolyak has led three rounds of talks, but he holds out little hope of a breakthrough.',
        '“Of course we want peace.”',
      ),
    ).toEqual([
      { text: 'We are close,', speaker: 'person mykhailo-podolyak' },
      { text: 'Of course we want peace.', speaker: 'person mykhailo-podolyak' },
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
    ).toEqual([{ text: 'the Russians softened their tone.', speaker: 'unnamed a source' }]);
    // "officials from Moscow" are the state speaking.
    expect(speakers('Officials from Moscow removed their calls for “denazification.”')).toEqual([
      { text: 'denazification.', speaker: 'party russia' },
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

describe('a sentence opened by someone the compiler cannot name', () => {
  it('makes “he” after it abstain, not refer to a known person the sentence names as object or owner', () => {
    for (const sentence of [
      'Guterres spoke to Zelensky by phone. “The UN stands ready to help,” he said afterwards.',
      'Shoigu met Putin. “The first phase is complete,” he told him.',
      'Yermak, Zelensky’s chief of staff, spoke after the call. “We are not giving up anything,” he said.',
    ])
      expect(speakers(sentence)[0]?.speaker, sentence).toBe('unknown');
  });

  it('keeps a known subject after a title or a capitalised common word', () => {
    expect(speakers('President Zelensky spoke to Erdogan. “We are ready,” he said.')[0]?.speaker).toBe(
      'person volodymyr-zelensky',
    );
    expect(
      speakers(
        'Talks have stalled, Russian President Vladimir Putin said on Tuesday.',
        '“Kyiv has moved away,” he said.',
      )[0]?.speaker,
    ).toBe('person vladimir-putin');
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

describe('a definite description that refers back to a person named with it', () => {
  it('takes “the spokesman” for the spokesman just named, known to the knowledge or not', () => {
    expect(
      speakers(
        'Kremlin spokesman Dmitry Peskov said the talks were hard. “There is no progress yet,” the spokesman added.',
        'Dmitry Peskov, the Kremlin spokesman, said Putin was ready. “We are waiting,” the spokesman told reporters.',
      ),
    ).toEqual([
      { text: 'There is no progress yet,', speaker: 'named Dmitry Peskov' },
      { text: 'We are waiting,', speaker: 'named Dmitry Peskov' },
    ]);
  });

  it('abstains when the person named lately was not described so, or when two were', () => {
    expect(
      speakers(
        'Dmitry Peskov spoke on Wednesday. “There is no breakthrough,” the Kremlin spokesman said.',
        'Andriy Yermak, head of the presidential office, met the delegation. “We expect results,” the official said.',
        'Kremlin spokesman Dmitry Peskov and Foreign Ministry spokesman Igor Lebedev spoke. “We wait,” the spokesman said.',
      ),
    ).toEqual([
      { text: 'There is no breakthrough,', speaker: 'unknown' },
      { text: 'We expect results,', speaker: 'unknown' },
      { text: 'We wait,', speaker: 'unknown' },
    ]);
  });

  it('keeps an unnamed source referred to since the person was named', () => {
    expect(
      speakers(
        'Kremlin spokesman Dmitry Peskov said the talks were hard. A Kremlin spokesman said later that work went on. “We are patient,” the spokesman added.',
      ),
    ).toEqual([{ text: 'We are patient,', speaker: 'unnamed A Kremlin spokesman' }]);
  });
});

describe('a subject that is a noun for people', () => {
  it('takes “one of his advisers” for an unnamed source of one, not the person named before it', () => {
    expect(
      speakers(
        'Zelensky addressed Putin directly, a few hours after one of his advisers stated that Kyiv is prepared to negotiate a “neutral” status.',
      ),
    ).toEqual([{ text: 'neutral', speaker: 'unnamed one of his advisers' }]);
    const article = compileMadeUp('Zelensky met Putin, after one of his aides said Kyiv was “ready”.');
    expect(article.unnamedSources.map(({ description, group }) => ({ description, group }))).toEqual([
      { description: 'one of his aides', group: false },
    ]);
  });

  it('abstains when a noun for people it cannot name is the subject, not giving the quote to a person before', () => {
    expect(
      speakers(
        'Kuleba met Lavrov in Antalya, and later his counterpart said the talks were “useful”.',
        'Zelensky spoke with Erdogan on Monday, and several experts said the call was a “breakthrough”.',
      ),
    ).toEqual([
      { text: 'useful', speaker: 'unknown' },
      { text: 'breakthrough', speaker: 'unknown' },
    ]);
  });

  it('reads “continue” as speech only where it ends an attribution', () => {
    expect(
      speakers(
        'Erdogan said phone talks with his counterparts are continuing in a “favorable direction.”',
        '“We will not give up,” Zelensky continued.',
      ),
    ).toEqual([
      { text: 'favorable direction.', speaker: 'person recep-tayyip-erdogan' },
      { text: 'We will not give up,', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('words that are nobody’s speech, and a verb in another clause', () => {
  it('reads a quoted name before the noun it names as a title', () => {
    expect(
      speakers(
        'Voskresensky said in an interview on Russia’s “24 Hours News” program that contact was lost.',
        'Medinsky told the “60 Minutes” show that he was hopeful.',
      ),
    ).toEqual([
      { text: '24 Hours News', speaker: 'nobody' },
      { text: '60 Minutes', speaker: 'nobody' },
    ]);
  });

  it('does not give a quote to the subject of a clause that a conjunction opens after it', () => {
    expect(
      speakers(
        'The talks began with a “cold welcome”, while Kuleba said on state television that they were hard.',
        'Talks with a “hostile” Ukraine are hard, but what matters is that they go on, Medinsky said.',
      ),
    ).toEqual([
      { text: 'cold welcome', speaker: 'unknown' },
      { text: 'hostile', speaker: 'person vladimir-medinsky' },
    ]);
  });
});

describe('a body named inside a person’s or a source’s description', () => {
  it('gives “Podolyak of the Ukrainian delegation said” to the person, not the state', () => {
    expect(
      speakers(
        'Podolyak of the Ukrainian delegation said: “We are working.”',
        'Ned Price of the State Department said: “We are skeptical.”',
        'The foreign ministry of Russia said: “We are working.”',
      ),
    ).toEqual([
      { text: 'We are working.', speaker: 'person mykhailo-podolyak' },
      { text: 'We are skeptical.', speaker: 'person ned-price' },
      { text: 'We are working.', speaker: 'party russia' },
    ]);
  });

  it('takes sources “close to” or “familiar with” something for unnamed sources, not the body named', () => {
    expect(
      speakers(
        'Sources close to the Kremlin said Putin was “not in a hurry”.',
        'A source close to the Kremlin said the talks were “a formality”.',
        '“It is far from ready,” sources close to Kyiv said.',
      ),
    ).toEqual([
      { text: 'not in a hurry', speaker: 'unnamed Sources close to the Kremlin' },
      { text: 'a formality', speaker: 'unnamed A source close to the Kremlin' },
      { text: 'It is far from ready,', speaker: 'unnamed sources close to Kyiv' },
    ]);
  });

  it('gives a participle after a speech verb’s clause that verb’s subject', () => {
    expect(
      speakers(
        'Russian forces were close to Kyiv, officials said, calling it “a disaster”.',
        'Zelensky met Putin, Kuleba said on Tuesday, adding that it was “useful”.',
      ),
    ).toEqual([
      { text: 'a disaster', speaker: 'unknown' },
      { text: 'useful', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('gives the participle that verb’s subject also past the clauses the verb reports', () => {
    expect(
      speakers(
        'The Russian Defence Ministry refuted the charge.',
        'It said that while the town was under the control of Russian forces, no one suffered, adding that “all units withdrew”.',
      ),
    ).toEqual([{ text: 'all units withdrew', speaker: 'party russia' }]);
  });
});

describe('titles, outlets and joint speakers, from made-up paragraphs', () => {
  it('does not give the words of “the Kremlin chief” or “the NATO chief” to the state or the alliance', () => {
    expect(
      speakers(
        '“We will see,” the Kremlin chief told Erdogan by phone.',
        'The Pentagon chief said: “Russia has failed.”',
      ),
    ).toEqual([
      { text: 'We will see,', speaker: 'unknown' },
      { text: 'Russia has failed.', speaker: 'unknown' },
    ]);
  });

  it('takes no newspaper or institution for a person the knowledge lacks', () => {
    expect(speakers('Ukrainska Pravda said the negotiators were “exhausted”.')).toEqual([
      { text: 'exhausted', speaker: 'unknown' },
    ]);
  });

  it('gives no one party the words of two joined by “and”', () => {
    expect(
      speakers(
        'Russia and Ukraine said in a joint statement that the talks had been “useful”.',
        'Kyiv and Moscow both described the talks as “difficult”.',
        'Russia said the talks with Ukraine were “useful”.',
      ),
    ).toEqual([
      { text: 'useful', speaker: 'unknown' },
      { text: 'difficult', speaker: 'unknown' },
      { text: 'useful', speaker: 'party russia' },
    ]);
  });
});

describe('a speaker the compiler cannot name holds the subject’s place', () => {
  it('abstains on “said Umerov, standing next to Arakhamia” rather than giving it to the one named after', () => {
    expect(
      speakers(
        '“We have handed over our proposals,” said Umerov, standing next to Arakhamia.',
        '“The president is ready,” said Yermak after talking to Zelensky.',
        '“We are ready,” said Kremlin spokesman Dmitry Peskov.',
      ),
    ).toEqual([
      { text: 'We have handed over our proposals,', speaker: 'unknown' },
      { text: 'The president is ready,', speaker: 'unknown' },
      { text: 'We are ready,', speaker: 'named Dmitry Peskov' },
    ]);
  });

  it('does not give words framed by “X, who called …” to the subject of the next clause', () => {
    expect(
      speakers('Unlike Peskov, who called the talks “difficult”, Medinsky said they were “constructive”.'),
    ).toEqual([
      { text: 'difficult', speaker: 'unknown' },
      { text: 'constructive', speaker: 'person vladimir-medinsky' },
    ]);
  });
});

describe('coordinated verbs, “spoke of”, and questions put by someone', () => {
  it('gives a verb after “but” or “and” the subject of the speech verb before it', () => {
    expect(
      speakers(
        'Kuleba did not say whether Zelensky would travel, but added: “Security comes first.”',
        'Erdogan welcomed the delegations and said “stopping this tragedy” was up to them.',
      ),
    ).toEqual([
      { text: 'Security comes first.', speaker: 'person dmytro-kuleba' },
      { text: 'stopping this tragedy', speaker: 'person recep-tayyip-erdogan' },
    ]);
  });

  it('reads “spoke of” as speech', () => {
    expect(speakers('Kuleba spoke of “deadlock” and said Lavrov was stalling.')).toEqual([
      { text: 'deadlock', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('does not give the one asked a question put “by” someone', () => {
    expect(
      speakers('Zelensky was asked by Zakaria: “Would you accept neutrality?” He replied: “We are ready.”'),
    ).toEqual([
      { text: 'Would you accept neutrality?', speaker: 'unknown' },
      { text: 'We are ready.', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('“he” and “she” by the knowledge’s pronouns', () => {
  it('never refers “she” to a man the knowledge knows, nor “he” to a woman', () => {
    expect(
      speakers(
        'Blinken met Avril Haines on Monday. She told reporters: “We see no sign of a real drawdown.”',
        'Blinken spoke with Haines on Monday, and she said: “We see no sign.”',
        'Avril Haines met Blinken. “We see no sign,” he said.',
        'Lavrov spoke to reporters alongside his spokeswoman Maria Zakharova. “The West is lying,” she said.',
      ),
    ).toEqual([
      { text: 'We see no sign of a real drawdown.', speaker: 'unknown' },
      { text: 'We see no sign.', speaker: 'person avril-haines' },
      { text: 'We see no sign,', speaker: 'unknown' },
      { text: 'The West is lying,', speaker: 'unknown' },
    ]);
  });
});

describe('two speakers in one sentence joined by “and”', () => {
  it('gives the second clause’s quote to its own subject, set off by an inserted phrase or not', () => {
    expect(
      speakers(
        'Medinsky said the talks were “useful”, and Lavrov, in Beijing, said Moscow was “open”.',
        '“The talks were useful,” Medinsky said, and Lavrov, in Beijing, added: “We are open.”',
      ),
    ).toEqual([
      { text: 'useful', speaker: 'person vladimir-medinsky' },
      { text: 'open', speaker: 'person sergey-lavrov' },
      { text: 'The talks were useful,', speaker: 'person vladimir-medinsky' },
      { text: 'We are open.', speaker: 'person sergey-lavrov' },
    ]);
  });

  it('does not give the first clause’s quote to the second subject when the first cannot be named', () => {
    expect(
      speakers(
        'Peskov said the talks produced nothing “promising,” and Lavrov said Moscow was “open” to talks.',
      ),
    ).toEqual([
      { text: 'promising,', speaker: 'unknown' },
      { text: 'open', speaker: 'person sergey-lavrov' },
    ]);
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

describe('an attribution inserted in another’s clause', () => {
  it('gives “A told B, the Kremlin said, that …” to A, neither the channel nor the listener', () => {
    expect(
      speakers(
        'Putin told Erdogan, the Kremlin said, that a ceasefire was “premature”.',
        'Zelensky told Scholz, his office said, that Ukraine needed “guarantees”.',
        'Asked about the talks on Friday, Kuleba told Bloomberg News, “There was zero progress.”',
      ),
    ).toEqual([
      { text: 'premature', speaker: 'person vladimir-putin' },
      { text: 'guarantees', speaker: 'person volodymyr-zelensky' },
      { text: 'There was zero progress.', speaker: 'person dmytro-kuleba' },
    ]);
  });
});

describe('“according to” two sources', () => {
  it('gives no one alone the words according to two people joined by “and”', () => {
    expect(
      speakers(
        'According to Medinsky and Arakhamia, the talks were “useful”.',
        'The talks were “useful”, according to Kuleba and Podolyak.',
        'According to Kuleba, the talks were “useful”.',
      ),
    ).toEqual([
      { text: 'useful', speaker: 'unknown' },
      { text: 'useful', speaker: 'unknown' },
      { text: 'useful', speaker: 'person dmytro-kuleba' },
    ]);
  });
});

describe('an office or a description after two people', () => {
  it('abstains on “the minister” when two ministers were named lately, not one spoken to', () => {
    expect(
      speakers(
        'Lavrov spoke first, then Kuleba. “Nothing was agreed,” the minister said.',
        'Zelensky and Putin have not met. “A meeting is needed,” the president said.',
        'Cavusoglu said he had talked to Kuleba six times and to Lavrov four times. The minister went on, saying that “many people” had left.',
      ),
    ).toEqual([
      { text: 'Nothing was agreed,', speaker: 'unknown' },
      { text: 'A meeting is needed,', speaker: 'unknown' },
      { text: 'many people', speaker: 'person mevlut-cavusoglu' },
    ]);
  });

  it('takes a description set off after a name it does not know for that name, no unnamed source', () => {
    expect(
      speakers(
        'Umerov, a member of the Ukrainian delegation, said: “We are working.”',
        'Russia is open to talks in Jerusalem, a senior diplomatic source said. “We will help,” the source said.',
      ),
    ).toEqual([
      { text: 'We are working.', speaker: 'unknown' },
      { text: 'We will help,', speaker: 'unnamed a senior diplomatic source' },
    ]);
  });
});

describe('a sentence opened by “According to X,” as a source’s account', () => {
  it('goes on with the source, not the subject of the account, in the quote that follows', () => {
    expect(
      speakers(
        'Podolyak said the talks were hard.',
        'According to him, the Ukrainian delegation did not obtain the results it had hoped for.',
        '“We discussed in detail the humanitarian aspect.”',
      ),
    ).toEqual([
      { text: 'We discussed in detail the humanitarian aspect.', speaker: 'person mykhailo-podolyak' },
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

describe('“hope” as a verb and as a noun', () => {
  it('does not read “raised hopes of progress” as someone speaking', () => {
    expect(
      speakers(
        'Zelensky signed a decree, after the chief negotiator with Russia said that Moscow had “verbally” accepted the main Kyiv proposals, which raised hopes of progress.',
        'Zelensky hoped the talks would be “constructive”.',
      ),
    ).toEqual([
      { text: 'verbally', speaker: 'unknown' },
      { text: 'constructive', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('a verb after “and” with no speech verb before it', () => {
  it('gives “Putin talked with Xi Jinping and said, “…”” to Putin, not the one he talked with', () => {
    expect(
      speakers(
        'Putin talked with Xi Jinping by telephone and said, “Russia is ready for high-level talks with Ukraine.”',
        'Putin met Erdogan and said the talks were “useful”.',
      ),
    ).toEqual([
      { text: 'Russia is ready for high-level talks with Ukraine.', speaker: 'person vladimir-putin' },
      { text: 'useful', speaker: 'person vladimir-putin' },
    ]);
  });
});

describe('a subject with auxiliaries before its verb', () => {
  it('gives “what Russia has referred to as “…”” to Russia, not to the person of the sentence', () => {
    expect(
      speakers(
        'Kalin said the two sides were closer. He cited demilitarisation and what Russia has referred to as “de-nazification”.',
      ),
    ).toEqual([{ text: 'de-nazification', speaker: 'party russia' }]);
  });
});
