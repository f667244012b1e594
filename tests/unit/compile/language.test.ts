import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/compile/language';
import { findPersonNames } from '../../../src/lib/compile/person-names';
import { surnameOf } from '../../../src/lib/compile/text';

describe('the language layer', () => {
  it('gives every token its offset in the paragraph, so spans can be cited', () => {
    const text = '“We are ready,” Fomin concluded.  He said talks would resume on Tuesday.';
    const { tokens, sentences } = analyse(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(sentences).toHaveLength(2);
    expect(tokens.find((token) => token.text === 'concluded')?.lemma).toBe('conclude');
  });

  it('keeps a name with letters beyond ASCII whole, as the paragraph prints it', () => {
    const text = '“Erdoğan reiterated his offer,” said İbrahim Kalın, next to Mevlüt Çavuşoğlu 𝐀.';
    const { tokens } = analyse(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const tagged = (word: string) => tokens.find((token) => token.text === word)?.pos;
    for (const name of ['Erdoğan', 'İbrahim', 'Kalın', 'Mevlüt', 'Çavuşoğlu'])
      expect(tagged(name)).toBe('PROPN');
    expect(tagged('reiterated')).toBe('VERB');
  });
});

describe('a possessive', () => {
  it('is its own token whatever the process read before (the model keeps a word it met before a comma whole)', () => {
    const words = (text: string) => analyse(text).tokens.map((token) => `${token.text}/${token.pos}`);
    expect(words('It is Ukraine’s, he said.')).toEqual([
      'It/PRON',
      'is/AUX',
      'Ukraine/PROPN',
      '’s/PART',
      ',/PUNCT',
      'he/PRON',
      'said/VERB',
      './PUNCT',
    ]);
    expect(words('Ukraine’s General Staff posted.').slice(0, 3)).toEqual([
      'Ukraine/PROPN',
      '’s/PART',
      'General/PROPN',
    ]);
    expect(words("Moscow's, then Moscow's envoy.").filter((word) => word.startsWith("'s"))).toEqual([
      "'s/PART",
      "'s/PART",
    ]);
  });
});

describe('sentences', () => {
  it('numbers each token by its sentence and gives each sentence the span of its tokens', () => {
    const text = '  Talks resumed on Monday.  Kuleba said “they went on”. U.S. officials said no.';
    const { tokens, sentences } = analyse(text);
    expect(sentences.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Talks resumed on Monday.',
      'Kuleba said “they went on”.',
      'U.S. officials said no.',
    ]);
    for (const [index, sentence] of sentences.entries()) {
      const own = tokens.filter((token) => token.sentence === index);
      expect(own[0]?.start).toBe(sentence.start);
      expect(own.at(-1)?.end).toBe(sentence.end);
    }
    expect(tokens.map((token) => token.sentence)).toEqual([...tokens.map((token) => token.sentence)].sort());
  });
});

describe('names of people the knowledge lacks', () => {
  const names = (text: string, claimed: { start: number; end: number }[] = []) =>
    findPersonNames(analyse(text).tokens, claimed).map((name) => name.name);

  it('keeps a surname the tagger reads as a verb: “Foreign Minister Baiba Braze told …”', () => {
    expect(names('“We are not seeing that,” Foreign Minister Baiba Braze told RFE/RL.')).toEqual([
      'Baiba Braze',
    ]);
    // A body's name is no one's, whatever its words are tagged.
    expect(names('The Holy See said it was ready to host talks.')).toEqual([]);
  });

  it('leaves the title out of the name', () => {
    expect(names('Russian Deputy Defence Minister Alexander Fomin said the army would pull back.')).toEqual([
      'Alexander Fomin',
    ]);
  });

  it('takes a name right after a word for a medium for the medium’s: “the Italian daily La Repubblica”', () => {
    expect(names('The Italian daily La Repubblica reported that Alexander Fomin met them.')).toEqual([
      'Alexander Fomin',
    ]);
  });

  it('leaves a title that ends in “Policy” out of the name', () => {
    expect(
      names('EU High Representative for Foreign Affairs and Security Policy Josep Borrell spoke.'),
    ).toEqual(['Josep Borrell']);
  });

  it('names a pope with the title, and with his regnal number: “Pope Leo XIV”', () => {
    expect(names('Pope Leo XIV said the war must end.')).toEqual(['Pope Leo XIV']);
    expect(names('Pope Francis said the war must end.')).toEqual(['Pope Francis']);
  });

  it('takes no feature of the map for a person: “a Black Sea ceasefire”, “the Dnipro River”', () => {
    expect(
      names('Besides a Black Sea ceasefire, Mike Waltz said, the teams would cross the Dnipro River.'),
    ).toEqual(['Mike Waltz']);
  });

  it('takes no region for a person (“the Middle East”, “Central Asia”), but a surname that is a direction', () => {
    expect(
      names(
        'As fighting in the Middle East and Central Asia spread, Anna Berg and Oliver North said little.',
      ),
    ).toEqual(['Anna Berg', 'Oliver North']);
  });

  it('takes no meeting, document or party member for a person: “the Shangri-La Dialogue”, “the South Carolina Republican”', () => {
    expect(
      names(
        'Prabowo Subianto spoke at the Shangri-La Dialogue on the Black Sea Grain Initiative and an Orthodox Christmas truce, and the South Carolina Republican told reporters.',
      ),
    ).toEqual(['Prabowo Subianto']);
  });

  it('takes a name before an apposition, and not the body the apposition names', () => {
    expect(
      names(
        'Leonid Slutsky, a senior member of the Russian negotiating team, told the state broadcaster RT that …',
      ),
    ).toEqual(['Leonid Slutsky']);
  });

  it('keeps initials run together in the name: “J.D. Vance”, like “Robert F. Kennedy”', () => {
    expect(names('Vice President J.D. Vance said Sunday that Russia had moved.')).toEqual(['J.D. Vance']);
  });

  it('ends a title at “Staff”: “Chief of Staff Andriy Yermak” names Andriy Yermak', () => {
    expect(names('Zelensky’s Chief of Staff Andriy Yermak praised the efforts.')).toEqual(['Andriy Yermak']);
  });

  it('does not take institutions for people', () => {
    expect(names('The Defence Ministry and the General Staff said the operation would continue.')).toEqual(
      [],
    );
    expect(names('The Communications Directorate and the Presidential Administration said so.')).toEqual([]);
  });

  it('skips the spans known entities claim', () => {
    const text = 'Vladimir Medinsky met David Arakhamia.';
    expect(names(text, [{ start: 0, end: 'Vladimir Medinsky'.length }])).toEqual(['David Arakhamia']);
  });

  it('finds the surname past a suffix or an initial', () => {
    expect(surnameOf('Sammy Davis Jr.')).toBe('Davis');
    expect(surnameOf('Robert F. Kennedy')).toBe('Kennedy');
  });
});
