/**
 * How the compiler finds speakers in news copy it was not built on, on made-up sentences in the shapes the
 * development set and probing showed, each mechanism apart from any one article: which verbs report speech and which clause a quote belongs to.
 */
import { describe, expect, it } from 'vitest';
import { speakers } from '../../helpers/made-up-article';

describe('speech verbs and clauses', () => {
  it('reads reporting verbs by their lemma: stressed, emphasised, pointed out', () => {
    for (const verb of ['stressed', 'emphasised', 'pointed out', 'assured', 'assessed'])
      expect(speakers(`“The talks are hard,” Medinsky ${verb}.`)).toEqual([
        { text: 'The talks are hard,', speaker: 'person vladimir-medinsky' },
      ]);
  });

  it('reads “opined that” as reporting, with the pronoun for the person before it', () => {
    expect(
      speakers(
        'Podolyak said in an interview that the sides were nearing a compromise. He opined that Russia was “already seeing things much more adequately,” but it would take time.',
      ),
    ).toEqual([{ text: 'already seeing things much more adequately,', speaker: 'person mykhailo-podolyak' }]);
  });

  it('abstains on a verb after a quoted clause with a subject of its own, whose subject it may be', () => {
    expect(
      speakers(
        'According to a statement by Turkey’s Directorate of Communications, “Erdoğan reiterated his offer to host Putin and Zelensky” during his call with Putin, saying “consensus may require talks at leadership level.”',
      ).map((quote) => quote.speaker),
    ).toEqual(['unknown', 'unknown']);
    // A quoted phrase with no subject of its own leaves the verb after it to the sentence's subject.
    expect(
      speakers(
        'Putin called the talks “difficult” in his call with Erdoğan, saying “we are ready to go on.”',
      ).map((quote) => quote.speaker),
    ).toEqual(['person vladimir-putin', 'person vladimir-putin']);
  });

  it('abstains on an infinitive after a verb’s object: the subject’s or the object’s, by the verb', () => {
    for (const verb of ['phoned', 'asked'])
      expect(
        speakers(`The same day Putin ${verb} Macron to say “worst is yet to come” for Ukraine.`),
      ).toEqual([{ text: 'worst is yet to come', speaker: 'unknown' }]);
    expect(speakers('Putin used the call to say “worst is yet to come”.')).toEqual([
      { text: 'worst is yet to come', speaker: 'person vladimir-putin' },
    ]);
  });

  it('does not read a gerund after “in” as a speech verb: “passed on its demands in writing”', () => {
    expect(
      speakers(
        '“There is some kind of process,” Kremlin spokesman Dmitry Peskov told journalists.',
        'Russia’s position was “well-known to the Ukrainian side” since Moscow had passed on its demands in writing “many days ago,” Peskov said.',
      ).map((quote) => quote.speaker),
    ).toEqual(['named Dmitry Peskov', 'named Dmitry Peskov', 'named Dmitry Peskov']);
  });

  it('reads “pointed to” as reporting, also after “did” where the model takes the verb for a noun', () => {
    expect(speakers('Medinsky pointed to “differences” in the talks.')).toEqual([
      { text: 'differences', speaker: 'person vladimir-medinsky' },
    ]);
    expect(
      speakers(
        'Medinsky spoke after the talks.',
        'He did, however, point to “differences” over the “security guarantees” that Ukraine is demanding.',
      ).map((quote) => quote.speaker),
    ).toEqual(['person vladimir-medinsky', 'person vladimir-medinsky']);
  });

  it('reads quipped, joked, countered, charged, went on and hit back as reporting, before or after their subject', () => {
    for (const verb of [
      'quipped',
      'joked',
      'countered',
      'went on',
      'mused',
      'hit back',
      'scoffed',
      'sighed',
      'wondered aloud',
      'charged',
    ])
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
    expect(speakers('Podolyak laughed at the idea of “denazification” in Kyiv.')).toEqual([
      { text: 'denazification', speaker: 'nobody' },
    ]);
    expect(speakers('Medinsky charged the “Nazis” of Kyiv with crimes.')).toEqual([
      { text: 'Nazis', speaker: 'nobody' },
    ]);
    expect(speakers('Ukraine sought to counter the “denazification” claim.')).toEqual([
      { text: 'denazification', speaker: 'nobody' },
    ]);
  });

  it('does not read “went on” or “continued” before a comma as speech unless a quotation is next to them', () => {
    // "As the talks went on," taken for speech made "Putin claimed on Tuesday, April 12," an inserted attribution.
    expect(
      speakers(
        'As talks between Russia and Ukraine went on, Putin claimed on Tuesday, April 12, that they had become “deadlocked”.',
      ),
    ).toEqual([{ text: 'deadlocked', speaker: 'person vladimir-putin' }]);
    expect(
      speakers(
        'As fighting continued, Putin claimed on Tuesday, April 12, that the talks were “deadlocked”.',
      ),
    ).toEqual([{ text: 'deadlocked', speaker: 'person vladimir-putin' }]);
    expect(speakers('“We will see,” Medinsky went on, “what happens.”')).toEqual([
      { text: 'We will see,', speaker: 'person vladimir-medinsky' },
      { text: 'what happens.', speaker: 'person vladimir-medinsky' },
    ]);
    expect(speakers('Medinsky went on, “We will see.”')).toEqual([
      { text: 'We will see.', speaker: 'person vladimir-medinsky' },
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

  it('still frames a quote after “said that while …”: the “while” clause is inside the reported words', () => {
    expect(speakers('Vladimir Medinsky said that while this is a “hard path”, it is needed.')).toEqual([
      { text: 'hard path', speaker: 'person vladimir-medinsky' },
    ]);
    // A comma after "that" sets the clause off, and changes nothing.
    expect(speakers('Vladimir Medinsky said that, while this is a “hard path”, it is needed.')).toEqual([
      { text: 'hard path', speaker: 'person vladimir-medinsky' },
    ]);
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

describe('a speech noun after “give”', () => {
  it('reads “gave assurances that”, “gave a warning:” as reporting, and “the leader of Belarus” as its head', () => {
    expect(
      speakers(
        'During the call, the leader of Belarus gave assurances that “all planes will remain on the ground”.',
        'Kuleba gave a warning: “Russia will try again.”',
      ),
    ).toEqual([
      { text: 'all planes will remain on the ground', speaker: 'person alexander-lukashenko' },
      { text: 'Russia will try again.', speaker: 'person dmytro-kuleba' },
    ]);
  });
});

describe('what one rules out or signals, in one’s own terms', () => {
  it('reads “ruled out … until”, “signalled that” as reporting', () => {
    expect(
      speakers(
        'Lavrov ruled out a meeting of the presidents until Kyiv had “done its homework”.',
        'Kuleba also signalled that he wished to meet Lavrov “as soon as possible”.',
      ),
    ).toEqual([
      { text: 'done its homework', speaker: 'person sergey-lavrov' },
      { text: 'as soon as possible', speaker: 'person dmytro-kuleba' },
    ]);
  });
});

describe('verbs of a stance taken in words', () => {
  it('reads “derided … as”, “thanked … for his”, “welcomed”, “commended”, “defended”, “listed … as” as reporting', () => {
    expect(
      speakers(
        'Lavrov derided Kuleba as a “modestly successful diplomat”.',
        'Zelensky thanked Erdogan for his “leading role” in the exchange.',
        'Kuleba welcomed what he called a “constructive” step.',
        'Erdogan commended the sides for their “courage”.',
        'Medinsky defended the agreement as “necessary”.',
        'Zelensky listed Turkey and Poland as countries “ready to give guarantees”.',
      ).map(({ speaker }) => speaker),
    ).toEqual([
      'person sergey-lavrov',
      'person volodymyr-zelensky',
      'person dmytro-kuleba',
      'person recep-tayyip-erdogan',
      'person vladimir-medinsky',
      'person volodymyr-zelensky',
    ]);
  });
});

describe('a name and a colon before the quote', () => {
  it('gives the quote to the name the colon closes, as live blogs attribute', () => {
    expect(speakers('Zelensky: “We are ready.”')[0]?.speaker).toBe('person volodymyr-zelensky');
    // Not a name inside the clause: the owner of a visit, nor the place after its preposition.
    expect(speakers('Kuleba’s visit to Ankara was short: “We are ready.”')[0]?.speaker).toBe('nobody');
  });

  it('gives a “Quote from …:” line to the one it names, as Ukrainska Pravda sets quotes apart', () => {
    expect(
      speakers(
        'Quote from Dmitry Peskov: “All the work is preparation for the meeting.”',
        'Quote from Medinsky: “We agreed.”',
      ),
    ).toEqual([
      { text: 'All the work is preparation for the meeting.', speaker: 'named Dmitry Peskov' },
      { text: 'We agreed.', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('gives the quote to the subject of a clause the colon closes with no speech verb', () => {
    expect(speakers('Medinsky contradicted Podolyak: “The talks were constructive.”')).toEqual([
      { text: 'The talks were constructive.', speaker: 'person vladimir-medinsky' },
    ]);
    expect(speakers('On Tuesday, Arakhamia summed up the position: “No ceasefire, no deal.”')).toEqual([
      { text: 'No ceasefire, no deal.', speaker: 'person david-arakhamia' },
    ]);
    // Two subjects: neither alone.
    expect(speakers('Medinsky and Arakhamia agreed on one thing: “Talks continue.”')).toEqual([
      { text: 'Talks continue.', speaker: 'unknown' },
    ]);
    // Also with each one's title before the name.
    expect(
      speakers(
        'Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin met in Istanbul, describing the talks as “very productive”.',
      ),
    ).toEqual([{ text: 'very productive', speaker: 'unknown' }]);
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

describe('“made clear” and “made known” report the words that follow', () => {
  it('gives the quote to the one who made it clear', () => {
    expect(
      speakers('In his latest remarks, Zelensky made clear that “territorial integrity” came first.'),
    ).toEqual([{ text: 'territorial integrity', speaker: 'person volodymyr-zelensky' }]);
  });

  it('gives a quote before “he has made known” to him', () => {
    expect(
      speakers(
        'Kuleba spoke of Mariupol. “There is no ceasefire along the route”, he has made known in remarks gathered by the BBC.',
      ),
    ).toEqual([{ text: 'There is no ceasefire along the route', speaker: 'person dmytro-kuleba' }]);
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
    // A medium by a word for any medium: "media network", "outlet", "portal".
    expect(
      speakers(
        'Adviser Ihor Zhovkva said in remarks to the German “ARD” media network that such issues can be discussed.',
      ),
    ).toEqual([{ text: 'ARD', speaker: 'nobody' }]);
  });

  it('reads quoted names in a list of examples as names: “agencies including “Reuters” and “CNN””', () => {
    expect(
      speakers(
        'Agencies including “Reuters” and “CNN,” reported the talks on “security guarantees,” an official said.',
      ),
    ).toEqual([
      { text: 'Reuters', speaker: 'nobody' },
      { text: 'CNN,', speaker: 'nobody' },
      { text: 'security guarantees,', speaker: 'unnamed an official' },
    ]);
  });

  it('reads a shout as speech', () => {
    expect(
      speakers(
        'Moments after a bullet grazed his ear, Donald Trump raised his fist and shouted “Fight! Fight!”',
      ),
    ).toEqual([{ text: 'Fight! Fight!', speaker: 'named Donald Trump' }]);
  });

  it('reads a quoted name before its host, or after a broadcaster’s initials, as a programme’s', () => {
    expect(
      speakers(
        'Secretary of State Marco Rubio sparred on Sunday with “Face the Nation” host Margaret Brennan.',
        'Vice President JD Vance maintained to NBC’s “Meet the Press with Kristen Welker,” that Russia is stalling.',
      ),
    ).toEqual([
      { text: 'Face the Nation', speaker: 'nobody' },
      { text: 'Meet the Press with Kristen Welker,', speaker: 'nobody' },
    ]);
  });

  it('reads a quoted name one tells or speaks to as a listener, a programme by its name', () => {
    expect(
      speakers(
        'Kirby told “Fox News Sunday” the U.S. remains committed to helping Ukraine.',
        'Speaking to “Face the Nation”, Medinsky said the talks go on.',
        'Kuleba told “reporters are wrong” to Lavrov.',
      ),
    ).toEqual([
      { text: 'Fox News Sunday', speaker: 'nobody' },
      { text: 'Face the Nation', speaker: 'nobody' },
      { text: 'reporters are wrong', speaker: 'person dmytro-kuleba' },
    ]);
    // With the programme's owner before it.
    expect(
      speakers('Zelensky told NBC News’ “Meet the Press” moderator Kristen Welker that talks were off.'),
    ).toEqual([{ text: 'Meet the Press', speaker: 'nobody' }]);
    // Several listeners, named one after another.
    expect(
      speakers(
        'As Lavrov noted in an interview with “RIA News” and “Russia 24”, not every country took part.',
      ),
    ).toEqual([
      { text: 'RIA News', speaker: 'nobody' },
      { text: 'Russia 24', speaker: 'nobody' },
    ]);
  });

  it('reads a title with its own full stops, colons and small words as a name after the noun it names', () => {
    expect(
      speakers(
        'Lavrov spoke in the documentary “The World on the Edge. Lessons from the Caribbean Crisis” that Channel One aired.',
        'Ushakov said so on the programme “Moscow. Kremlin. Putin,” broadcast on Wednesday.',
        'Kuleba spoke at the conference “Crimea Global: Understanding Ukraine through the South,” in Kyiv.',
      ).map((quote) => quote.speaker),
    ).toEqual(['nobody', 'nobody', 'nobody']);
    // Words in a sentence's own case are no title: "said at the conference that “the war must end”".
    expect(
      speakers('Kuleba said at the conference that “the war must end through diplomacy.”')[0]?.speaker,
    ).toBe('person dmytro-kuleba');
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
        'Peskov, who was there, said the talks produced nothing “promising,” and Lavrov said Moscow was “open” to talks.',
      ),
    ).toEqual([
      { text: 'promising,', speaker: 'unknown' },
      { text: 'open', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('an agency quoting someone right after the quote', () => {
  it('names the speaker over an opening “According to …”', () => {
    expect(
      speakers(
        'According to the Russian delegation, the talks are hard, but “there is hope for a compromise,” TASS quoted Foreign Minister Sergei Lavrov as saying.',
      ),
    ).toEqual([{ text: 'there is hope for a compromise,', speaker: 'person sergey-lavrov' }]);
    // With no agency after the quote, the opening account stays the speaker.
    expect(
      speakers('According to Kuleba, the talks were “difficult,” and no date was set.')[0]?.speaker,
    ).toBe('person dmytro-kuleba');
  });
});

describe('a verb after the quote, in a clause of its own', () => {
  it('does not take a quote before “, and Ukraine confirmed that …”', () => {
    expect(
      speakers(
        'Putin on Thursday authorised “a special military operation” in Donbas, and Ukraine confirmed that military targets were under attack.',
      )[0]?.speaker,
    ).not.toBe('party ukraine');
    // Titles joined by "and" without a comma are still one subject's.
    expect(
      speakers('“We are close,” Ukrainian negotiator and presidential adviser Mykhailo Podolyak said.'),
    ).toEqual([{ text: 'We are close,', speaker: 'person mykhailo-podolyak' }]);
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

  it('does not take a verb whose own clause follows it for an inserted attribution: “…, Lavrov said he would …,”', () => {
    expect(
      speakers(
        'When Sky News asked him how many civilians had been killed since 24 February, Lavrov said he would rather not answer, since the figures were not “double confirmed”.',
      ),
    ).toEqual([{ text: 'double confirmed', speaker: 'person sergey-lavrov' }]);
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

describe('proposing and offering in words', () => {
  it('report the words of the one who proposes or offers', () => {
    expect(
      speakers('Zelensky has proposed to Putin that they open a dialogue “to stop the death of people”.'),
    ).toEqual([{ text: 'to stop the death of people', speaker: 'person volodymyr-zelensky' }]);
    expect(speakers('Ukraine also offered to accept neutral status “if the guarantees work.”')).toEqual([
      { text: 'if the guarantees work.', speaker: 'party ukraine' },
    ]);
  });
  it('not as a participle before or after a noun', () => {
    expect(speakers('Under the plan proposed by Ukraine, the “Austrian model” was discussed.')).toEqual([
      { text: 'Austrian model', speaker: 'nobody' },
    ]);
  });
});

describe('an attribution set off by dashes inside the marks', () => {
  it('gives both parts to the one it names', () => {
    expect(
      speakers(
        '“A new date has not been set,” Lavrov said. “We have no news – he said again – we were ready”.',
      ),
    ).toEqual([
      { text: 'A new date has not been set,', speaker: 'person sergey-lavrov' },
      { text: 'We have no news', speaker: 'person sergey-lavrov' },
      { text: 'we were ready', speaker: 'person sergey-lavrov' },
    ]);
  });
  it('with the verb first, and gives the words after it the same speaker', () => {
    expect(
      speakers(
        '“We are ready to talk – said the Russian Foreign Minister Sergei Lavrov – but Kyiv keeps changing”.',
      ),
    ).toEqual([
      { text: 'We are ready to talk', speaker: 'person sergey-lavrov' },
      { text: 'but Kyiv keeps changing', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('a party after a preposition', () => {
  it('is no subject of the verb after it: the reported clause stays its speaker’s', () => {
    expect(
      speakers('Sergei Lavrov added that the talks with Kyiv continue “by video link” every day.'),
    ).toEqual([{ text: 'by video link', speaker: 'person sergey-lavrov' }]);
  });
  it('but is the subject of a participle after “with”', () => {
    expect(
      speakers(
        'The talks have ended, with Moscow saying it was ready to “fundamentally cut back” its activity.',
      ),
    ).toEqual([{ text: 'fundamentally cut back', speaker: 'party russia' }]);
  });
});

describe('a speech verb’s form used as a noun', () => {
  it('is no verb after a possessive or a determiner: “Russia’s claims … are “lies””', () => {
    expect(
      speakers(
        "Linda Thomas-Greenfield told the Security Council that Russia's claims about laboratories in Ukraine are “lies”.",
      ),
    ).toEqual([{ text: 'lies', speaker: 'person linda-thomas-greenfield' }]);
  });
});

describe('a quote alone, then a sentence saying who said it', () => {
  it('is the agent’s: “This was announced by …”', () => {
    expect(
      speakers(
        '“The talks will continue tomorrow.” This was announced by the head of the Ukrainian delegation, David Arakhamia.',
      ),
    ).toEqual([{ text: 'The talks will continue tomorrow.', speaker: 'person david-arakhamia' }]);
    expect(speakers('“We will not give up Crimea.” This was stated by Zelensky in an interview.')).toEqual([
      { text: 'We will not give up Crimea.', speaker: 'person volodymyr-zelensky' },
    ]);
  });
  it('not a sentence about something else', () => {
    expect(
      speakers('“We will not give up Crimea.” This was followed by a long silence from Moscow.'),
    ).toEqual([{ text: 'We will not give up Crimea.', speaker: 'nobody' }]);
  });
  it('is the subject’s of the next sentence when that sentence opens by saying something: “… .” Putin said.', () => {
    expect(speakers('“I have not had time to read the materials.” Putin said.')).toEqual([
      { text: 'I have not had time to read the materials.', speaker: 'person vladimir-putin' },
    ]);
    expect(
      speakers(
        '“Civilians are being used as shields.” Lavrov stressed that Russia offered corridors every day.',
      ),
    ).toEqual([{ text: 'Civilians are being used as shields.', speaker: 'person sergey-lavrov' }]);
    // A term in quotes inside a sentence of its own is no one's, whoever speaks next.
    expect(
      speakers('Russia calls it a “special military operation”. Putin said the talks were hard.')[0]?.speaker,
    ).not.toBe('person vladimir-putin');
    // Nor does a sentence about the speaker claim the quote.
    expect(speakers('“We will not give up Crimea.” Zelensky then left for Brussels.')[0]?.speaker).toBe(
      'nobody',
    );
  });
  it('is every quote of a sentence that gave none to anyone, but no name in quotes', () => {
    expect(
      speakers(
        'A “draft”, “which includes clear wording”, has been handed to Kyiv. This was announced by the head of the Ukrainian delegation, David Arakhamia.',
      ),
    ).toEqual([
      { text: 'draft', speaker: 'person david-arakhamia' },
      { text: 'which includes clear wording', speaker: 'person david-arakhamia' },
    ]);
    expect(
      speakers(
        'Five soldiers of the brigade “Kara-Dag” were freed. This was reported by the head of the Ukrainian delegation, David Arakhamia.',
      ),
    ).toEqual([{ text: 'Kara-Dag', speaker: 'nobody' }]);
  });
  it('is alone after a live blog entry’s time too: “11:05 “…”.”', () => {
    expect(
      speakers(
        '11:05 “The talks will continue tomorrow”. This was announced by the head of the Ukrainian delegation, David Arakhamia.',
      ),
    ).toEqual([{ text: 'The talks will continue tomorrow', speaker: 'person david-arakhamia' }]);
  });
  it('is the subject’s of a sentence saying it said so: “Lavrov said so at a press conference”', () => {
    expect(
      speakers(
        'Russia “is ready to resume negotiations” if there are “interesting ideas”. Russian Foreign Minister Sergey Lavrov said so at a press conference in Moscow.',
      ),
    ).toEqual([
      { text: 'is ready to resume negotiations', speaker: 'person sergey-lavrov' },
      { text: 'interesting ideas', speaker: 'person sergey-lavrov' },
    ]);
    expect(
      speakers(
        'Ukraine wants “real guarantees”. Foreign Minister Dmytro Kuleba stated this, Ukrinform reports.',
      ),
    ).toEqual([{ text: 'real guarantees', speaker: 'person dmytro-kuleba' }]);
    // "said this week …" and "said this was …" are no reference back.
    expect(speakers('Talks are at a “dead end”. Lavrov said this week that talks would go on.')).toEqual([
      { text: 'dead end', speaker: 'nobody' },
    ]);
    expect(speakers('Talks are at a “dead end”. Lavrov said this was wrong.')).toEqual([
      { text: 'dead end', speaker: 'nobody' },
    ]);
  });
});

describe('a key point that opens with a name and a colon', () => {
  it('gives the quote later in the line to that name', () => {
    expect(speakers('• Lavrov: Russia “not interested” in a nuclear war')).toEqual([
      { text: 'not interested', speaker: 'person sergey-lavrov' },
    ]);
    expect(
      speakers("• Pentagon's Kirby: Russian pullback from Kyiv is “a repositioning, not a withdrawal”"),
    ).toEqual([{ text: 'a repositioning, not a withdrawal', speaker: 'person john-kirby' }]);
  });
  it('not where a speech verb after the colon gives the words to another', () => {
    expect(speakers('Lavrov: Kyiv said it was “ready”.')).toEqual([
      { text: 'ready', speaker: 'party ukraine' },
    ]);
  });
});

describe('“what she called” before a capitalised word in quotes', () => {
  it('is her word, not a name', () => {
    expect(
      speakers(
        'Maria Zakharova, the ministry spokeswoman, spoke on Friday. She denounced what she called “Russophobia”.',
      ),
    ).toEqual([{ text: 'Russophobia', speaker: 'named Maria Zakharova' }]);
    expect(speakers('The party called “Servant of the People” won.')).toEqual([
      { text: 'Servant of the People', speaker: 'nobody' },
    ]);
  });
});

describe('“and” between a quote and its verb', () => {
  it('joins two titles of one subject when no verb stands between', () => {
    expect(
      speakers(
        '“We will not concede,” Ukrainian negotiator and presidential adviser Mykhailo Podolyak said.',
      ),
    ).toEqual([{ text: 'We will not concede,', speaker: 'person mykhailo-podolyak' }]);
    // Two people joined are both the subject: neither alone.
    expect(speakers('“We will not concede,” Kuleba and Lavrov said.')).toEqual([
      { text: 'We will not concede,', speaker: 'unknown' },
    ]);
    // A verb "and" joins to the quote's clause shares its subject: the name after it is its object.
    expect(
      speakers('Officials say talks are possible “without preconditions” and urged Kyiv to respond.'),
    ).toEqual([{ text: 'without preconditions', speaker: 'unknown' }]);
    // A clause with its own verb after "and" is another clause.
    expect(
      speakers('“We will not concede,” the talks ended and Podolyak said nothing more.').map(
        (q) => q.speaker,
      ),
    ).not.toContain('person mykhailo-podolyak');
  });
});

describe('a speech verb coordinated with an earlier one whose subject cannot be named', () => {
  it('is coordinated after “and also”, “and later”, as after “and” alone', () => {
    expect(
      speakers(
        'In an interview with ABC, noted that only the Russian authorities recognised the republics, and also called them “pseudo-republics”.',
      ).map((quote) => quote.speaker),
    ).toEqual(['unknown']);
    expect(
      speakers('Kuleba met reporters and also said the talks were “hard”.').map((quote) => quote.speaker),
    ).toEqual(['person dmytro-kuleba']);
  });

  it('shares that unknown subject: no name in between is taken for it', () => {
    expect(
      speakers(
        'The former spy called the accounts from Bucha, a suburb of Kyiv, “fake” and said any charges would be a “provocation.”',
      ).map((quote) => quote.speaker),
    ).toEqual(['unknown', 'unknown']);
  });
});

describe('a verb the language model reads at the end of an object', () => {
  it('is a noun: “will hold several telephone calls …, Peskov said” is Peskov’s sentence, whom “he” goes on with', () => {
    expect(
      speakers(
        'Kremlin spokesman Dmitry Peskov spoke on Wednesday. Russian President Vladimir Putin will hold several international telephone calls on Wednesday, Peskov said. “Today he has a very busy schedule,” he said.',
      ).at(-1)?.speaker,
    ).toBe('named Dmitry Peskov');
  });

  it('is a noun after a preposition: “through phone calls” is no sentence of the US’s that a quote goes on with', () => {
    expect(
      speakers(
        'Russia and the US keep building relations, in particular through phone calls. “They continue to be built.”',
      ),
    ).toEqual([{ text: 'They continue to be built.', speaker: 'nobody' }]);
  });
});

describe('a participle after a message', () => {
  it('tells what the message says, whose sender is the clause’s subject, not the one it was sent to', () => {
    expect(
      speakers(
        'On Saturday, Zelenskyy sent Putin a message saying that it was time to talk.',
        'He said: “Negotiations about peace should be substantial.”',
      ),
    ).toEqual([
      { text: 'Negotiations about peace should be substantial.', speaker: 'person volodymyr-zelensky' },
    ]);
    // A noun for a person before the participle is its own subject.
    expect(
      speakers('Details remain scant, with one European defense official calling the talks “a dark avenue”.'),
    ).toEqual([{ text: 'a dark avenue', speaker: 'unnamed one European defense official' }]);
  });

  it('is the sender’s past a clause of time that opens the sentence', () => {
    expect(
      speakers(
        'On February 28, as the delegations opened negotiations in Gomel, Zelensky put out a statement calling for an “immediate ceasefire and withdrawal of Russian troops.”',
      ),
    ).toEqual([
      { text: 'immediate ceasefire and withdrawal of Russian troops.', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('a concession: “granted that”', () => {
  it('reports the words after it, as “conceded that” does, but “granted” with an object does not', () => {
    expect(
      speakers(
        'Volodymyr Zelensky spoke on Tuesday.',
        'He granted that “there are some difficulties with some territories.”',
      ),
    ).toEqual([
      { text: 'there are some difficulties with some territories.', speaker: 'person volodymyr-zelensky' },
    ]);
    expect(
      speakers('Volodymyr Zelensky spoke on Tuesday.', 'Turkey granted asylum to the “Azov” commanders.').map(
        (quote) => quote.speaker,
      ),
    ).not.toContain('person volodymyr-zelensky');
  });
});

describe('verbs of pleading', () => {
  it('give the words quoted in their clause to their subject: “pleaded with”, “appealed to”, “implored”', () => {
    expect(
      speakers(
        'Last month, Kuleba pleaded with Lavrov to halt the “spiral of violence” in Ukraine.',
        'Kuleba appealed to Lavrov to end the “senseless war”.',
        'Kuleba implored Lavrov to stop the “bloodshed”.',
      ).map((quote) => quote.speaker),
    ).toEqual(['person dmytro-kuleba', 'person dmytro-kuleba', 'person dmytro-kuleba']);
  });
});

describe('a participle between a possessive and its noun', () => {
  it('is an adjective, no verb of saying: “Italy’s proposed peace plan”', () => {
    expect(
      speakers(
        'Lavrov has described Italy’s proposed peace plan for Ukraine as a “fantasy”.',
        'Kuleba called the stated aim of the talks “a ceasefire”.',
      ).map((quote) => quote.speaker),
    ).toEqual(['person sergey-lavrov', 'person dmytro-kuleba']);
  });
});

describe('a past form the language layer reads as an adjective', () => {
  it('is a verb of saying after a pronoun and an adverb, before “that”: “He also alleged that”', () => {
    expect(
      speakers(
        'Lukashenko said the operation dragged on.',
        'He also alleged that Ukraine was “provoking Russia” and insisted that Belarus is on the side of peace.',
      ).map((quote) => quote.speaker),
    ).toEqual(['person alexander-lukashenko']);
  });
});

describe('a name after a verb of saying that follows the quote', () => {
  it('is no inverted subject inside the clause the verb reports (“and insisted that Belarus is …”)', () => {
    expect(
      speakers(
        'Talks stalled.',
        'Ukraine was “provoking Russia”, and insisted that Belarus is on the side of peace.',
      ).map((quote) => quote.speaker),
    ).not.toContain('party belarus');
  });
});

describe('a verb after the quote in a clause of time or cause', () => {
  it('does not attribute the quote of the clause before it (“… “offensive” is under way after Zelensky conceded”)', () => {
    expect(
      speakers(
        'The diplomatic “offensive” is getting under way after Volodymyr Zelensky conceded that the counterattack is slow.',
      ).map((quote) => quote.speaker),
    ).not.toContain('person volodymyr-zelensky');
  });
});

describe('“with” a noun for people and a participle', () => {
  it('makes the noun the participle’s subject, not the clause before it (“with officials describing them as”)', () => {
    expect(
      speakers(
        'The U.S. publicly supported guarantees, with officials describing them as “Article 5-style” commitments.',
      ),
    ).toEqual([{ text: 'Article 5-style', speaker: 'unknown' }]);
  });
});

describe('“was quoted by” a medium', () => {
  it('gives the words to the one quoted, not to the medium', () => {
    expect(speakers('“I don’t see any reason,” Zelensky was also quoted by the agency.')).toEqual([
      { text: 'I don’t see any reason,', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('a verb of saying whose listener an apposition describes', () => {
  it('introduces the quote after the apposition’s comma (“he told his interviewer, CNN anchor …, “…””)', () => {
    expect(
      speakers(
        'Sergey Lavrov spoke last night.',
        'Asked about the war, he told his interviewer, CNN anchor Kaitlan Collins, “We want everybody to stop dying.”',
      ),
    ).toEqual([{ text: 'We want everybody to stop dying.', speaker: 'person sergey-lavrov' }]);
  });
});

describe('“as X put it” right after a quote', () => {
  it('gives the words to the one who put them so, over the verb that frames the sentence', () => {
    expect(
      speakers(
        'The Ukrainian military said the so-called “regrouping” of Russian troops, as the Russian Ministry of Defense had earlier put it, looked more like a “mouse escape.”',
      ),
    ).toEqual([
      { text: 'regrouping', speaker: 'party russia' },
      { text: 'mouse escape.', speaker: 'party ukraine' },
    ]);
    expect(
      speakers('Zelensky said the so-called “special operation”, as Putin calls it, was a war of conquest.'),
    ).toEqual([{ text: 'special operation', speaker: 'person vladimir-putin' }]);
  });
});

describe('a relative clause after a quote (“…”, to which …)', () => {
  it('is a reply: its verb does not attribute the quote before it', () => {
    expect(
      speakers(
        'Ukraine at once rejected the demands as “detached from reality”, to which a Russian delegate reportedly warned, “Next time it will be five regions.”',
      ),
    ).toEqual([
      // Not the delegate's: the words Ukraine "rejected the demands as" are Ukraine's.
      { text: 'detached from reality', speaker: 'party ukraine' },
      { text: 'Next time it will be five regions.', speaker: 'unnamed a Russian delegate' },
    ]);
  });
});

describe('a plural the model reads as a verb right after another verb', () => {
  it('is that verb’s object (“to support calls for”), and attributes nothing', () => {
    expect(
      speakers(
        'Erdogan urged Putin to support calls for a ceasefire and a “vision for a fair solution” to the war.',
      ),
    ).toEqual([{ text: 'vision for a fair solution', speaker: 'person recep-tayyip-erdogan' }]);
  });
});

describe('one person’s talk about a thing', () => {
  it('names it in their words; a purpose or a joint topic does not', () => {
    expect(
      speakers('The Kremlin said that Putin talked about some “obstacles” to food exports from Russia.'),
    ).toEqual([{ text: 'obstacles', speaker: 'person vladimir-putin' }]);
    // A meeting's purpose: the words are the offer's, not the talk's.
    expect(
      speakers('Zelenskyy has offered Putin a personal meeting to talk about “ending the war.”'),
    ).toEqual([{ text: 'ending the war.', speaker: 'person volodymyr-zelensky' }]);
    // A joint topic of two: no one's words.
    expect(
      speakers('The two leaders also talked about grain exports and the “normalization of relations.”'),
    ).toEqual([{ text: 'normalization of relations.', speaker: 'nobody' }]);
  });
});

describe('a quote with its own attribution after a verb that frames it', () => {
  it('gives a quote its comma closes to the one said right after it, over the clause before', () => {
    expect(
      speakers(
        'Lavrov declined to comment on the visit: “The main thing is our relations,” said Dmitry Peskov.',
      ),
    ).toEqual([{ text: 'The main thing is our relations,', speaker: 'named Dmitry Peskov' }]);
    expect(
      speakers('Lavrov declined to comment on the visit: “The main thing is our relations,” Peskov said.'),
    ).toEqual([{ text: 'The main thing is our relations,', speaker: 'named Peskov' }]);
  });

  it('gives every quote of a list the attribution after its last', () => {
    // "Kiev" frames both words, but Medvedev says them: a list's quotes are one clause's, with one speaker.
    expect(
      speakers(
        'Kiev has always answered with “manipulation” and “deception,” Dmitry Medvedev said on Friday.',
      ),
    ).toEqual([
      { text: 'manipulation', speaker: 'named Dmitry Medvedev' },
      { text: 'deception,', speaker: 'named Dmitry Medvedev' },
    ]);
    expect(speakers('Zelensky called the talks “hard”, “long” or “useless”, Peskov said.')).toEqual([
      { text: 'hard', speaker: 'named Peskov' },
      { text: 'long', speaker: 'named Peskov' },
      { text: 'useless', speaker: 'named Peskov' },
    ]);
    // A quote with a clause of its own between it and the next is no list.
    expect(speakers('Zelensky called the talks “hard”, and Kuleba said they were “useless”.')).toEqual([
      { text: 'hard', speaker: 'person volodymyr-zelensky' },
      { text: 'useless', speaker: 'person dmytro-kuleba' },
    ]);
  });

  it('keeps the framing speaker when a body reports them, or another clause opens after the quote', () => {
    // A body's statement that reports its leader gives the leader's words (tests/gold/README.md).
    expect(speakers('Putin said the strikes were “a necessary answer,” the Kremlin said.')).toEqual([
      { text: 'a necessary answer,', speaker: 'person vladimir-putin' },
    ]);
    expect(speakers('Lavrov said the talks were “useful,” and Kuleba said so too.')).toEqual([
      { text: 'useful,', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('a name in quotes: every word capitalised', () => {
  it('is no one’s, whatever verb is near', () => {
    expect(
      speakers(
        'Zelensky said Ukraine would never recognise the so-called “Independent Republics” in the east.',
      ),
    ).toEqual([{ text: 'Independent Republics', speaker: 'nobody' }]);
    expect(speakers('Witkoff said Putin had been invited to join the “Peace Council” in Davos.')).toEqual([
      { text: 'Peace Council', speaker: 'nobody' },
    ]);
    // A name's little words between its capitalised ones keep it a name; numbers joined by one do not.
    expect(speakers('Merz said he would brief the “Coalition of the Willing” on Monday.')).toEqual([
      { text: 'Coalition of the Willing', speaker: 'nobody' },
    ]);
    expect(speakers('Umerov said both sides agreed to swap “1000 for 1000” prisoners.')).toEqual([
      { text: '1000 for 1000', speaker: 'named Umerov' },
    ]);
    // One word of capitalised parts a hyphen joins is a name too.
    expect(
      speakers('As “Interfax-Ukraine” relays it, Kuleba said the talks would go on “at every level.”'),
    ).toEqual([
      { text: 'Interfax-Ukraine', speaker: 'nobody' },
      { text: 'at every level.', speaker: 'person dmytro-kuleba' },
    ]);
    // The sentence's comma inside the closing mark (US style) leaves it a name.
    expect(
      speakers(
        'According to the “Financial Times,” Kremlin spokesman Dmitry Peskov declined to comment, saying he had “nothing to say.”',
      ),
    ).toEqual([
      { text: 'Financial Times,', speaker: 'nobody' },
      { text: 'nothing to say.', speaker: 'named Dmitry Peskov' },
    ]);
  });
  it('but a capitalised phrase ended by its own punctuation may be words spoken', () => {
    expect(speakers('“Welcome, Mr. President,” Putin said as Biden appeared on the screen.')).toEqual([
      { text: 'Welcome, Mr. President,', speaker: 'person vladimir-putin' },
    ]);
    // An attribution right after the comma interrupts speech.
    expect(speakers('“The Russian Federation,” Putin said, “is ready to help.”')).toEqual([
      { text: 'The Russian Federation,', speaker: 'person vladimir-putin' },
      { text: 'is ready to help.', speaker: 'person vladimir-putin' },
    ]);
  });
});

describe('a title printed in lower case', () => {
  it('keeps a name after "an adviser to president" in the adviser’s phrase, no speaker', () => {
    expect(
      speakers(
        'The talks could go on for “several weeks”, a Ukrainian adviser to president Volodymyr Zelenskyy has said.',
      ),
    ).toEqual([{ text: 'several weeks', speaker: 'unknown' }]);
  });
  it('is no part of the name of a person the knowledge lacks: “Tánaiste Simon Harris said”', () => {
    expect(speakers('“We call on Russia to agree to a ceasefire,” Tánaiste Simon Harris said.')).toEqual([
      { text: 'We call on Russia to agree to a ceasefire,', speaker: 'named Simon Harris' },
    ]);
  });
});

describe('a participle after a clause that opens the sentence', () => {
  it('shares the main clause’s subject, not that of a verb of saying inside the opening clause', () => {
    expect(
      speakers(
        'While the Kremlin reported a deadlock, Zelensky gave a more hopeful reading, calling the talks “reasonably good”.',
      ),
    ).toEqual([{ text: 'reasonably good', speaker: 'person volodymyr-zelensky' }]);
    // With no opening clause, the verb of saying before the participle gives it its subject.
    expect(speakers('The Kremlin said the talks were useful, calling them “reasonably good”.')).toEqual([
      { text: 'reasonably good', speaker: 'party russia' },
    ]);
  });
});

describe('who is not the subject', () => {
  it('a state before a media noun is part of the media’s name: “Russian media gave …, saying”', () => {
    expect(
      speakers(
        'Russian media gave a different version, saying the Austrian leader travelled to Moscow to “blackmail” Russia.',
      ),
    ).toEqual([{ text: 'blackmail', speaker: 'unnamed Russian media' }]);
  });
  it('a state that owns a person noun: “Poland’s PM also called for …”', () => {
    expect(
      speakers('Poland’s PM also called for new “clear and determined sanctions” against Moscow.')[0]
        ?.speaker,
    ).not.toBe('party poland');
  });
  it('the one a relative “whom” stands for: “Zelenskyy, whom he called a “dictator””', () => {
    expect(speakers('Trump made remarks about Zelenskyy, whom he called a “dictator”.')[0]?.speaker).not.toBe(
      'person volodymyr-zelensky',
    );
  });
});

describe('a quote standing alone after a sentence whose only quote is a name', () => {
  it('goes on with that sentence’s speaker, not one of an earlier paragraph', () => {
    expect(
      speakers(
        'Zelensky stressed in an interview that only diplomacy could end the war.',
        'Italy’s Foreign Minister Luigi Di Maio told the newspaper “La Stampa” that only individual states are trying to mediate. “A diplomatic counter-offensive is now needed.”',
      ),
    ).toEqual([
      { text: 'La Stampa', speaker: 'nobody' },
      { text: 'A diplomatic counter-offensive is now needed.', speaker: 'named Luigi Di Maio' },
    ]);
  });
});

describe('a verb of naming before another’s remark and its “of” phrase', () => {
  it('gives the quote to the one who names the remark, not its owner', () => {
    expect(speakers('Kuleba called Lavrov’s offer of talks “cynical”.')).toEqual([
      { text: 'cynical', speaker: 'person dmytro-kuleba' },
    ]);
    // With no verb of naming, the "of" phrase is the remark's content, the owner's words.
    expect(speakers('Zelensky welcomed Putin’s offer of talks “without preconditions”.')).toEqual([
      { text: 'without preconditions', speaker: 'person vladimir-putin' },
    ]);
  });
  it('gives a remark its subject says again to that subject, who says it now', () => {
    expect(
      speakers('Lavrov repeated Russia’s claim that it was ready for talks “without preconditions”.'),
    ).toEqual([{ text: 'without preconditions', speaker: 'person sergey-lavrov' }]);
    expect(
      speakers('Kuleba reiterated Zelensky’s position that talks must bring “a full withdrawal”.'),
    ).toEqual([{ text: 'a full withdrawal', speaker: 'person dmytro-kuleba' }]);
  });
});

describe('“reject … as”', () => {
  it('gives the words it judges with to its subject', () => {
    expect(speakers('Kuleba rejected the proposal as “absurd”.')).toEqual([
      { text: 'absurd', speaker: 'person dmytro-kuleba' },
    ]);
  });
  it('but not the thing rejected, someone else’s word', () => {
    expect(speakers('Kuleba rejected the “ultimatum” from Moscow.')[0]?.speaker).not.toBe(
      'person dmytro-kuleba',
    );
  });
});

describe('an attribution printed as a sentence of its own after a quote that closes its sentence', () => {
  const before =
    'Foreign Minister Jan Lipavský and Defence Minister Jana Černochová stressed that ambitions drive the war.';
  const quote = '“The results confirm that Putin is still only interested in gains.”';
  it('gives the quote to the subject that opens it, with a title before the name', () => {
    expect(speakers(before, `${quote} Prime Minister Petr Fiala said.`)).toEqual([
      {
        text: 'The results confirm that Putin is still only interested in gains.',
        speaker: 'named Petr Fiala',
      },
    ]);
  });
  it('gives it to that subject when a comma and more of the sentence follow the verb, not to the last speaker', () => {
    expect(
      speakers(
        'Prime Minister Petr Fiala spoke after the summit.',
        `${before} ${quote} Fiala said, adding that the talks had produced nothing.`,
      ),
    ).toEqual([
      {
        text: 'The results confirm that Putin is still only interested in gains.',
        speaker: 'named Petr Fiala',
      },
    ]);
  });
});

describe('a clause that opens the sentence by naming who reported it (“As Reuters reported,”)', () => {
  it('names a channel, not the subject of the main clause’s verb of saying', () => {
    expect(
      speakers(
        'As Priscila Yazbek reported, the ex-chancellor’s interlocutors say the idea of the “peace club” is to gather countries.',
      ),
    ).toEqual([{ text: 'peace club', speaker: 'unknown' }]);
  });
  it('leaves the main clause’s own subject its words, and the clause’s subject the words it says', () => {
    expect(speakers('As Priscila Yazbek reported, Lavrov said the idea of a “peace club” was dead.')).toEqual(
      [{ text: 'peace club', speaker: 'person sergey-lavrov' }],
    );
    expect(speakers('As Lavrov said on Monday, the talks were “a farce”.')).toEqual([
      { text: 'a farce', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('a relative clause with no “that” after a noun, and a participle before its noun', () => {
  it('reports nothing, whatever title stands before the name (“the answer Russian President Vladimir Putin gave to a proposed ceasefire”)', () => {
    expect(
      speakers(
        'On Thursday, Ukrainian President Volodymyr Zelensky denounced the equivocal answer Russian President Vladimir Putin gave to a proposed ceasefire as “very manipulative.”',
      ),
    ).toEqual([{ text: 'very manipulative.', speaker: 'person volodymyr-zelensky' }]);
  });
  it('leaves a verb after a pronoun its own: “he admitted problems with “morale””', () => {
    expect(
      speakers('Zelensky spoke on Friday.', 'He admitted problems with staffing and “morale” in the ranks.'),
    ).toEqual([{ text: 'morale', speaker: 'person volodymyr-zelensky' }]);
  });
});

describe('rejecting with a particle, and taking a view', () => {
  it('reads “brushing aside … as “…”” as “rejected … as” is read', () => {
    expect(
      speakers(
        'Lavrov is brushing aside concerns over attacks on civilians as “pathetic shrieks” from its enemies.',
      ),
    ).toEqual([{ text: 'pathetic shrieks', speaker: 'person sergey-lavrov' }]);
    // Without "as" the quote is what is brushed aside, someone else's word.
    expect(speakers('Lavrov brushed aside the “peace formula” on Monday.')[0]?.speaker).not.toBe(
      'person sergey-lavrov',
    );
  });
  it('gives the words after “as” to the one who dismisses another’s remark, past the remark’s content', () => {
    expect(
      speakers(
        'The Kremlin on Wednesday dismissed Ukrainian President Volodymyr Zelensky’s remark that he was prepared for direct talks with Putin as “empty words”.',
      ),
    ).toEqual([{ text: 'empty words', speaker: 'party russia' }]);
    expect(
      speakers(
        'On Wednesday the Kremlin waved away President Volodymyr Zelensky’s statement that he was prepared for direct talks with his Russian counterpart Vladimir Putin as “empty words”.',
      ),
    ).toEqual([{ text: 'empty words', speaker: 'party russia' }]);
  });
  it('reads “took the view that” as a verb of saying', () => {
    expect(speakers('Lavrov took the view that the talks were “useless”.')).toEqual([
      { text: 'useless', speaker: 'person sergey-lavrov' },
    ]);
  });
});

describe('“gave his assurance that”, “likened … to”', () => {
  it('report the subject’s words: a possessive may stand before the noun of “give”, and “liken” is a verb of saying', () => {
    expect(
      speakers(
        'Cardinal Pietro Parolin has given his assurance that “if there is a small opening, we will take advantage of it”.',
      ),
    ).toEqual([
      { text: 'if there is a small opening, we will take advantage of it', speaker: 'named Pietro Parolin' },
    ]);
    expect(
      speakers(
        'Boris Johnson likened talks with Putin to negotiating “with a crocodile when it has your leg”.',
      ),
    ).toEqual([{ text: 'with a crocodile when it has your leg', speaker: 'named Boris Johnson' }]);
  });

  it('“recounted” reports the words of its subject, as “said” does', () => {
    expect(
      speakers(
        'Kremlin aide Pavel Sorokin told reporters about the call.',
        '"Soon after the call, he convened the council," Sorokin recounted.',
      ),
    ).toEqual([{ text: 'Soon after the call, he convened the council,', speaker: 'named Pavel Sorokin' }]);
  });
});

describe('an initialism in quotes (“PENTA”), or a name the sentence gives a party', () => {
  it('is a name, no one’s words; one capitalised word still may be someone’s (“Orwellian”)', () => {
    expect(speakers('“It is a rollercoaster,” said Volodymyr Fesenko, head of the “PENTA” centre.')).toEqual([
      { text: 'It is a rollercoaster,', speaker: 'named Volodymyr Fesenko' },
      { text: 'PENTA', speaker: 'nobody' },
    ]);
    // So is a quote that is all of a name the sentence gives a party of the knowledge.
    expect(
      speakers(
        'As Israel tries to keep its interests in balance, the government said it is working to keep “Israel” from turning into a detour for sanctions, as announced by Foreign Minister Yair Lapid on Monday.',
      ),
    ).toEqual([{ text: 'Israel', speaker: 'nobody' }]);
    expect(speakers('Kellogg said such statements were “Orwellian”.')).toEqual([
      { text: 'Orwellian', speaker: 'named Kellogg' },
    ]);
  });
});
