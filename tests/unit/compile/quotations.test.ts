import { describe, expect, it } from 'vitest';
import {
  continuedParagraphs,
  findQuotations,
  withEnglishQuoteMarks,
} from '../../../src/lib/compile/quotations';
import { compileMadeUp, speakers } from '../../helpers/made-up-article';
import { splitSentences } from '../../../src/lib/compile/text';

const texts = (text: string) => findQuotations(text).map((quotation) => quotation.text);

describe('quotation marks', () => {
  it('pairs typographic and straight marks', () => {
    expect(texts('“We are ready,” he said, and "soon" too.')).toEqual(['We are ready,', 'soon']);
  });

  it('takes an opening mark before a comma or a lowercase word, with a quote open, for its closing mark', () => {
    expect(
      texts(
        '“The next round will be on the border, “said the adviser. “Talks have ended “, the delegation said.',
      ),
    ).toEqual(['The next round will be on the border, ', 'Talks have ended ']);
  });

  it('splits a quotation around an attribution set off by dashes inside its marks', () => {
    const text = 'Lavrov added: “We have no news – he said again – we were ready yesterday”.';
    const quotations = findQuotations(text);
    expect(quotations.map((quotation) => quotation.text)).toEqual([
      'We have no news',
      'we were ready yesterday',
    ]);
    // Each part is where it is printed, so that its words can be cited.
    for (const quotation of quotations)
      expect(text.slice(quotation.start, quotation.end)).toContain(quotation.text);
    expect(texts('“Our position – as the president said – is clear”')).toEqual([
      'Our position – as the president said – is clear',
    ]);
  });

  it('still opens a new quote after a closed one, and lets a quote run on', () => {
    expect(texts('He called it “difficult” and “unacceptable”. “We go on')).toEqual([
      'difficult',
      'unacceptable',
      'We go on',
    ]);
  });
});

describe('marks left out, doubled or printed the wrong way round', () => {
  it('closes at a mark after a word whose opening mark was left out: from the paragraph’s start, or the sentence after the last quote', () => {
    expect(
      texts('The talks are not progressing, and we note no desire to go on,” the spokesman told reporters.'),
    ).toEqual(['The talks are not progressing, and we note no desire to go on,']);
    expect(
      texts(
        '"A new text was submitted on Wednesday," the minister said today. The request is different," he said.',
      ),
    ).toEqual(['A new text was submitted on Wednesday,', 'The request is different,']);
    expect(texts('“It is not the time.” That would be a tragedy for all of us”.')).toEqual([
      'It is not the time.',
      'That would be a tragedy for all of us',
    ]);
  });

  it('gives a quote of two sentences whose opening mark was left out the speaker after its closing mark', () => {
    expect(
      speakers(
        'The main issue resolved today is the corridors. I think this is progress," Vladimir Medinsky said.',
      ),
    ).toEqual([
      {
        text: 'The main issue resolved today is the corridors. I think this is progress,',
        speaker: 'person vladimir-medinsky',
      },
    ]);
  });

  it('keeps a quote with a quote in single marks inside it, ending in a stop, one sentence for its speaker', () => {
    expect(
      speakers(
        '"You must remember that Zelensky kept saying: ‘Let’s meet, let’s meet again.’ They once again called for another meeting," Sergey Lavrov stressed.',
      ),
    ).toEqual([
      {
        text: 'You must remember that Zelensky kept saying: ‘Let’s meet, let’s meet again.’ They once again called for another meeting,',
        speaker: 'person sergey-lavrov',
      },
    ]);
  });

  it('takes no words with a verb of saying for a quote whose opening mark was left out', () => {
    expect(texts('The president said on Sunday that he is ready for negotiations” with Moscow.')).toEqual([]);
    expect(
      texts('The plan is with Kyiv, wrote the newspaper Novaya Gazeta. Europe” citing sources.'),
    ).toEqual([]);
  });

  it('opens the next quotation at a mark after a full stop inside an open one, its closing mark left out', () => {
    expect(
      texts('“I see no reason to stop the talks. “They change their minds every time,” he said.'),
    ).toEqual(['I see no reason to stop the talks.', 'They change their minds every time,']);
  });

  it('keeps a quotation inside a quotation, or a stray mark, in the quote', () => {
    expect(
      texts('“We are ready to hold a “special round” in Mariupol. Forever,“ the adviser wrote.'),
    ).toEqual(['We are ready to hold a “special round” in Mariupol. Forever,']);
    expect(texts('“Putin has made it clear. But “We will not consider a ceasefire,” he said.')).toEqual([
      'Putin has made it clear. But “We will not consider a ceasefire,',
    ]);
  });

  it('reads a doubled opening mark as one, and a closing mark after a space and before a word as an opening one', () => {
    expect(texts('The spokesman told journalists: “”I can confirm the mission,” he said.')).toEqual([
      'I can confirm the mission,',
    ]);
    expect(texts('The official said: ”At no point did he advise a deal.”')).toEqual([
      'At no point did he advise a deal.',
    ]);
    expect(texts('“It is clear that we will not enter, “Zelensky said yesterday.')).toEqual([
      'It is clear that we will not enter, ',
    ]);
  });
});

describe('low opening marks („…”, „…“)', () => {
  it('reads them as English marks, one character for one, so offsets stay the paragraph’s', () => {
    const text = 'He warned „it would be a world war” and asked for talks „without delay“, he said.';
    const english = withEnglishQuoteMarks(text);
    expect(english).toBe('He warned “it would be a world war” and asked for talks “without delay”, he said.');
    expect(english).toHaveLength(text.length);
    expect(
      findQuotations(english).map((quotation) => text.slice(quotation.start + 1, quotation.end - 1)),
    ).toEqual(['it would be a world war', 'without delay']);
  });

  it('gives a quotation opened low its speaker, as one opened the English way', () => {
    expect(speakers('„We are ready to talk,” Volodymyr Zelensky said.')).toEqual([
      { text: 'We are ready to talk,', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('guillemets («…», »…«, “…»)', () => {
  it('reads them as English marks, whichever way they point, one character for one', () => {
    const text =
      'Nikolenko wrote: «It took less than 24 hours», and added »we call on the UN« and “act now».';
    const english = withEnglishQuoteMarks(text);
    expect(english).toBe(
      'Nikolenko wrote: “It took less than 24 hours”, and added “we call on the UN” and “act now”.',
    );
    expect(english).toHaveLength(text.length);
  });

  it('leaves guillemets inside a quotation in English marks as a quotation within it', () => {
    const text = 'He said: “We will not sign the «Istanbul communique» as it stands.”';
    expect(withEnglishQuoteMarks(text)).toBe(text);
    expect(findQuotations(withEnglishQuoteMarks(text)).map((quotation) => quotation.text)).toEqual([
      'We will not sign the «Istanbul communique» as it stands.',
    ]);
  });

  it('gives a quotation in guillemets its speaker', () => {
    expect(
      speakers('«We call on the UN and Turkey to act,» Ukrainian diplomat Oleh Nikolenko said.'),
    ).toEqual([{ text: 'We call on the UN and Turkey to act,', speaker: 'named Oleh Nikolenko' }]);
  });
});

describe('sentences around a question in quotes', () => {
  it('keeps the attribution after “?” or “!” in quotes in the same sentence, and splits otherwise', () => {
    expect(splitSentences('“Is this a negotiation?” Kuleba asked. Then he left.').map((s) => s.text)).toEqual(
      ['“Is this a negotiation?” Kuleba asked.', 'Then he left.'],
    );
    expect(splitSentences('“Is this a negotiation?” The talks went on.').map((s) => s.text)).toEqual([
      '“Is this a negotiation?”',
      'The talks went on.',
    ]);
  });
});

describe('an attribution after a question in quotes, with any verb of saying', () => {
  it('stays in the question’s sentence, a pronoun’s too, and gives the question its speaker', () => {
    expect(splitSentences('“Who will sit down?” he wondered. “Nobody.”').map((s) => s.text)).toEqual([
      '“Who will sit down?” he wondered.',
      '“Nobody.”',
    ]);
    expect(speakers('“Why can this war end quickly?” Volodymyr Zelensky explained.')).toEqual([
      { text: 'Why can this war end quickly?', speaker: 'person volodymyr-zelensky' },
    ]);
  });
});

describe('a quotation that goes on over paragraphs with no marks of their own', () => {
  it('carries an open quotation through unmarked paragraphs to the one whose first mark closes it', () => {
    const texts = [
      'According to Podoliak: "Online negotiations are ongoing…',
      'The structure of the negotiations really is complex…',
      'Political advisors are actively working in consultation mode."',
      'He did not say more.',
    ];
    expect(continuedParagraphs(texts)).toEqual([false, true, true, false]);
    expect(findQuotations(texts[2] ?? '', true).map((quote) => quote.text)).toEqual([
      'Political advisors are actively working in consultation mode.',
    ]);
  });

  it('also where the closing straight mark is followed by a stop: “… in Ukraine". According to …”', () => {
    const texts = [
      'He spoke to Hurriyet. "The first is neutrality.',
      'The second is disarmament in Ukraine". According to him, "progress has been made".',
    ];
    expect(continuedParagraphs(texts)).toEqual([false, true]);
    expect(findQuotations(texts[1] ?? '', true).map((quote) => quote.text)).toEqual([
      'The second is disarmament in Ukraine',
      'progress has been made',
    ]);
  });

  it('carries nothing when the run is not closed, or the next paragraph reopens with a mark', () => {
    expect(continuedParagraphs(['“We go on', 'The war went on.', 'Talks resumed.'])).toEqual([
      false,
      false,
      false,
    ]);
    expect(continuedParagraphs(['“We go on', '“And on,” he said.'])).toEqual([false, false]);
  });
});

describe('a quote’s words with low marks inside', () => {
  it('keep the marks the paragraph prints, so its citation matches verbatim', () => {
    const paragraph = '"We reject „Denazification“ as a demand," Volodymyr Zelensky said.';
    const quotes = compileMadeUp(paragraph).paragraphs[0]?.quotes ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(paragraph).toContain(quote.text);
  });
});
