/**
 * How the compiler finds speakers in news copy it was not built on, on made-up sentences in the shapes the
 * development set and probing showed, each mechanism apart from any one article: sources the knowledge lacks or does not name: people by name or role, unnamed sources, media, agencies, "according to".
 */
import { describe, expect, it } from 'vitest';
import {
  compileMadeUp,
  compileMadeUpWithHeadline,
  compileMadeUpWithStandfirst,
  speakers,
} from '../../helpers/made-up-article';

/** The words of every mention the compiler finds in a made-up article, in order. */
const mentionTexts = (...paragraphs: string[]) =>
  compileMadeUp(...paragraphs)
    .paragraphs.flatMap((paragraph) => paragraph.mentions)
    .map((mention) => mention.text);

describe('speakers the knowledge lacks', () => {
  it('credits a named person missing from people.yaml by name, without the title', () => {
    expect(
      speakers(
        'Russian Deputy Defence Minister Alexander Fomin said the army would “drastically reduce” its activity.',
      ),
    ).toEqual([{ text: 'drastically reduce', speaker: 'named Alexander Fomin' }]);
  });

  it('reads a title with a possessive and an “of” between the inverted verb and the name as the name’s', () => {
    // The run after "said" goes on through "'s" and "of": the name at its end is the one who speaks.
    expect(
      speakers('“This was a good end,” said Ukraine’s Deputy Minister of Defence Serhiy Kyslytsya.'),
    ).toEqual([{ text: 'This was a good end,', speaker: 'named Serhiy Kyslytsya' }]);
    // A see after a church rank's "of" is the title's, not the name's first word.
    expect(speakers('“We begin with the children,” said Archbishop of Bologna Matteo Zuppi.')).toEqual([
      { text: 'We begin with the children,', speaker: 'named Matteo Zuppi' },
    ]);
  });

  it('reads a hyphened first name as one word of a full name, for the surname alone later', () => {
    expect(
      speakers(
        'French Foreign Minister Jean-Yves Le Drian spoke on Wednesday.',
        '“I see only declarations,” Le Drian said.',
      ),
    ).toEqual([{ text: 'I see only declarations,', speaker: 'named Jean-Yves Le Drian' }]);
  });

  it('takes a surname alone after an honorific for a person’s name, and a fuller name it opens for who it is', () => {
    expect(speakers('Since then there has been “intense” engagement, Mr. Guterres noted.')).toEqual([
      { text: 'intense', speaker: 'named Guterres' },
    ]);
    // "Mr. Xi" first, "Xi Jinping" after: the family name printed first opens the fuller name.
    expect(
      speakers(
        'Mr. Xi signaled agreement.',
        'Presidents Xi Jinping of China and Vladimir Putin of Russia met.',
        '“China is willing,” Xi told Putin.',
      ),
    ).toEqual([{ text: 'China is willing,', speaker: 'named Xi Jinping' }]);
    // A name in a phrase of company after the verb is no inverted subject.
    expect(
      speakers('“He will not give a penny,” the conservative premier said after his meeting with Mr Trump.'),
    ).toEqual([{ text: 'He will not give a penny,', speaker: 'unknown' }]);
  });

  it('takes a word in brackets after a full name for that person, and more offices for title', () => {
    expect(
      speakers(
        'President Joko Widodo (Jokowi) met Zelensky in Kyiv.',
        '“I came to show our concern,” Jokowi said.',
        '“We do not appreciate it,” DFA Undersecretary Carlos Sorreta said.',
        '“Orban is the only one,” MEP Jaroslav Bzoch said.',
      ),
    ).toEqual([
      { text: 'I came to show our concern,', speaker: 'named Joko Widodo' },
      { text: 'We do not appreciate it,', speaker: 'named Carlos Sorreta' },
      { text: 'Orban is the only one,', speaker: 'named Jaroslav Bzoch' },
    ]);
    // An Arabic name of five words between its "bin"s is one name; a surname misspelt by one letter, its
    // diacritics aside, is the one the article gave.
    expect(
      speakers(
        'Qatar’s Minister of State Mohammed bin Abdulaziz bin Saleh Al Khulaifi spoke to Newsweek.',
        '“We would be ready,” Al Khulaifi told the magazine.',
        'Turkish ombudsman Şeref Malkoç met the sides.',
        'He said that Malkocz had called it a “humanitarian corridor”.',
      ),
    ).toEqual([
      { text: 'We would be ready,', speaker: 'named Mohammed bin Abdulaziz bin Saleh Al Khulaifi' },
      { text: 'humanitarian corridor', speaker: 'named Şeref Malkoç' },
    ]);
    // A particle that opens the shorter name capitalised is the fuller name's.
    expect(
      speakers(
        'Sheikh Mohammed bin Zayed spoke to Putin on Tuesday.',
        'Bin Zayed said the UAE would “continue its coordinations”.',
      ),
    ).toEqual([{ text: 'continue its coordinations', speaker: 'named Mohammed bin Zayed' }]);
    // An Arabic article joined to the surname may be printed lower-cased: the surname is the fuller name's.
    expect(
      speakers(
        'Foreign Ministry Spokesman Salem Al-Harthi said Oman was mediating.',
        '“We are making swift progress,” al-Harthi said.',
      ),
    ).toEqual([{ text: 'We are making swift progress,', speaker: 'named Salem Al-Harthi' }]);
  });

  it('reads a rank or office shortened before the name as title, neither a name nor the end of a sentence', () => {
    expect(
      speakers('The city lived its “last days,” according to Ukrainian commander Maj. Serhii Volyna.'),
    ).toEqual([{ text: 'last days,', speaker: 'named Serhii Volyna' }]);
    expect(speakers('“We hold on,” Lt. Col. Serhii Volyna said.')).toEqual([
      { text: 'We hold on,', speaker: 'named Serhii Volyna' },
    ]);
    // An office the tagger splits at its hyphens is title to its end: "Ambassador-at-Large".
    expect(
      speakers('“Talks are on hold,” the Foreign Ministry’s Ambassador-at-Large Petro Vasko said.'),
    ).toEqual([{ text: 'Talks are on hold,', speaker: 'named Petro Vasko' }]);
    // A body's name the title ends with is where the person serves, not a word of their name.
    expect(
      speakers(
        'Deputy Head of the Presidential Administration Pavel Sorokin said "there is nothing to boast about."',
        '“We exchanged views,” Sorokin stated.',
      ),
    ).toEqual([
      { text: 'there is nothing to boast about.', speaker: 'named Pavel Sorokin' },
      { text: 'We exchanged views,', speaker: 'named Pavel Sorokin' },
    ]);
    expect(speakers('“Seize it,” Gen. Army Mark Tilley, the chairman, said Wednesday.')).toEqual([
      { text: 'Seize it,', speaker: 'named Mark Tilley' },
    ]);
    // A run of capitals that ends with a body's name names no one: the body speaks, whose the sentence does not say.
    expect(speakers('“No talks,” the Presidential Administration Office said.')).toEqual([
      { text: 'No talks,', speaker: 'unknown' },
    ]);
    // An office shortened to capitals is title too: "PM", "FM".
    expect(speakers('UK leader PM Boris Johnson said: “There is nothing I have seen so far.”')).toEqual([
      { text: 'There is nothing I have seen so far.', speaker: 'named Boris Johnson' },
    ]);
  });

  it('reads the name after an office “of” a body as the office’s holder: “The head of the … Ministry Dmitry Kuleba”', () => {
    // The subject of the verb, whom "he" next refers to, not the object of "of" ("the readiness of Ukrainian
    // President …").
    expect(
      speakers(
        'The talks between Zelensky and the delegation were tough.',
        'The head of the Ukrainian Foreign Ministry Dmitry Kuleba announced this on June 19.',
        '“There was a very frank conversation,” he said.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['person dmytro-kuleba']);
  });

  it('reads a church rank before a name as title: “Cardinal Pietro Parolin”', () => {
    expect(speakers('“The Russian side has taken note,” Italian Cardinal Pietro Parolin said.')).toEqual([
      { text: 'The Russian side has taken note,', speaker: 'named Pietro Parolin' },
    ]);
    expect(speakers('Metropolitan Onufriy Berezovsky said the church was “ready to help”.')).toEqual([
      { text: 'ready to help', speaker: 'named Onufriy Berezovsky' },
    ]);
    // A bishop's rank, and the style before it, are title too: the surname after the rank is the fuller name's.
    expect(
      speakers(
        'The Bishop of Lutsk, the Rt Revd Petro Hnatiuk, said he doubted the talks.',
        '“We have suffered too much,” Bishop Hnatiuk said.',
      ),
    ).toEqual([{ text: 'We have suffered too much,', speaker: 'named Petro Hnatiuk' }]);
    // "Bishop" is a surname too: no rank after a given name.
    expect(speakers('“We stand with Ukraine,” Julie Bishop said.')).toEqual([
      { text: 'We stand with Ukraine,', speaker: 'named Julie Bishop' },
    ]);
    // A style of address is no part of the name.
    expect(speakers('“Come to Ukraine and see for yourself,” His Beatitude Sviatoslav said.')).toEqual([
      { text: 'Come to Ukraine and see for yourself,', speaker: 'named Sviatoslav' },
    ]);
  });

  it('reads any state’s nationality before a name as title, and a state or its capital as no person', () => {
    expect(speakers('“We want peace now,” said Brazilian Celso Amorim.')).toEqual([
      { text: 'We want peace now,', speaker: 'named Celso Amorim' },
    ]);
    expect(speakers('The South African Cyril Ramaphosa said talks “must start”.')).toEqual([
      { text: 'must start', speaker: 'named Cyril Ramaphosa' },
    ]);
    // A capital speaks for its government: no person of that name, and no one the knowledge resolves.
    expect(speakers('“The door is open,” New Delhi said.')).toEqual([
      { text: 'The door is open,', speaker: 'unknown' },
    ]);
    expect(speakers('“The door is open,” said South Africa.')).toEqual([
      { text: 'The door is open,', speaker: 'unknown' },
    ]);
    // Nor a firm by its name.
    expect(speakers('“Some risk premium is back,” PVM Oil Associates told clients.')).toEqual([
      { text: 'Some risk premium is back,', speaker: 'unknown' },
    ]);
    // Nor a page's label before the words of someone it named.
    expect(
      speakers(
        'Source: Ombudsman Dmytro Lubinets at a press conference in Ankara.',
        'Quote Lubinets: “The meeting is planned.”',
      ),
    ).toEqual([{ text: 'The meeting is planned.', speaker: 'named Dmytro Lubinets' }]);
    // Nor an outlet whose name joins an initialism or a state by a hyphen.
    expect(
      speakers('RBC-Ukraine reports this, citing his evening address.', '“Our team is in America,” he said.'),
    ).toEqual([{ text: 'Our team is in America,', speaker: 'unknown' }]);
    // A forum or a conference named after its place is no person either.
    expect(
      speakers(
        'Lavrov said, at the Antalya Diplomatic Forum: “No proposals,” going on to explain, saying: “There were none.”',
      ),
    ).toEqual([
      { text: 'No proposals,', speaker: 'person sergey-lavrov' },
      { text: 'There were none.', speaker: 'person sergey-lavrov' },
    ]);
    // "New" opens places' names (New York, New Jersey), never a person's.
    expect(speakers('“The door is open,” said New York.')).toEqual([
      { text: 'The door is open,', speaker: 'unknown' },
    ]);
  });

  it('keeps the particles inside a name, and follows the word before them alone as a surname', () => {
    expect(
      speakers(
        'A meeting between Brazil’s Luiz Inacio Lula da Silva and Zelensky ended well.',
        '“I know it is difficult,” Lula told journalists.',
        '“We agree,” said Ursula von der Leyen.',
        '“Peace now,” Crown Prince Mohammed bin Salman said.',
      ),
    ).toEqual([
      { text: 'I know it is difficult,', speaker: 'named Luiz Inacio Lula da Silva' },
      { text: 'We agree,', speaker: 'named Ursula von der Leyen' },
      { text: 'Peace now,', speaker: 'named Mohammed bin Salman' },
    ]);
    // An American lawmaker's title: "Congressman Mike Waltz".
    expect(speakers('US Congressman Mike Waltz said the team is taking “a hard look” at it.')).toEqual([
      { text: 'a hard look', speaker: 'named Mike Waltz' },
    ]);
    // "Al" is a word of Arabic names, not only of "Al Jazeera".
    expect(speakers('“We continue to mediate,” Lolwah Al-Khater said.')).toEqual([
      { text: 'We continue to mediate,', speaker: 'named Lolwah Al-Khater' },
    ]);
  });

  it('names a pope with the title, “Pope Francis”, and follows his one name alone after it', () => {
    expect(
      speakers(
        'Pope Francis has confirmed that he is ready to try to broker peace.',
        '“The Holy See’s position is to seek peace,” Francis said in an interview.',
      ),
    ).toEqual([{ text: 'The Holy See’s position is to seek peace,', speaker: 'named Pope Francis' }]);
  });

  it('keeps a first name joined by a hyphen whole, and takes “the Argentine Pontiff” for no name', () => {
    expect(
      speakers(
        'French spokesperson Anne-Claire Legendre said there would be “very significant announcements”.',
      ),
    ).toEqual([{ text: 'very significant announcements', speaker: 'named Anne-Claire Legendre' }]);
    expect(speakers('In his address, the Argentine Pontiff spoke of a “third world war”.')).toEqual([
      { text: 'third world war', speaker: 'unknown' },
    ]);
  });

  it('reads a capitalised office such as “Coordinator” or “Commissioner” as title, not as a name', () => {
    expect(
      speakers(
        'The Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Martin Griffiths, said “the destruction has come to characterize this conflict”.',
      ),
    ).toEqual([
      { text: 'the destruction has come to characterize this conflict', speaker: 'named Martin Griffiths' },
    ]);
    // The country an office is "to" ends the title; it does not open the name.
    expect(
      speakers(
        'Polish Ambassador to Egypt Michal Labenda spoke on Monday.',
        '“Refugees are entitled to free medical help,” Labenda said.',
      ),
    ).toEqual([{ text: 'Refugees are entitled to free medical help,', speaker: 'named Michal Labenda' }]);
    // The country an office is "of" too ("President of Japan"): the subject of both verbs is the person.
    expect(
      speakers(
        'President of Japan Fumio Kishida greeted Zelenskiy and said the G7 leaders were "more united than ever".',
      ),
    ).toEqual([{ text: 'more united than ever', speaker: 'named Fumio Kishida' }]);
    // The place an office is held in, a few words after the office, ends the title too.
    expect(
      speakers(
        '“Regrettably the talks are PR,” Russia’s permanent envoy to international organizations in Vienna Mikhail Ulyanov wrote on Monday.',
      ),
    ).toEqual([{ text: 'Regrettably the talks are PR,', speaker: 'named Mikhail Ulyanov' }]);
    // And the second of a ministry's portfolios, after "and".
    expect(
      speakers(
        '“We hope the talks will open the way to peace,” Minister of Foreign Affairs and Trade Péter Szijjártó said.',
      ),
    ).toEqual([{ text: 'We hope the talks will open the way to peace,', speaker: 'named Péter Szijjártó' }]);
    // A Korean given name's second syllable, in lower case after its hyphen, is the name's; a word a hyphen
    // joins to a name in a compound is not.
    expect(
      speakers('Foreign Ministry spokeswoman Choi Young-sam said, “We hope the efforts will bear fruit.”'),
    ).toEqual([{ text: 'We hope the efforts will bear fruit.', speaker: 'named Choi Young-sam' }]);
    expect(
      speakers('Trade adviser Peter Navarro-era rules aside, Alan Brown said the talks were “stuck”.'),
    ).toEqual([{ text: 'stuck', speaker: 'named Alan Brown' }]);
    // A company's "CEO" too: the state its name opens with is no speaker.
    expect(
      speakers('Russian Direct Investment Fund CEO Kirill Dmitriev said that the report was “fake”.'),
    ).toEqual([{ text: 'fake', speaker: 'named Kirill Dmitriev' }]);
  });

  it('takes no proper adjective after an office word for a surname: “official South African statements”', () => {
    expect(
      speakers(
        'The leaders have, according to official South African statements, “agreed that they would engage with both sides”.',
      ),
    ).toEqual([{ text: 'agreed that they would engage with both sides', speaker: 'unknown' }]);
    // A surname right after the office is still one.
    expect(speakers('Kremlin spokesman Peskov said the plan was “unacceptable”.')).toEqual([
      { text: 'unacceptable', speaker: 'named Peskov' },
    ]);
  });

  it('takes capitals after an article, with no title among them, for the title of a work, not a name', () => {
    // "The Trump Verdict:" names no one; the verb after the quote does.
    expect(
      speakers(
        'The Kremlin’s Dmitry Peskov spoke first.',
        '- The Trump Verdict: “I believe both leaders truly want it to end,” Trump told reporters.',
      ),
    ).not.toContainEqual(expect.objectContaining({ speaker: 'named Trump Verdict' }));
    // Capitals that qualify a noun after them stay a name: "the Olaf Weber campaign".
    expect(
      speakers(
        'Officials of the Olaf Weber campaign met on Monday.',
        '“We are ready,” Weber told reporters.',
      ),
    ).toEqual([{ text: 'We are ready,', speaker: 'named Olaf Weber' }]);
  });

  it('takes a name of two words for the fuller name the article gave that ends in it: “Di Maio”', () => {
    expect(
      speakers(
        'The Italian Foreign Minister, Luigi Di Maio, met Guterres on Wednesday.',
        '“Our goal is a diplomatic solution,” said Di Maio.',
      ),
    ).toEqual([{ text: 'Our goal is a diplomatic solution,', speaker: 'named Luigi Di Maio' }]);
  });

  it('takes a name of one word before the fuller name’s particles for that name, also inverted: “said Lula”', () => {
    expect(
      speakers(
        'Luiz Inacio Lula da Silva said Tuesday that he will ask India to join.',
        '“This is the time for diplomacy,” said Lula following his meeting with Rutte.',
      ),
    ).toEqual([{ text: 'This is the time for diplomacy,', speaker: 'named Luiz Inacio Lula da Silva' }]);
  });

  it('follows the surname alone also before the full name, which a later paragraph gives', () => {
    expect(
      speakers(
        'Peskov said the talks were “hard”.',
        'Kremlin spokesman Dmitry Peskov added that Moscow would study the offer.',
      ),
    ).toEqual([{ text: 'hard', speaker: 'named Dmitry Peskov' }]);
    // The same after an office, the full name coming later: "President Tokaev" is Kasym-Jomart Tokaev.
    expect(
      speakers(
        'President Tokaev spoke with both leaders.',
        'Kazakhstan’s President Kasym-Jomart Tokaev offered to mediate.',
        'Tokaev stressed “the importance of reaching an agreement”.',
      ),
    ).toEqual([{ text: 'the importance of reaching an agreement', speaker: 'named Kasym-Jomart Tokaev' }]);
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

  it('does not run a source’s description back across the end of a sentence, but keeps “U.S.”', () => {
    expect(
      speakers(
        'Biden has kept in touch with Ukrainian President Volodymyr Zelensky. But US officials said the sanctions would not be “decisive”.',
        'Two U.S. officials said the talks were “stalled”.',
      ),
    ).toEqual([
      { text: 'decisive', speaker: 'unnamed US officials' },
      { text: 'stalled', speaker: 'unnamed Two U.S. officials' },
    ]);
  });

  it('leaves a conjunction that opens a clause out of the source it opens with', () => {
    expect(
      speakers(
        'Although Russian officials have repeatedly claimed to be at war with the “collective West,” Lavrov played it down.',
      ),
    ).toEqual([{ text: 'collective West,', speaker: 'unnamed Russian officials' }]);
  });

  it('reads officials of a named side after “according to” as unnamed sources, not as the state', () => {
    expect(speakers('The deal will go on “under current terms,” according to Turkish officials.')).toEqual([
      { text: 'under current terms,', speaker: 'unnamed Turkish officials' },
    ]);
  });

  it('reads “people” and “a person” familiar with something as unnamed sources', () => {
    expect(
      speakers(
        'Two people familiar with the talks said the draft was “ready”.',
        '“It is close,” a person familiar with the matter said.',
      ),
    ).toEqual([
      { text: 'ready', speaker: 'unnamed Two people familiar with the talks' },
      { text: 'It is close,', speaker: 'unnamed a person familiar with the matter' },
    ]);
  });

  it('reads a description its verb follows with no comma as a source, not as an apposition of the name before', () => {
    expect(
      speakers(
        'Trump is not using the deal as leverage over Zelenskyy, a senior administration official said. “He wants it firmed up,” the official said.',
        'Lavrov met Kuleba, a senior Ukrainian official, and spoke of “progress”.',
      ).map((quote) => quote.speaker),
    ).toEqual(['unnamed a senior administration official', 'person sergey-lavrov']);
  });

  it('ends what a source is familiar with before an auxiliary or an adverb of time', () => {
    expect(
      speakers(
        'A source familiar with the matter had earlier confirmed the report, stating: “This took place.”',
        'Two people close to the talks have also said the draft was “ready”.',
      ),
    ).toEqual([
      { text: 'This took place.', speaker: 'unnamed A source familiar with the matter' },
      { text: 'ready', speaker: 'unnamed Two people close to the talks' },
    ]);
  });

  it('keeps what a source is close to in the description, before any verb of saying', () => {
    expect(
      speakers(
        'A source close to the African mission reminded that “Russia has never had colonies,” the source added.',
        'A source close to the besieged city recalled that “we hold on.”',
      ),
    ).toEqual([
      { text: 'Russia has never had colonies,', speaker: 'unnamed A source close to the African mission' },
      { text: 'we hold on.', speaker: 'unnamed A source close to the besieged city' },
    ]);
    // A relative clause after it is no part of what the source is close to.
    expect(
      speakers('A person close to Zelenskyy who asked not to be named said it went “exceedingly well”.'),
    ).toEqual([{ text: 'exceedingly well', speaker: 'unnamed A person close to Zelenskyy' }]);
  });

  it('reads sources involved in, present at or privy to something as unnamed sources', () => {
    expect(
      speakers(
        'Bennett met Putin in Moscow.',
        'Sources involved in the meeting told Channel 12 that Putin would not agree “until Ukraine demilitarises”.',
        'Officials present at the talks said the mood was “businesslike”.',
      ),
    ).toEqual([
      { text: 'until Ukraine demilitarises', speaker: 'unnamed Sources involved in the meeting' },
      { text: 'businesslike', speaker: 'unnamed Officials present at the talks' },
    ]);
  });

  it('keeps whose or where a source is in its description, and refers back to it', () => {
    expect(
      speakers(
        'A senior official in the Office of Ukrainian President Volodymyr Zelenskyy said on Sunday that Russia was ready.',
        'Speaking to Kan 11 News, the senior official said Bennett was a fit mediator: “He is pressuring the Russians.”',
        'On Saturday, an aide to Zelenskyy also rejected the reports, saying that “agreeing to them is impossible.”',
      ),
    ).toEqual([
      {
        text: 'He is pressuring the Russians.',
        speaker: 'unnamed A senior official in the Office of Ukrainian President Volodymyr Zelenskyy',
      },
      { text: 'agreeing to them is impossible.', speaker: 'unnamed an aide to Zelenskyy' },
    ]);
    // A day is not where the source is.
    expect(speakers('An official in Kyiv Tuesday said the talks were “hard”.')).toEqual([
      { text: 'hard', speaker: 'unnamed An official in Kyiv' },
    ]);
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

  it('counts the party in the title of a person the knowledge lacks, but never as the speaker', () => {
    // No page of Peskov's links the paragraph to Russia, so the title's "Kremlin" is the paragraph's mention.
    expect(mentionTexts('Kremlin spokesman Dmitry Peskov said Russia was ready.')).toEqual([
      'Kremlin',
      'Russia',
    ]);
    expect(
      mentionTexts('Ukrainian interior ministry adviser Vadym Denysenko said Russia was stalling.'),
    ).toEqual(['Ukrainian', 'Russia']);
    expect(mentionTexts('Russian billionaire businessman Roman Abramovich flew to Istanbul.')).toEqual([
      'Russian',
      'Istanbul',
    ]);
    expect(speakers('“We are ready,” Kremlin spokesman Dmitry Peskov said.')).toEqual([
      { text: 'We are ready,', speaker: 'named Dmitry Peskov' },
    ]);
  });

  it('counts no party in a language’s name: “speak Russian”, “Russian-speaking”, “Russian as a … language”', () => {
    expect(
      mentionTexts(
        'Kyiv may recognise Russian as a co-official language in Ukraine, where most people speak Russian anyway.',
      ),
    ).toEqual(['Kyiv', 'Ukraine']);
    expect(
      mentionTexts('Russia demanded rights for Russian-speaking people, whose language is Russian.'),
    ).toEqual(['Russia']);
    // The adjective before a people or a state's body is still the party.
    expect(mentionTexts('Russian forces shelled the city.')).toEqual(['Russian']);
  });

  it('counts no party in a title around a known name: “his Ukrainian counterpart …”, “… of Ukraine”', () => {
    expect(mentionTexts('Putin met his Ukrainian counterpart Volodymyr Zelensky.')).toEqual([
      'Putin',
      'Volodymyr Zelensky',
    ]);
    expect(mentionTexts('President Volodymyr Zelensky of Ukraine spoke to Russia.')).toEqual([
      'Volodymyr Zelensky',
      'Russia',
    ]);
  });

  it('does not take another person of the same family name for the known one', () => {
    expect(mentions('Olena Zelenska visited the hospital.')).toEqual([]);
  });

  it('takes a surname alone after an office that names a person for a name of one word', () => {
    expect(
      speakers(
        '“We have significant losses,” Kremlin spokesman Peskov said.',
        '“It is a tragedy,” Peskov added.',
      ),
    ).toEqual([
      { text: 'We have significant losses,', speaker: 'named Peskov' },
      { text: 'It is a tragedy,', speaker: 'named Peskov' },
    ]);
    // Not after a nationality, nor before a word that makes it a body.
    expect(speakers('Turkish Anadolu agency reported that “talks” resumed.')).toEqual([
      { text: 'talks', speaker: 'unknown' },
    ]);
  });

  it('names no new person for a name too near a known one to be someone else, too far to be sure', () => {
    // Copy that ran two words together: the known person's first name, and a surname theirs opens.
    expect(
      speakers('“We did not achieve the result,” Mikhail Podolyakkata said.', '“We will go on,” he added.'),
    ).toEqual([
      { text: 'We did not achieve the result,', speaker: 'unknown' },
      { text: 'We will go on,', speaker: 'unknown' },
    ]);
    // A surname too short to be taken as misspelt alone, one edit off, after the known person's first name.
    expect(
      speakers(
        'Turkey is ready to host talks again, Ibrahim Kalyn said.',
        '“We remain a mediator,” Kalyn said.',
      ),
    ).toEqual([{ text: 'We remain a mediator,', speaker: 'unknown' }]);
    // Another first name is another person, however near the surname.
    expect(speakers('“We will go on,” Olena Zelenskaya said.')).toEqual([
      { text: 'We will go on,', speaker: 'named Olena Zelenskaya' },
    ]);
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
    // A secretary of state too, with the country by any short name.
    expect(speakers('“We see no seriousness,” the top U.S. diplomat said.')).toEqual([
      { text: 'We see no seriousness,', speaker: 'person antony-blinken' },
    ]);
    // The side by its capital, as translated copy has it.
    expect(speakers('According to the head of diplomacy in Moscow, Zelensky “hopes for NATO”.')).toEqual([
      { text: 'hopes for NATO', speaker: 'person sergey-lavrov' },
    ]);
  });

  it('does not resolve a role many could hold to a person the article has not named', () => {
    expect(speakers('“We are ready,” the Ukrainian negotiator said.')).not.toEqual([
      { text: 'We are ready,', speaker: 'person mykhailo-podolyak' },
    ]);
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
    // A speech verb after the opening gives the words quoted right after it to its own subject; words quoted
    // inside the clause it reports are the source's, who reports them.
    expect(speakers('According to Kuleba, Lavrov said “we are ready”.')[0]?.speaker).toBe(
      'person sergey-lavrov',
    );
    expect(
      speakers('According to Kuleba, Lavrov has said more than once that Russia is “ready for talks”.')[0]
        ?.speaker,
    ).toBe('person dmytro-kuleba');
    // A document is its author's words: the one party or person the opening names in it.
    expect(
      speakers(
        'According to a statement the Kremlin put out, Putin shared his views of the “progress of the operation”.',
      )[0]?.speaker,
    ).toBe('party russia');
    expect(
      speakers('According to a statement by Zelensky and Putin, the talks were “useful”.')[0]?.speaker,
    ).toBe('unknown');
    // A verb in the passive with no agent names no other speaker: the source reports what was asked.
    expect(
      speakers('According to the Russian side, Kiev was asked to carry out “denazification”.')[0]?.speaker,
    ).toBe('party russia');
    // With its agent, the words may be the agent's: no one.
    expect(
      speakers('According to Kuleba, Kiev was asked by Washington to accept “neutrality”.')[0]?.speaker,
    ).toBe('unknown');
  });
});

describe('someone quoted in the passive', () => {
  it('is the one before “was quoted (by …) as saying”, not the agency after “by”', () => {
    expect(
      speakers(
        '“Neutral status is one of the main points,” Vladimir Medinsky was quoted by Russian news agencies as saying.',
      ),
    ).toEqual([{ text: 'Neutral status is one of the main points,', speaker: 'person vladimir-medinsky' }]);
    expect(speakers('Medinsky was quoted by TASS as saying the talks were “useful”.')).toEqual([
      { text: 'useful', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('is the one before a description set off by commas, not the agency nor a name in the description', () => {
    expect(
      speakers(
        '“Today the negotiation process was suspended,” Mykhailo Podolyak, a member of the Ukrainian delegation, was quoted by the Interfax-Ukraine news agency as saying.',
        'All the same, he expressed confidence that the talks would start again, stressing that “every war ends at the negotiating table.”',
      ).map(({ speaker }) => speaker),
    ).toEqual(['person mykhailo-podolyak', 'person mykhailo-podolyak']);
    expect(
      speakers('“We are ready,” Podolyak, an adviser to Zelensky, was quoted by Reuters as saying.')[0]
        ?.speaker,
    ).toBe('person mykhailo-podolyak');
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

  it('gives them to the one a medium “quoted” when the clause ends with them, not to the medium', () => {
    expect(speakers('“Let them choose a target,” Al Jazeera quoted Vladimir Putin.')).toEqual([
      { text: 'Let them choose a target,', speaker: 'person vladimir-putin' },
    ]);
    expect(speakers('Al Jazeera quoted Vladimir Putin: “We are ready.”')).toEqual([
      { text: 'We are ready.', speaker: 'person vladimir-putin' },
    ]);
    // "quoted as saying by" names the agency after "by", which is no one quoted.
    expect(speakers('“We are ready,” Sergey Lavrov was quoted as saying by the TASS news agency.')).toEqual([
      { text: 'We are ready,', speaker: 'person sergey-lavrov' },
    ]);
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

describe('descriptions of unnamed people, and the names they describe', () => {
  it('reads “an aide to Macron”, “a member of the delegation” as unnamed sources', () => {
    expect(speakers('“The worst is yet to come,” an aide to Macron said.')).toEqual([
      { text: 'The worst is yet to come,', speaker: 'unnamed an aide to Macron' },
    ]);
    expect(speakers('“We are close,” a member of the Ukrainian delegation said.')).toEqual([
      { text: 'We are close,', speaker: 'unnamed a member of the Ukrainian delegation' },
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

describe('a sentence opened by someone the compiler cannot name', () => {
  it('makes “he” after it abstain, not refer to a known person the sentence names as object or owner', () => {
    for (const sentence of [
      'Guterres spoke to Zelensky by phone. “The UN stands ready to help,” he said afterwards.',
      'Shoigu met Putin. “The first phase is complete,” he told him.',
      'Yermak, Zelensky’s chief of staff, spoke after the call. “We are not giving up anything,” he said.',
    ])
      expect(speakers(sentence)[0]?.speaker, sentence).toBe('unknown');
  });

  it('takes a capitalised title it cannot resolve for someone unknown: “The UN Secretary-General thanked …”', () => {
    expect(
      speakers(
        'The UN Secretary-General thanked President Erdogan and his government for the help that led to the agreement.',
        'He commended the Russian and Ukrainian officials.',
        '“The question has not been what was good for the individual sides,” he said.',
      )[0]?.speaker,
    ).toBe('unknown');
  });

  it('makes “he” later in that sentence abstain, not refer to the person who spoke before', () => {
    expect(
      speakers(
        'Italian Cardinal Pietro Parolin said on Sunday that the Vatican was “ready” to help.',
        'On Sunday, March 6, Patriarch Bartholomew acknowledged that the church would do all it can to stop what he has described as the “massacre” in Ukraine.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['named Pietro Parolin', 'unknown']);
    // An object pronoun is whom the subject speaks of: the agency quotes him.
    expect(
      speakers(
        'Belarusian President Alexander Lukashenko spoke of the talks on Tuesday.',
        '“It was a difficult conversation,” BelTA quoted him as saying.',
      )[0]?.speaker,
    ).toBe('person alexander-lukashenko');
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

  it('gives the participle that verb’s subject also after “after” or “while”', () => {
    expect(
      speakers(
        'Moscow has said it has suspended for an indefinite time its part in a July deal to ship grain out of war-torn Ukraine, after accusing Kyiv of a “massive” attack on its fleet.',
      ),
    ).toEqual([{ text: 'massive', speaker: 'party russia' }]);
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

describe('names in quotes: books, hashtags, documents', () => {
  it('gives a book’s title, a hashtag or a document’s name to nobody, and the quote after to the speaker', () => {
    expect(
      speakers(
        'Medinsky, who wrote the textbook “History of Russia”, said: “We are close.”',
        'Podolyak wrote on Twitter, under the hashtag “#StopRussia”: “Enough.”',
        'The “Istanbul Communique” envisaged a neutral Ukraine, Arakhamia said.',
      ),
    ).toEqual([
      { text: 'History of Russia', speaker: 'nobody' },
      { text: 'We are close.', speaker: 'person vladimir-medinsky' },
      { text: '#StopRussia', speaker: 'nobody' },
      { text: 'Enough.', speaker: 'person mykhailo-podolyak' },
      { text: 'Istanbul Communique', speaker: 'nobody' },
    ]);
  });

  it('gives a name after the kind of body or medium it names to nobody: “his social network “Truth Social””', () => {
    expect(
      speakers(
        '“I think we made a lot of progress,” Trump wrote on his social network “Truth Social” after the call.',
        'Marta Lind, who heads the investment fund “Horizon Capital”, said the firm would “stay in Ukraine”.',
      ).map((quote) => quote.speaker),
    ).toEqual(['named Trump', 'nobody', 'nobody', 'named Marta Lind']);
  });

  it('gives a treaty’s article by number, or a name before “summit”, to nobody', () => {
    expect(
      speakers(
        'Ukrainian negotiators said Kyiv would have its security guaranteed on terms like those of “Article 5”, NATO’s defence clause.',
        'Macron announced the step after the “Coalition of the Willing” summit in Paris.',
      ),
    ).toEqual([
      { text: 'Article 5', speaker: 'nobody' },
      { text: 'Coalition of the Willing', speaker: 'nobody' },
    ]);
  });

  it('gives the name of a daily, a weekly or a broadcaster to nobody', () => {
    expect(
      speakers(
        'Di Maio also put forward a peace plan, whose contents, revealed in advance by the daily “La Repubblica”, were afterwards confirmed.',
      ),
    ).toEqual([{ text: 'La Repubblica', speaker: 'nobody' }]);
    // The kind of medium after its name, too: "“The Economist” weekly".
    expect(
      speakers(
        'Valery Zaluzhny conceded in an interview with “The Economist” weekly that the front is at an impasse.',
      ),
    ).toEqual([{ text: 'The Economist', speaker: 'nobody' }]);
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

  it('gives a state’s press service or press office the state’s words, also spelt with a hyphen', () => {
    for (const sentence of [
      '“It was stressed that the talks go on,” the Russian presidential press-service said in a statement.',
      'The Kremlin’s press service said “the French side expressed concern”.',
      '“It was stressed that the talks go on,” the Kremlin press office said.',
    ])
      expect(speakers(sentence)[0]?.speaker, sentence).toBe('party russia');
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
  it('gives “said Umerov, standing next to Arakhamia” to Umerov, never to the one named after', () => {
    expect(
      speakers(
        '“We have handed over our proposals,” said Umerov, standing next to Arakhamia.',
        '“The president is ready,” said Yermak after talking to Zelensky.',
        '“We are ready,” said Kremlin spokesman Dmitry Peskov.',
      ),
    ).toEqual([
      { text: 'We have handed over our proposals,', speaker: 'named Umerov' },
      { text: 'The president is ready,', speaker: 'named Yermak' },
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

describe('a description the article gave a person it named, paragraphs before', () => {
  it('is that person, no unnamed source of its own', () => {
    expect(
      speakers(
        'Chinese Foreign Ministry spokesperson Wang Wenbin said on Tuesday that China welcomed the talks.\n\n' +
          'Wang said China was willing to continue to play a constructive role.\n\n' +
          '“We hope the two sides will keep up the momentum of talks,” the spokesperson said.',
      ).at(-1)?.speaker,
    ).toBe('named Wang Wenbin');
  });

  it('leaves “the official”, a word for many, to no one: neither that person nor a source of its own', () => {
    expect(
      speakers(
        'Senior US official Jake Sullivan spoke on Monday.\n\nThe talks went on.\n\n“It is early,” the official said.',
      ).at(-1)?.speaker,
    ).toBe('unknown');
  });

  it('is that person by another wording of the office (“presidential”, “press secretary”), not the superior named in it', () => {
    expect(
      speakers(
        'Talks on Kyiv’s terms are unrealistic, Kremlin spokesman Dmitry Peskov said.',
        '“It is absolutely unrealistic,” the Russian presidential spokesman said at a briefing.',
      ).at(-1)?.speaker,
    ).toBe('named Dmitry Peskov');
    // Putin is the press secretary's superior, no spokesman himself.
    expect(
      speakers(
        'A truce is not on the agenda, the press secretary of Russian President Vladimir Putin, Dmitry Peskov, said.',
        '“No proposals have been received,” the spokesman said.',
      ).at(-1)?.speaker,
    ).toBe('named Dmitry Peskov');
    expect(
      speakers(
        'A truce is not on the agenda, the press secretary of Russian President Vladimir Putin, Dmitry Peskov, said.',
        '“No proposals have been received,” the Kremlin spokesman said.',
      ).at(-1)?.speaker,
    ).toBe('unknown');
  });
});

describe('“he” after one unnamed source', () => {
  it('refers back to the source, as to a person', () => {
    expect(
      speakers('A Ukrainian negotiator said the Russians had softened. “They listened,” he said.').at(-1)
        ?.speaker,
    ).toBe('unnamed A Ukrainian negotiator');
    expect(
      speakers('One senior official said the draft was weak. “It is weak,” he added.').at(-1)?.speaker,
    ).toBe('unnamed One senior official');
  });

  it('not to a group of sources, nor to a description that names its person', () => {
    expect(
      speakers('Two US officials said the draft was weak. “It is weak,” he added.').at(-1)?.speaker,
    ).toBe('unknown');
    expect(
      speakers(
        'Nothing stands in the way of talks, said a spokesman for the President of Russia Dmytry Peskov.\n\n“It is a neutral status,” he said.',
      ).at(-1)?.speaker,
    ).not.toMatch(/^unnamed/u);
  });
});

describe('a sentence opened by “In X’s words,” or “In the words of X,”', () => {
  it('is X’s account, as “According to X,” is', () => {
    expect(
      speakers(
        'In Kuleba’s words, the talks were “a test”.',
        'In the words of Medinsky, the talks were “a step”.',
      ),
    ).toEqual([
      { text: 'a test', speaker: 'person dmytro-kuleba' },
      { text: 'a step', speaker: 'person vladimir-medinsky' },
    ]);
  });

  it('and so is a sentence opened by whose view it is: “In X’s view,”, “In the opinion of X,”', () => {
    expect(
      speakers(
        'In Kuleba’s view, Russia is “not ready” for talks.',
        'In the opinion of Medinsky, the talks were “a step”.',
        'Zelensky met Erdogan on Friday. In his view, a meeting with Putin “will definitely unblock relations”.',
      ),
    ).toEqual([
      { text: 'not ready', speaker: 'person dmytro-kuleba' },
      { text: 'a step', speaker: 'person vladimir-medinsky' },
      { text: 'will definitely unblock relations', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('a sentence opened by “According to X’s claims,” or another noun for X’s own words', () => {
  it('is X’s account, the words quoted inside it too; X’s spokesman or office is not X', () => {
    expect(
      speakers(
        'According to Erdogan’s claims, Putin had told him that Russia wanted to end the war “as soon as possible.”',
        'According to Erdogan’s spokesman, the talks were “useful”.',
      ),
    ).toEqual([
      { text: 'as soon as possible.', speaker: 'person recep-tayyip-erdogan' },
      { text: 'useful', speaker: 'unknown' },
    ]);
  });
});

describe('an office with a rank and its own word (“the deputy foreign minister”)', () => {
  it('refers back to the person named with that office, and to no one named with the office alone', () => {
    expect(
      speakers(
        'Deputy Foreign Minister Sergey Ryabkov said the talks would be hard.',
        '“This is precisely the purpose of our work,” the deputy foreign minister stressed.',
      ),
    ).toEqual([{ text: 'This is precisely the purpose of our work,', speaker: 'named Sergey Ryabkov' }]);
    expect(
      speakers(
        'Foreign Minister Sergey Lavrov said the talks would be hard.',
        '“This is precisely the purpose of our work,” the deputy foreign minister stressed.',
      ),
    ).toEqual([{ text: 'This is precisely the purpose of our work,', speaker: 'unknown' }]);
  });
});

describe('an academic title before a surname (“Professor Pillay”)', () => {
  it('is no part of the name: the person the article named in full', () => {
    expect(
      speakers(
        'Jerry Pillay, the general secretary of the World Council of Churches, visited Moscow.',
        '“We need one voice,” Professor Pillay said.',
      ),
    ).toEqual([{ text: 'We need one voice,', speaker: 'named Jerry Pillay' }]);
  });
});

describe('a sentence opened by “In X’s account,” (or assessment), as “In X’s words,” is', () => {
  it('is X’s account, the words quoted in it X’s', () => {
    expect(
      speakers(
        'In Lavrov’s account, Russia regrets that its partners did not show “a firm position” in the talks.',
        'In Kuleba’s assessment, the talks were “useful”.',
      ),
    ).toEqual([
      { text: 'a firm position', speaker: 'person sergey-lavrov' },
      { text: 'useful', speaker: 'person dmytro-kuleba' },
    ]);
  });
});

describe('the remark nearest a quote, of two a sentence gives owners', () => {
  it('owns the words its “that” clause quotes (“Lavrov’s remarks come after Zelenskyy’s statement that …”)', () => {
    expect(
      speakers(
        'Lavrov’s remarks come after Zelenskyy’s statement that he is ready to bring peace “without delay.”',
      ),
    ).toEqual([{ text: 'without delay.', speaker: 'person volodymyr-zelensky' }]);
  });
});

describe('“the spokesman” after a person the knowledge gives that office', () => {
  it('is that person, described so by the article or not', () => {
    expect(
      speakers(
        'Kalin said a Putin-Zelensky meeting was not ruled out. “It is possible,” the spokesman said.',
      )[0]?.speaker,
    ).toBe('person ibrahim-kalin');
  });

  it('is nobody the compiler names when no one named lately holds it', () => {
    expect(speakers('Lavrov met Kuleba. “It is possible,” the spokesman said.')[0]?.speaker).toBe('unknown');
  });
});

describe('a paragraph a house label opens (“Details:”)', () => {
  it('reads its sentence as if the label were not there', () => {
    expect(
      speakers(
        'Details: According to Blinken, for Russia to begin talks, “there has to be a profound change”.',
      ),
    ).toEqual([{ text: 'there has to be a profound change', speaker: 'person antony-blinken' }]);
  });
});

describe('a side’s chief negotiator', () => {
  it('is the head of its delegation by the knowledge, in the words copy uses', () => {
    for (const role of [
      'the Russian chief negotiator',
      'Russia’s top negotiator',
      'Moscow’s lead negotiator',
      'the head of the Russian negotiating delegation with Kyiv',
    ])
      expect(speakers(`“We guarantee safety,” ${role} said.`)).toEqual([
        { text: 'We guarantee safety,', speaker: 'person vladimir-medinsky' },
      ]);
  });
  it('is no one where the knowledge gives that side no one head for every round', () => {
    expect(speakers('“We are close,” Ukraine’s chief negotiator said.')).toEqual([
      { text: 'We are close,', speaker: 'unknown' },
    ]);
  });
});

describe('sources placed where they are', () => {
  it('“Sources in Ankara said” is an unnamed source, not the state', () => {
    expect(speakers('Sources in Ankara said the next round could be held “within two weeks”.')).toEqual([
      { text: 'within two weeks', speaker: 'unnamed Sources in Ankara' },
    ]);
  });

  it('reads sources that “say” in the present as a source, not as the side an adjective in their description names', () => {
    expect(
      speakers(
        'Sources in the Russian Orthodox Church say a meeting is possible “if such a desire is expressed”.',
      ),
    ).toEqual([
      { text: 'if such a desire is expressed', speaker: 'unnamed Sources in the Russian Orthodox Church' },
    ]);
    // An infinitive is no verb of the description's own: these officials say nothing here.
    expect(
      speakers('Officials who wanted to say more declined. Dmitry Peskov said it was “premature”.'),
    ).toEqual([{ text: 'premature', speaker: 'named Dmitry Peskov' }]);
  });
});

describe('a quote that goes on after words whose speaker was uncertain', () => {
  it('goes on with no earlier speaker, and is abstained on', () => {
    expect(
      speakers(
        'Sources in Ankara said the next round could be held “within two weeks”, while a Russian official contacted by the agency said any date was “premature”.',
        '“Nothing is agreed until everything is agreed”.',
      ),
    ).toEqual([
      { text: 'within two weeks', speaker: 'unnamed Sources in Ankara' },
      { text: 'premature', speaker: 'unknown' },
      { text: 'Nothing is agreed until everything is agreed', speaker: 'unknown' },
    ]);
  });
});

describe('the first word of a name of two the knowledge lacks', () => {
  it('refers back to it, as names with the family name first are written', () => {
    expect(
      speakers(
        'Chinese Foreign Ministry spokesperson Wang Wenbin said on Monday that China “welcomes all efforts”.',
        'Wang said the Chinese side supports both to “continue the peace talks”.',
      ).at(-1),
    ).toEqual({ text: 'continue the peace talks', speaker: 'named Wang Wenbin' });
  });
  it('not where two names share it', () => {
    expect(speakers('Wang Wenbin and Wang Yi spoke.', 'Wang said it was “good”.')).toEqual([
      { text: 'good', speaker: 'unknown' },
    ]);
  });
});

describe('a state’s seat of government speaking for it', () => {
  it('gives “the White House said” to the United States, as the Kremlin’s words are Russia’s', () => {
    expect(
      speakers('The White House said in a statement that the two had discussed “additional capabilities”.'),
    ).toEqual([{ text: 'additional capabilities', speaker: 'party united-states' }]);
  });
});

describe('a trade before the name of a person the knowledge lacks', () => {
  it('is a title, cut off the name: “Host Chuck Todd”, “Israeli journalist Barak Ravid”', () => {
    expect(speakers('“It begs the question,” Host Chuck Todd said.')).toEqual([
      { text: 'It begs the question,', speaker: 'named Chuck Todd' },
    ]);
    expect(mentionTexts('Israeli journalist Barak Ravid said Russia was ready.')).toEqual([
      'Israeli',
      'Russia',
    ]);
  });
});

describe('a source the next paragraph names (delayed identification)', () => {
  it('gives the described speaker’s words to the person the next paragraph opens by naming', () => {
    expect(
      speakers(
        'Moscow would stop “at once” if Kyiv met its terms, a Kremlin spokesman said on Monday.',
        'Dmitry Peskov said the conditions had been passed on.',
      ),
    ).toEqual([{ text: 'at once', speaker: 'named Dmitry Peskov' }]);
  });

  it('also where the next paragraph names them after a quote, and for a later “the official”', () => {
    expect(
      speakers(
        'A senior Turkish official said the leaders were “not close enough” to meet.',
        '“There will be a meeting at some point,” Ibrahim Kalin said in an interview.',
        'The Turkish official said Ankara would “keep trying”.',
      ),
    ).toEqual([
      { text: 'not close enough', speaker: 'person ibrahim-kalin' },
      { text: 'There will be a meeting at some point,', speaker: 'person ibrahim-kalin' },
      { text: 'keep trying', speaker: 'person ibrahim-kalin' },
    ]);
  });

  it('not when the description names no side: “a negotiator” could be anyone at the table', () => {
    expect(
      speakers(
        'The next round will come in “the very near future,” a negotiator said.',
        '“It is too early to speak of results,” Vladimir Medinsky said.',
      )[0],
    ).toEqual({ text: 'the very near future,', speaker: 'unnamed a negotiator' });
  });

  it('not when the person named is of another side, or holds another kind of office', () => {
    expect(
      speakers(
        'Kyiv is “open” to a neutral status, a Kremlin spokesman said.',
        'Volodymyr Zelensky said Ukraine would not give up land.',
      )[0],
    ).toEqual({ text: 'open', speaker: 'unnamed a Kremlin spokesman' });
    expect(
      speakers(
        'The talks were “useful”, a senior Russian official said.',
        'Vladimir Putin said the operation would go on.',
      )[0],
    ).toEqual({ text: 'useful', speaker: 'unnamed a senior Russian official' });
  });

  it('not when the person was named before the description, nor a source kept anonymous on purpose', () => {
    expect(
      speakers(
        'Mykhailo Podolyak spoke to the press. The talks were “hard”, one of the negotiators for Ukraine said.',
        'Podolyak said the delegations would meet again.',
      )[0],
    ).toEqual({ text: 'hard', speaker: 'unnamed one of the negotiators for Ukraine' });
    expect(
      speakers(
        'The talks were “hard”, a Ukrainian official said, speaking on condition of anonymity.',
        'Mykhailo Podolyak said the delegations would meet again.',
      )[0],
    ).toEqual({ text: 'hard', speaker: 'unnamed a Ukrainian official' });
  });
});

describe('an apposition after a name', () => {
  it('is that person, no unnamed source, where a relative clause speaks for them', () => {
    expect(
      speakers(
        'He was echoed by Leonid Slutsky, a member of the Russian delegation, who stressed that the sides had found “important points”.',
      ),
    ).toEqual([{ text: 'important points', speaker: 'named Leonid Slutsky' }]);
  });

  it('and a description with the name set off after it, a title between, is the named person', () => {
    expect(
      speakers(
        'Another Russian negotiator, the nationalist lawmaker Leonid Slutsky, said the deals will be “implemented soon.”',
      ),
    ).toEqual([{ text: 'implemented soon.', speaker: 'named Leonid Slutsky' }]);
  });

  it('however long, two descriptions joined by “and”', () => {
    expect(
      speakers(
        'He was echoed by Leonid Slutsky, a member of the Russian delegation and the head of the Duma’s committee on foreign affairs, who stressed that the sides had found “important points”.',
      ),
    ).toEqual([{ text: 'important points', speaker: 'named Leonid Slutsky' }]);
  });
});

describe('a name and a colon that open a line', () => {
  it('are a dateline, not the speaker, where a speech verb after the quote says whose it is', () => {
    expect(
      speakers('Moscow: An agreement on “neutral status” could be near, Russia’s foreign minister has said.'),
    ).toEqual([{ text: 'neutral status', speaker: 'person sergey-lavrov' }]);
  });

  it('end the clause before it: the verb after the colon has its subject after it, not the place', () => {
    expect(
      speakers(
        'New Delhi: Ukraine on Wednesday said it was prepared to hold a “special round” of negotiations.',
      ),
    ).toEqual([{ text: 'special round', speaker: 'party ukraine' }]);
    expect(
      speakers(
        'Antalya: Foreign Minister Dmytro Kuleba told reporters that there was “no progress” on a ceasefire.',
      ),
    ).toEqual([{ text: 'no progress', speaker: 'person dmytro-kuleba' }]);
  });
});

describe('an adverb that opens the sentence before a source', () => {
  it('is no name the source describes: “Meanwhile, a Russian negotiator told AFP”', () => {
    expect(speakers('Meanwhile, a Russian negotiator told AFP that the talks were “useful”.')).toEqual([
      { text: 'useful', speaker: 'unnamed a Russian negotiator' },
    ]);
  });
});

describe('a medium’s name in quotes', () => {
  it('is nobody’s words, before “TV channel” or after “the correspondent of”', () => {
    expect(
      speakers(
        'Sergei Lavrov said this in an interview with “Russia 24” TV channel, and the talks were “difficult”.',
      ),
    ).toEqual([
      { text: 'Russia 24', speaker: 'nobody' },
      { text: 'difficult', speaker: 'person sergey-lavrov' },
    ]);
    expect(
      speakers('The correspondent of “Sky News Arabia” quoted Sergei Lavrov as saying: “We are ready.”'),
    ).toEqual([
      { text: 'Sky News Arabia', speaker: 'nobody' },
      { text: 'We are ready.', speaker: 'person sergey-lavrov' },
    ]);
    // A medium by its name, right before what it does: "“Liga” cites the interview …".
    expect(
      speakers(
        'The talks could take three days, “Liga” cites the interview Mykhailo Podolyak gave to a Polish site.',
      ),
    ).toEqual([{ text: 'Liga', speaker: 'nobody' }]);
  });

  it('is a channel after “on”: not the one whose participle follows', () => {
    expect(
      speakers(
        'Putin gave an address on national TV asserting that his “special military operation” was going to plan.',
      ),
    ).toEqual([{ text: 'special military operation', speaker: 'person vladimir-putin' }]);
  });
});

describe('“according to” a description its owner names', () => {
  it('gives the words to no one the compiler names, never to the owner: “according to Erdogan’s spokesman”', () => {
    expect(speakers('The demands are “unacceptable”, according to Erdogan’s spokesman.')).toEqual([
      { text: 'unacceptable', speaker: 'unknown' },
    ]);
    expect(speakers('According to Recep Tayyip Erdogan, the demands are “unacceptable”.')).toEqual([
      { text: 'unacceptable', speaker: 'person recep-tayyip-erdogan' },
    ]);
  });
});

describe('“In his words,” opening a sentence', () => {
  it('is the account of the person “he” means, as “According to him,” is', () => {
    expect(
      speakers(
        'Mykhailo Podolyak said: “The second round of talks is over.”',
        'In his words, the process will cover places “with the most intensive fighting”.',
      ),
    ).toEqual([
      { text: 'The second round of talks is over.', speaker: 'person mykhailo-podolyak' },
      { text: 'with the most intensive fighting', speaker: 'person mykhailo-podolyak' },
    ]);
  });
});

describe('a source named after “according to” inside a clause', () => {
  it('is a channel, the subject of no verb after it', () => {
    expect(
      speakers(
        'Leonid Slutsky also says according to the RIA news agency that both parties hope to arrive at a “common position”.',
      ),
    ).toEqual([{ text: 'common position', speaker: 'named Leonid Slutsky' }]);
  });
});

describe('a surname alone whose full name only the standfirst gives', () => {
  it('is that person by the standfirst’s name', () => {
    const article = compileMadeUpWithStandfirst(
      'This was stated by Belarus’ Foreign Minister Vladimir Makei after the talks ended.',
      'Mr. Makei added that technical questions caused the most trouble. “We have succeeded,” he explained.',
    );
    expect(article.paragraphs[0]?.quotes[0]?.speaker).toEqual({ type: 'named', name: 'Vladimir Makei' });
    expect(article.paragraphs[0]?.mentions.map((mention) => mention.text)).not.toContain('Vladimir Makei');
  });
});

describe('a surname alone whose full name only the headline gives', () => {
  const body = [
    'Security advisers from forty states met in Jeddah on Saturday.',
    'Doval told the meeting that India backs “dialogue and diplomacy” as the way forward.',
  ];
  it('is that person by the headline’s full name', () => {
    const article = compileMadeUpWithHeadline('Ajit Doval in Jeddah: talks the only road', ...body);
    expect(article.paragraphs[1]?.quotes[0]?.speaker).toEqual({ type: 'named', name: 'Ajit Doval' });
  });
  it('keeps the body’s fuller name, and takes no surname alone from the headline', () => {
    const leo = compileMadeUpWithHeadline(
      'Pope Leo after the meeting: the Holy See is ready',
      'Pope Leo XIV greeted journalists outside the villa.',
      'Leo XIV restated the offer: “We remain available.”',
    );
    expect(leo.paragraphs[1]?.quotes[0]?.speaker).toEqual({ type: 'named', name: 'Pope Leo XIV' });
    const xi = compileMadeUpWithHeadline(
      'Putin ready for talks after call with President Xi',
      'Putin spoke with Chinese leader Xi Jinping on Friday.',
      'Xi urged both sides to “resolve issues” through talks.',
    );
    expect(xi.paragraphs[1]?.quotes[0]?.speaker).toEqual({ type: 'named', name: 'Xi Jinping' });
  });
});

describe('lines of quotes after a line that names their source (Ukrainska Pravda’s house style)', () => {
  it('gives a “Quote:” line to the one the “Source:” line before it names', () => {
    expect(
      speakers(
        'The advisers agreed to meet again, the head of the Presidential Office reported.',
        'Source: Andrii Yermak, head of the Office of the President, as European Pravda writes',
        'Details: The advisers of many states met in Copenhagen.',
        'Quote: "The format of the consultations is a success."',
      ),
    ).toEqual([{ text: 'The format of the consultations is a success.', speaker: 'named Andrii Yermak' }]);
  });

  it('takes the one the line names, not the superior of their office: “the press secretary of the Russian president, Dmitry Peskov”', () => {
    expect(
      speakers(
        'Source: Russian Interfax, citing the press secretary of the Russian president, Dmitry Peskov',
        'Quote: "A negotiating process without Russia is senseless."',
      ),
    ).toEqual([
      { text: 'A negotiating process without Russia is senseless.', speaker: 'named Dmitry Peskov' },
    ]);
  });
});

describe('a source described by what they are close to', () => {
  it('ends its description before “as saying”', () => {
    expect(
      speakers(
        'A Bloomberg report cited two anonymous sources close to the Kremlin as saying that Putin had “put out feelers” to US officials.',
      ),
    ).toEqual([{ text: 'put out feelers', speaker: 'unnamed two anonymous sources close to the Kremlin' }]);
  });
});

describe('a US lawmaker’s party and state in brackets after the name (“Sen. Mike Rounds (R-S.D.)”)', () => {
  it('is no one’s name, and leaves the name before it the subject past an apposition', () => {
    expect(speakers('“I just heard about it,” Sen. Mike Rounds (R-S.D.) told reporters Wednesday.')).toEqual([
      { text: 'I just heard about it,', speaker: 'named Mike Rounds' },
    ]);
    expect(
      speakers(
        'President Donald Trump backed the plan.',
        '“I don’t know what this plan is,” Sen. Lindsey Graham (R-S.C.), a close Trump ally and hawkish backer of Kyiv, said during an event Wednesday.',
      ),
    ).toEqual([{ text: 'I don’t know what this plan is,', speaker: 'named Lindsey Graham' }]);
  });
});

describe('a sentence that ends by naming a person as its source (“…, according to its spokesman, Dmitry Peskov”)', () => {
  it('gives the words it gives a body to that person', () => {
    expect(
      speakers(
        'The Kremlin reacted sharply, stating that the attacks were “reducing the window of opportunity” for relations, according to its spokesman, Dmitry Peskov.',
      ),
    ).toEqual([{ text: 'reducing the window of opportunity', speaker: 'named Dmitry Peskov' }]);
  });
  it('leaves a person the words a person’s verb gives them', () => {
    expect(
      speakers(
        'Lavrov reacted sharply, stating that the attacks were “reducing the window of opportunity”, according to Interfax.',
      ),
    ).toEqual([{ text: 'reducing the window of opportunity', speaker: 'person sergey-lavrov' }]);
  });
});

describe('words quoted inside what an unnamed source reports another said', () => {
  it('are the source’s, as a named reporter’s are', () => {
    expect(
      speakers(
        'One European diplomat noted that Macron stated in January that “two-thirds” of intelligence is supplied by France.',
      ),
    ).toEqual([{ text: 'two-thirds', speaker: 'unnamed One European diplomat' }]);
  });
});

describe('a humanitarian body by name (“the Red Cross”)', () => {
  it('is no person, not even when the headline names it alone', () => {
    const article = compileMadeUpWithHeadline(
      'Red Cross says it never guaranteed the prisoners’ safety',
      'The International Committee of the Red Cross stated that it had given no guarantee.',
      '“We are ready for deployment in Olenivka,” the Red Cross added.',
    );
    expect(article.paragraphs[1]?.quotes[0]?.speaker).not.toEqual({ type: 'named', name: 'Red Cross' });
  });
});

describe('a weekday right after a name the knowledge lacks (“said Prime Minister Narendra Modi Thursday”)', () => {
  it('ends the name: the person speaks, the weekday is when', () => {
    expect(
      speakers('India is not “neutral” in the war, said Prime Minister Narendra Modi Thursday.'),
    ).toEqual([{ text: 'neutral', speaker: 'named Narendra Modi' }]);
    expect(speakers('Narendra Modi Thursday said India was “on the side of peace”.')).toEqual([
      { text: 'on the side of peace', speaker: 'named Narendra Modi' },
    ]);
  });
});

describe('a verb of saying inside a “what” clause (“Lavrov echoed what Rubio had said and told reporters”)', () => {
  it('is no subject of the sentence’s later verb: the sentence’s subject speaks', () => {
    expect(
      speakers(
        'US Secretary of State Marco Rubio met Lavrov in Riyadh.',
        'Lavrov echoed what Rubio had said and told reporters that “the conversation was very useful.”',
      ),
    ).toEqual([{ text: 'the conversation was very useful.', speaker: 'person sergey-lavrov' }]);
    expect(
      speakers(
        'US Secretary of State Marco Rubio met Lavrov in Riyadh.',
        'Lavrov agreed with what Rubio said, telling reporters that “the conversation was very useful.”',
      ),
    ).toEqual([{ text: 'the conversation was very useful.', speaker: 'person sergey-lavrov' }]);
  });
});

describe('the first word of a name of three the knowledge lacks (“Yoon said” after “Yoon Suk Yeol”)', () => {
  it('is the person, as a family name printed first; not when a state opens the words', () => {
    expect(
      speakers(
        'President Yoon Suk Yeol promised Ukraine support in a call with Zelensky, his office said.',
        '“We are proactively participating in the efforts,” Yoon said during the call.',
      ),
    ).toEqual([{ text: 'We are proactively participating in the efforts,', speaker: 'named Yoon Suk Yeol' }]);
    expect(
      speakers(
        'Saudi Foreign Minister Faisal bin Farhan spoke in Davos.',
        '“We are ready to mediate,” Faisal said.',
      ),
    ).toEqual([{ text: 'We are ready to mediate,', speaker: 'named Faisal bin Farhan' }]);
  });
});

describe('a portfolio after “for” in a title (“Minister for Reintegration Iryna Vereshchuk”)', () => {
  it('ends the title: the name after it speaks', () => {
    expect(speakers('Minister for Reintegration Iryna Vereshchuk said: “We demand a corridor.”')).toEqual([
      { text: 'We demand a corridor.', speaker: 'named Iryna Vereshchuk' },
    ]);
  });
});

describe('Malaysian titles before a given name (“Datuk Seri Ismail”)', () => {
  it('are no part of the name: the person the article named in full', () => {
    expect(
      speakers(
        'He spoke beside the visiting Malaysian Prime Minister Ismail Sabri Yaakob.',
        'Datuk Seri Ismail said: “The priority is safety.”',
      ),
    ).toEqual([{ text: 'The priority is safety.', speaker: 'named Ismail Sabri Yaakob' }]);
  });
});

describe('a federal government’s member by title (“Federal Councillor Ignazio Cassis”)', () => {
  it('is named without the title', () => {
    expect(
      speakers('Federal Councillor Ignazio Cassis told a news conference: “We must end this war.”'),
    ).toEqual([{ text: 'We must end this war.', speaker: 'named Ignazio Cassis' }]);
  });
});

describe('a title the tagger keeps whole with its hyphen (“Vice-President JD Vance”)', () => {
  it('is no part of the name', () => {
    expect(speakers('Vice-President JD Vance said: “There is a new sheriff in town.”')).toEqual([
      { text: 'There is a new sheriff in town.', speaker: 'named JD Vance' },
    ]);
  });
});

describe('a surname alone whose particles open it (“von der Leyen told”)', () => {
  it('is named with its particles', () => {
    expect(speakers('“We have a plan,” von der Leyen said.')).toEqual([
      { text: 'We have a plan,', speaker: 'named von der Leyen' },
    ]);
  });
});

describe('a body the knowledge lacks, named with “the”', () => {
  it('is a source under its own name where it speaks right next to the quote', () => {
    expect(speakers('“The Pope prays for peace in Ukraine,” the Vatican said.')).toEqual([
      { text: 'The Pope prays for peace in Ukraine,', speaker: 'unnamed the Vatican' },
    ]);
    expect(
      speakers('The International Committee of the Red Cross said: “We registered hundreds of prisoners.”'),
    ).toEqual([
      {
        text: 'We registered hundreds of prisoners.',
        speaker: 'unnamed The International Committee of the Red Cross',
      },
    ]);
  });

  it('speaks after its verb too, right after the quote: “…,” said the ICRC', () => {
    expect(
      speakers(
        'The International Committee of the Red Cross (ICRC) says hundreds of prisoners have been registered.',
        '“The ICRC is not transporting prisoners,” said the ICRC.',
      ).at(-1)?.speaker,
    ).toBe('unnamed The International Committee of the Red Cross');
  });

  it('is the body the article named in full when it names it again shorter or by its initials', () => {
    expect(
      speakers(
        'Officials of the International Committee of the Red Cross visited the camp.',
        '“We are ready to go to Olenivka,” the Red Cross said.',
      ).at(-1)?.speaker,
    ).toBe('unnamed the International Committee of the Red Cross');
    expect(
      speakers(
        'The Atomic Energy Agency (AEA) inspected the plant on Friday.',
        '“We urge restraint,” the AEA said.',
      ).at(-1)?.speaker,
    ).toBe('unnamed The Atomic Energy Agency');
  });

  it('is what “it” and “the statement” next mean, as a party is; a medium is not', () => {
    expect(
      speakers(
        '“We registered the prisoners,” the International Committee of the Red Cross said.',
        '“We will visit them again,” it said.',
      ).at(-1)?.speaker,
    ).toBe('unnamed the International Committee of the Red Cross');
    expect(
      speakers(
        '“The Pope hopes for peace,” the Vatican said in a statement.',
        '“He prays for the people of Ukraine,” the statement said.',
      ).at(-1)?.speaker,
    ).toBe('unnamed the Vatican');
    // Media relay others' words: no statement of their own for "it" to go on with.
    expect(
      speakers(
        'Foreign media reported that the envoy “would travel soon”.',
        '“We note the desire of the Holy See,” it said.',
      ).at(-1)?.speaker,
    ).not.toBe('unnamed Foreign media');
  });

  it('is the party whose alias it shortens: “the Elysée” for “Elysée Palace”', () => {
    expect(speakers('“A summit is possible,” the Elysée said.')).toEqual([
      { text: 'A summit is possible,', speaker: 'party france' },
    ]);
  });

  it('is no one it only reports, an owner, a person’s title or a body of the knowledge', () => {
    // A medium that reports others' words in a clause of their own is not their speaker.
    expect(
      speakers(
        'The Washington Post reported that US officials had privately urged Kyiv to “signal an openness”.',
      ).at(-1)?.speaker,
    ).not.toBe('unnamed The Washington Post');
    expect(speakers('“We are here,” the Holy Father said.')[0]?.speaker).toBe('unknown');
    expect(speakers('“We are here,” the Secretary-General said.')[0]?.speaker).toBe('unknown');
    // A state's organ speaks for its state, which its name does not say.
    expect(
      speakers('“These claims are untrue,” the Center for Countering Disinformation said.')[0]?.speaker,
    ).toBe('unknown');
    expect(speakers('“It is over,” the Kremlin said.')[0]?.speaker).toBe('party russia');
    expect(speakers('Putin called the Bucha claims “fake”.')[0]?.speaker).not.toBe('unnamed the Bucha');
  });
});
