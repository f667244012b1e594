/**
 * The words and shapes of attribution in news copy, for `attribution.ts`:
 * reporting verbs (fixed forms and lemmas), descriptions of unnamed sources
 * and media, the words that refer back to a person or a party, and the
 * patterns of a quote's clause (according to, quoted as saying, a subject
 * after its verb). Pure data and pure functions: what the attributor reads,
 * not how it decides.
 */
import { objectReadAsVerb, type Token } from './language';
import type { Quotation } from './quotations';
import { endingWith, endingWithPreposition } from './text';
import { OFFICE_WORDS } from './titles';
import { NATIONALITY_WORDS } from './countries';

/** The calendar's proper nouns, as a regular expression's alternatives. */
const CALENDAR_NAMES =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

/** Verbs that report speech, as a regular expression's alternatives (also read by round-links.ts). */
export const SPEECH_VERBS =
  'said|says|told|tells|added|adds|wrote|writes|explained|asked|warned|argued|noted|stated|insisted|acknowledged|recalled|declared|replied|responded|posted|tweeted|saying|calling|demanded|urged|described|describing|claimed|claims|claiming';
export const VERB_AFTER = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'gu');
/** A line that opens with a name and a colon, a bullet or a possessive before it: "• Pentagon's Kirby:". */
export const HEADLINE_NAME =
  /^[\s•·*–—-]*(?:\p{Lu}[\p{L}.-]*[’']s\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*:(?=\s)/u;

/** A sentence that says who said the one before: "This was announced by …", "These words were said by …". */
export const ANNOUNCED_BY =
  /^(?:This|That|It|These words|This statement)\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:announced|stated|said|reported|declared|written|noted|tweeted|posted)\s+(?:[^.;:“”"]{0,40}?\s+)?by\s+/u;

/**
 * A sentence whose subject says it said the one before: "Russian Foreign Minister Sergey Lavrov said so at a press
 * conference", "Kuleba stated this in an interview". Group 1 is the subject. "this" must end the clause or meet a
 * preposition: "said this week" and "said this was wrong" are no reference back.
 */
export const SAID_THIS =
  /^([^.;:“”"]{1,100}?)(?<=[\p{L}.’',)]\s*)\s(?:said|stated|announced|declared|wrote|reported|told\s+(?:reporters|journalists|the\s+press))\s+(?:so|this)(?=\s*[,.]|\s+(?:at|in|on|during|to|after|while|when|via|from|before|following|shortly)(?![\p{L}]))/u;

/** What stands before a noun, not a verb: a possessive or a determiner ("Russia's claims", "the claims"). */
export const NOUN_BEFORE = /(?:[’']s|(?<![\p{L}])(?:the|its|his|her|their|these|those|such|any|no))\s+$/iu;

/**
 * "the statement said", "according to the statement": a document as the subject of a speech verb or the source
 * "according to" names, referring back to who issued it.
 */
export const DOCUMENT_BACK_REFERENCE =
  /(?<![\p{L}])[Tt]he\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|communiqu[eé]|readout|read-out|press release)(?:(?=\s+(?:(?:also|then|later|further)\s+)?(?:said|says|read|reads|stated|states|added|adds|noted|stressed|continued)(?![\p{L}]))|(?<=(?<![\p{L}])[Aa]ccording\s+to\s+[Tt]he\s+(?:\p{L}+\s+)?\p{L}+)(?![\p{L}-]))/gu;
/**
 * "according to a Kremlin statement", "a statement from the Ukrainian Foreign Ministry", "in a Turkish readout": the
 * document named with its issuer, whom "the statement" next means. The issuer is the name inside the match.
 */
export const DOCUMENT_OF =
  /(?<![\p{L}])(?:(?:a|an|the|its)\s+(?:(?:\p{Lu}[\p{L}’'.-]*|joint|brief|written|official)\s+){1,4}(?:statement|communiqu[eé]|readout|read-out|press release)(?![\p{L}])|(?:a|an|the)\s+(?:statement|communiqu[eé]|readout|read-out|press release)\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,5})/gu;
/** "the Kremlin said in a statement", "Zelensky wrote in a readout": who said it, as one who issued the document. */
export const SAID_IN_DOCUMENT =
  /(?<![\p{L}])(?:said|says|stated|states|announced|announces|added|adds|noted|notes|wrote|writes)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|communiqu[eé]|readout|read-out|press release)(?![\p{L}])/u;
/** "Zelensky put out a statement", "The Kremlin issued a brief readout": who issued the document "the statement" next means. */
export const ISSUED_DOCUMENT =
  /(?<![\p{L}])(?:issued|released|put out|published|posted|made public|sent out|read out|circulated)\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|communiqu[eé]|readout|read-out|press release)(?![\p{L}])/u;

/**
 * Verbs that judge in the subject's words ("hailed the talks as “meaningful”", "dismissed the claims:
 * “…”"). They give the subject the words that follow them; words quoted before them are what is judged
 * ("“denazification”, a demand Kyiv has long dismissed"), not the subject's.
 */
const JUDGING_LEMMAS = [
  'hail',
  'brand',
  'label',
  'term',
  'slam',
  'denounce',
  'condemn',
  'decry',
  'laud',
  'blast',
  'characterise',
  'characterize',
  'praise',
  'dismiss',
];

/**
 * Verbs that report what someone said or wrote, by lemma, so that every
 * inflection counts ("concluded", "stresses", "emphasising"). A verb the
 * language layer tags with one of these lemmas attributes a quote as the
 * fixed forms of SPEECH_VERBS do.
 */
const REPORTING_LEMMAS = new Set(
  (
    'say tell add write explain ask warn argue note state continue insist acknowledge recall declare reply ' +
    'respond post tweet demand urge describe claim conclude stress emphasise emphasize announce express ' +
    'assure confirm reiterate underline underscore highlight comment suggest predict promise vow pledge admit ' +
    'report remark observe complain maintain caution indicate clarify inform accuse deny affirm repeat ' +
    'mention threaten hint specify proclaim quote cite hope call voice criticize criticise assert allege ' +
    'contend concede reaffirm disclose reveal lament retort answer boast restate reassert remind quip joke ' +
    'exclaim muse propose offer opine plead appeal implore assess signal deride thank welcome commend defend list ' +
    'shout yell liken recount ' +
    JUDGING_LEMMAS.join(' ')
  ).split(' '),
);
/** Phrasal reporting verbs: the lemma, then the particle that makes it one ("pointed out"). */
const REPORTING_PHRASES = new Map<string, readonly string[]>([
  ['point', ['out', 'to']],
  // "referred to the government as a “gang …”"
  ['refer', ['to']],
  // "Kuleba spoke of “deadlock”"
  ['speak', ['of']],
  // "As Zelensky put it, the talks are “not easy”"
  ['put', ['it']],
  // "Zelensky made clear that “territorial integrity” was …"
  ['make', ['clear', 'known']],
  // "Arakhamia agreed: “Yes, online.”" (not "agreed to talks")
  ['agree', [':']],
  // "He granted that “there are some difficulties …”": what one concedes, in one's words (not "granted asylum").
  ['grant', ['that']],
  // "Lukashenko gave assurances that “…”", "gave a warning: “…”"
  ['give', ['assurance', 'assurances', 'warning', 'pledge', 'promise']],
  // "Peskov ruled out a meeting until Kyiv had “done its homework”": what one rules out, on one's own terms.
  ['rule', ['out']],
]);
/**
 * Verbs and phrasal verbs that report speech only where they end an attribution or open a quote after a
 * colon ("“…,” he continued", "he went on: “…”", "Podolyak hit back: “…”", "“…,” Medinsky countered"): elsewhere
 * they are other verbs ("talks are continuing in a “…” format", "to counter Russia's “…”").
 */
// Verbs of a manner of speaking ("“…,” Podolyak scoffed"): speech only where they end an attribution.
const MANNER_LEMMAS = [
  'scoff',
  'sigh',
  'laugh',
  'chuckle',
  'snap',
  'fume',
  'gush',
  'enthuse',
  'marvel',
  'shrug',
];
// "“…,” Peskov charged" (accused); "charged with murder", "charged the battery" are other verbs.
const ENDING_LEMMAS = new Set(['continue', 'counter', 'charge', ...MANNER_LEMMAS]);
/**
 * The same, also only right after a person's name or pronoun: "what matters is that they are going on,
 * RIA quoted Peskov as saying" and "the talks went on." are not speech.
 */
const PERSON_ENDING_LEMMAS = new Set(['counter', 'charge', ...MANNER_LEMMAS]);
const PERSON_ENDING_PHRASES = new Map([
  ['go', 'on'],
  ['wonder', 'aloud'],
  ['hit', 'back'],
  ['fire', 'back'],
]);
/** Words after which a verb's bare form follows: "did point", "will say", "could add". */
const MODALS = new Set([
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
]);
/** Verbs that, with "aside", "off" or "away", reject what they take as the words after "as" call it. */
const PUSHING_ASIDE: ReadonlySet<string> = new Set(['brush', 'wave', 'shrug', 'laugh']);
/** Quotation marks, opening or closing. */
const QUOTE_MARK = /^[“”"]$/u;
/** Words of a subject between a closing quote and its verb: "“…,” Dmitry Peskov went on", "“…,” he continued". */
const SUBJECT_WORDS = new Set(['PROPN', 'PRON', 'DET', 'ADJ', 'NOUN']);
/**
 * The verb at `index`, followed by the token at `next`, ends its clause as an attribution does: at the
 * sentence's end or before a colon or dash, and before a comma only where a quotation follows the comma or
 * ends right before the verb and its subject ("“…,” he went on, “…”"). "As the talks went on, Putin
 * claimed …" and "As fighting continued, …" are no speech.
 */
function endsAttribution(tokens: readonly Token[], index: number, next: number): boolean {
  const token = tokens[next];
  if (token === undefined) return true;
  if (token.pos !== 'PUNCT') return false;
  if (token.text !== ',') return true;
  if (QUOTE_MARK.test(tokens[next + 1]?.text ?? '')) return true;
  let back = index - 1;
  while (back >= index - 4 && SUBJECT_WORDS.has(tokens[back]?.pos ?? '')) back -= 1;
  if (tokens[back]?.text === ',') back -= 1;
  return QUOTE_MARK.test(tokens[back]?.text ?? '');
}
/** The token is a person's name or "he"/"she", a subject that speaks. */
function isPersonSubject(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'PROPN' || /^(?:he|she)$/iu.test(token.text));
}

/** Offsets of the verbs of a paragraph that judge (`JUDGING_LEMMAS`): speech only of the words after them. */
export function judgingVerbs(tokens: readonly Token[]): Set<number> {
  const judging = new Set(JUDGING_LEMMAS);
  return new Set(
    tokens
      .filter(
        (token, index) =>
          token.pos === 'VERB' &&
          (judging.has(token.lemma) ||
            (token.lemma === 'reject' && rejectedAs(tokens, index)) ||
            pushedAsideAs(tokens, index)),
      )
      .map((token) => token.start),
  );
}

/**
 * Whether "reject" at `index` judges in quoted words through "as" ("Kuleba rejected the proposal as “absurd”"):
 * with no "as", the quote is what is rejected ("rejected the “ultimatum”"), someone else's word.
 */
/** How many words after a verb of rejecting its "as “…”" may come: past a remark and the clause of its content. */
const AS_REACH = 25;
function rejectedAs(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let at = index + 1; at <= index + AS_REACH; at += 1) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence || QUOTE_MARK.test(token.text)) return false;
    if (token.lemma === 'as' && QUOTE_MARK.test(tokens[at + 1]?.text ?? '')) return true;
  }
  return false;
}

/** Whether a verb and its particle at `index` push aside what the words after "as" call it ("waved away … as “…”"). */
function pushedAsideAs(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return (
    token !== undefined &&
    PUSHING_ASIDE.has(token.lemma) &&
    /^(?:aside|off|away)$/u.test(tokens[index + 1]?.text ?? '') &&
    rejectedAs(tokens, index + 1)
  );
}

/** Nouns of time, which open a clause before its subject ("This week Putin said"). */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  'day week month year morning afternoon evening night weekend time hour minute'.split(' '),
);

/**
 * Whether a verb right after a name is a relative clause's with no "that" ("the other territories Ukraine
 * claims", "the answer Putin gave"): a common noun, plural or after a determiner, stands right before the
 * name and is no office ("Kremlin spokesman Dmitry Peskov said"). Its object is that noun; it reports nothing.
 */
export function inReducedRelative(tokens: readonly Token[], index: number): boolean {
  // ("the “big announcement” the White House had promised": auxiliaries, the name's article and a closing
  // quote mark may stand between.)
  let subjectEnd = index - 1;
  while (tokens[subjectEnd]?.pos === 'AUX' || tokens[subjectEnd]?.pos === 'ADV') subjectEnd -= 1;
  let before = subjectEnd;
  while (tokens[before]?.pos === 'PROPN') before -= 1;
  if (before === subjectEnd) return false;
  // ("the equivocal answer Russian President Vladimir Putin gave": the name's title, capitalised, is the name's.)
  while (capitalisedTitleWord(tokens[before])) before -= 1;
  if (/^the$/iu.test(tokens[before]?.text ?? '')) before -= 1;
  if (/^[”"]$/u.test(tokens[before]?.text ?? '')) before -= 1;
  const noun = tokens[before];
  if (noun === undefined || noun.pos !== 'NOUN') return false;
  if (!/^\p{Ll}/u.test(noun.text) || OFFICE_WORDS.has(noun.lemma) || OFFICE_WORDS.has(noun.text))
    return false;
  // "This week Putin said", "on the call Xi urged": a time, or a phrase after a preposition, opens the clause.
  if (TIME_NOUNS.has(noun.lemma)) return false;
  let opener = before - 1;
  while (tokens[opener]?.pos === 'ADJ' || /^[“"]$/u.test(tokens[opener]?.text ?? '')) opener -= 1;
  const determined = tokens[opener]?.pos === 'DET';
  if (tokens[determined ? opener - 1 : opener]?.pos === 'ADP') return false;
  const plural = noun.text.toLowerCase() !== noun.lemma && /s$/u.test(noun.text);
  return plural || determined;
}

/** A capitalised word of a title before a name: "President", "Foreign", "Russian". */
function capitalisedTitleWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    (token.pos === 'PROPN' ||
      OFFICE_WORDS.has(token.text.toLowerCase()) ||
      NATIONALITY_WORDS.has(token.text.toLowerCase()))
  );
}

/** Offsets of the reporting verbs of a paragraph, from its tokens' parts of speech and lemmas. */
export function reportingVerbs(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, index) => {
    // The lite model reads "Kuleba notes that" and "Podolyak posts on" as nouns; after a name, they are its verb.
    // Only before what such a verb takes ("notes that", "posts on"): "Russian demands to give up Mariupol" is a noun.
    const afterName =
      tokens[index - 1]?.pos === 'PROPN' &&
      /s$/u.test(token.text) &&
      /^(?:that|on|in|at|the|a|:)$/u.test(tokens[index + 1]?.lemma ?? '');
    // "Peskov informed that …", "…, Dmitry Peskov, informed that …": a past form the model reads as an adjective,
    // after a name and before "that", is the name's verb.
    // ("He also alleged that …": a pronoun, and adverbs between, too.) The word before, adverbs passed over.
    let subjectAt = index - 1;
    while (tokens[subjectAt]?.pos === 'ADV') subjectAt -= 1;
    const nameBefore =
      tokens[subjectAt]?.pos === 'PROPN' ||
      /^(?:he|she|they)$/iu.test(tokens[subjectAt]?.text ?? '') ||
      (tokens[index - 1]?.text === ',' && tokens[index - 2]?.pos === 'PROPN');
    const pastAfterName =
      token.pos === 'ADJ' &&
      nameBefore &&
      tokens[index + 1]?.lemma === 'that' &&
      /ed$/u.test(token.text) &&
      (REPORTING_LEMMAS.has(token.text.toLowerCase().slice(0, -2)) ||
        REPORTING_LEMMAS.has(token.text.toLowerCase().slice(0, -1)));
    if (pastAfterName) return [token.start];
    // "The Kremlin took the view that …": a view taken is a view stated.
    if (
      token.lemma === 'take' &&
      tokens[index + 1]?.lemma === 'the' &&
      tokens[index + 2]?.lemma === 'view' &&
      tokens[index + 3]?.lemma === 'that'
    )
      return [token.start];
    // "He did, however, point to …": after a modal or "do", skipping adverbs and commas, a word the model reads
    // as a noun is the verb.
    let back = index - 1;
    while (tokens[back]?.pos === 'ADV' || tokens[back]?.text === ',') back -= 1;
    const afterModal = token.pos === 'NOUN' && MODALS.has(tokens[back]?.text.toLowerCase() ?? '');
    if (token.pos !== 'VERB' && !(token.pos === 'NOUN' && (afterName || afterModal))) return [];
    if (inReducedRelative(tokens, index)) return [];
    // "the “hope” expressed by both sides": a participle with its agent describes the words, it does not attribute them.
    // ("Zelensky was also quoted by the agency": "quoted" or "cited" after "was" gives the subject's words.)
    const quotedSubject =
      (token.lemma === 'quote' || token.lemma === 'cite') &&
      /^(?:was|were|is|are|been)$/iu.test(tokens[subjectAt]?.text ?? '');
    if (tokens[index + 1]?.lemma === 'by' && !quotedSubject) return [];
    // "Italy's proposed peace plan", "its stated aim", "a proposed ceasefire": a participle between a possessive or
    // a determiner and its noun is an adjective, no verb.
    if (
      /ed$/u.test(token.text) &&
      (/^[’']s$/u.test(tokens[index - 1]?.text ?? '') ||
        /^(?:the|a|an|its|his|her|their|our|this|that|these|those|any|every|each)$/iu.test(
          tokens[index - 1]?.text ?? '',
        )) &&
      ['NOUN', 'PROPN', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')
    )
      return [];
    // "passed on its demands in writing": a gerund after "in" names the manner, it reports nothing.
    if (tokens[index - 1]?.lemma === 'in' && /ing$/u.test(token.text)) return [];
    // "Zelensky hoped the talks …" reports; "raised hopes of progress", "the hope for peace" name a hope.
    if (token.lemma === 'hope') {
      const next = tokens[index + 1]?.lemma ?? '';
      const previous = tokens[index - 1]?.pos ?? '';
      return next === 'of' || next === 'for' || ['VERB', 'DET', 'ADJ'].includes(previous)
        ? []
        : [token.start];
    }
    if (ENDING_LEMMAS.has(token.lemma)) {
      const person = !PERSON_ENDING_LEMMAS.has(token.lemma) || isPersonSubject(tokens[index - 1]);
      return person && endsAttribution(tokens, index, index + 1) ? [token.start] : [];
    }
    const endingParticle = PERSON_ENDING_PHRASES.get(token.lemma);
    if (endingParticle !== undefined) {
      const ends = tokens[index + 1]?.lemma === endingParticle && endsAttribution(tokens, index, index + 2);
      return ends && isPersonSubject(tokens[index - 1]) ? [token.start] : [];
    }
    if (objectReadAsVerb(tokens, index)) return [];
    // "Kuleba rejected the proposal as “absurd”": "reject" reports only the words it judges with.
    if (token.lemma === 'reject') return rejectedAs(tokens, index) ? [token.start] : [];
    // "brushing aside concerns as “pathetic shrieks”", "waved off the report as “…”": the same, with a particle.
    if (PUSHING_ASIDE.has(token.lemma) && /^(?:aside|off|away)$/u.test(tokens[index + 1]?.text ?? ''))
      return pushedAsideAs(tokens, index) ? [token.start] : [];
    if (REPORTING_LEMMAS.has(token.lemma)) return [token.start];
    // "Putin talked about some “obstacles”": one person's talk about a thing names it in their words; not a
    // purpose ("a meeting to talk about “…”") nor a joint topic ("The two leaders also talked about …").
    if (token.lemma === 'talk' && tokens[index + 1]?.lemma === 'about') {
      const before = tokens[subjectAt];
      const purpose = before?.text.toLowerCase() === 'to';
      const plural = before?.pos === 'NOUN' && before.text.toLowerCase() !== before.lemma;
      return purpose || plural ? [] : [token.start];
    }
    const particles = REPORTING_PHRASES.get(token.lemma);
    // "gave assurances", "gave a warning", "has given his assurance": the noun may follow an article or a
    // possessive.
    const next =
      tokens[index + 1]?.pos === 'DET' || /^(?:his|her|their|its)$/iu.test(tokens[index + 1]?.text ?? '')
        ? tokens[index + 2]
        : tokens[index + 1];
    return particles?.includes(next?.lemma ?? '') || particles?.includes(next?.text ?? '')
      ? [token.start]
      : [];
  });
}

// "that" is left out: it is far more often a conjunction ("warning that negotiators …").
// "one of his advisers", "one of the negotiators": one of a group, a source of its own.
const DETERMINER = String.raw`(?:[Oo]ne\s+of\s+(?:his|her|their|its|the)|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Mm]ultiple|[Aa]nother|[Tt]he|[Tt]his)`;
/** "one of his advisers": the determiner of one person out of a plural head. */
export const ONE_OF = /^one\s+of\s/iu;
// A capitalised word, or an abbreviation with its dots ("U.S."); no word's sentence-ending period nor a
// conjunction that opens a sentence ("Zelensky. But US officials" is two sentences and "US officials") or a
// clause before its subject ("Although Russian officials have claimed …" describes "Russian officials").
const MODIFIER = String.raw`(?:(?:\p{Lu}\.){2,}|(?!(?:But|And|Yet|So|Also|However|Meanwhile|Still|Then|Now|Instead|Moreover|Although|Though|While|Whilst|Whereas|As|When|If|Because|Since|Once|Unless|After|Before)(?![\p{L}]))\p{Lu}[\p{L}’'-]*(?:\.\p{L}[\p{L}.’'-]*)?|senior|top|defense|defence|administration|intelligence|military|congressional|government|western|foreign|former|high-ranking|diplomatic|political|security|presidential|well-placed|informed|knowledgeable|unnamed|anonymous)`;
// "leaders" only in the plural: "the Russian leader" is a named person described, not an unnamed source.
// "advisers" and "envoys" only in the plural: "the adviser" refers back to a person as "the minister" does.
// The first letter in either case: a sentence may open with the head ("Sources close to the Kremlin said").
// "people" and "person" only with what describes them after ("two people familiar with the talks").
// "a Russian delegate": one of a side's delegation.
const HEAD = String.raw`(?:[Pp]eople|[Pp]erson|[Oo]fficials?|[Dd]iplomats?|[Ss]ources?|[Nn]egotiators?|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Ll]awmakers?|[Ll]eaders|[Aa]ides?|[Rr]epresentatives?|[Mm]embers?|[Aa]dvisers|[Aa]dvisors|[Ee]nvoys|[Dd]elegates?)`;
/**
 * Whose or where a source is, after its head: "an aide to Zelenskyy", "a senior official in the Office of
 * Ukrainian President Volodymyr Zelenskyy", "an official at the State Department", "a source in the Ukrainian
 * delegation": capitalised words, with "of (the)" between them, then perhaps a body's noun; no day or month
 * ("an official in Kyiv Tuesday said").
 */
// Dots only inside an abbreviation ("U.S."), never a sentence's last period ("a spokesman for the Kremlin.").
const CAPITALISED_WORD = String.raw`(?!(?:${CALENDAR_NAMES})(?![\p{L}]))\p{Lu}[\p{L}’'-]*(?:\.\p{L}[\p{L}.’'-]*)?`;
// ("a former official from Trump’s first administration": which of a body's terms.)
const BODY_NOUN = String.raw`(?:(?:first|second|previous|former|current|foreign|defence|defense|negotiating|peace)\s+)?(?:delegation|team|group|government|ministry|administration|presidency|office|embassy|side|military|parliament)`;
// ("a Ukrainian source in the delegation", "a source inside the negotiating group": a body the article has named,
// by its noun alone.)
const BELONGING = String.raw`\s+(?:(?:in|of|at|to|for|from|with)\s+(?:the\s+)?${CAPITALISED_WORD}(?:\s+(?:of\s+(?:the\s+)?)?${CAPITALISED_WORD}){0,5}(?:\s+${BODY_NOUN})?|(?:in|inside|within)\s+the\s+${BODY_NOUN})(?![\p{L}])`;
// ("cited two sources close to the Kremlin as saying": the description ends before "as".)
export const UNNAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<det>${DETERMINER})\s+)?(?<mods>(?:${MODIFIER}\s+){0,4})(?<head>${HEAD})(?![\p{L}])(?<of>${BELONGING})?(?<post>\s+(?:familiar with|close to|briefed on|involved in|present at|privy to|with knowledge of)\s+(?:the\s+)?(?:(?!\s(?:who|which|that)(?![\p{L}]))[\p{L}’' ]){1,60}?(?<!\s(?:the|a|an|of|to|in|as))(?=[,.;]|\s+as\s+\p{Ll}+ing(?![\p{L}])|\s+(?:${SPEECH_VERBS}|\p{Ll}+ed|who|which|that|had|has|have|was|were|is|are|will|would|also|earlier|later|previously|reportedly)(?![\p{L}])))?`,
  'gu',
);
/** What every match of UNNAMED contains, for paragraphs that describe no source to be passed over (`matchesNeeding`). */
export const UNNAMED_HEAD = new RegExp(String.raw`${HEAD}(?![\p{L}])`, 'u');
export const DEFINITE = /^(?:the|this)$/iu;
/** "quoted Kremlin spokesman Dmitry Peskov as saying", "cited him as telling": the one quoted is the speaker. */
export const QUOTED_AS =
  /^(?:quoted|quotes|quoting|cited|cites|citing)\s+(?<object>[^,;“”"]{1,80}?)\s+as\s+(?:saying|telling|stating|writing|adding)(?![\p{L}])/u;
/**
 * "“…,” Al Jazeera quoted Putin.", "the Shot channel quotes Lukashenko's words.": a medium that quotes someone, the
 * clause ending with the one quoted, gives their words as "quoted … as saying" does.
 */
export const QUOTED_ALONE =
  /^(?:quoted|quotes)\s+(?!(?:as|by|in|on|from)\s)(?<object>[^,;:“”"]{1,60}?)(?:[’']s\s+(?:words|remarks|statement))?(?=\s*(?:[.;,:]|$))/u;
/** A preposition right before a name: the name is inside a phrase ("a spokesman for (the) Zelensky"), not a subject. */
export const OBJECT_OF = endingWithPreposition(['for', 'of', 'to', 'with', 'from', 'about', 'against', 'by']);
/** "Podolyak of the Ukrainian delegation", "Ned Price of the State Department": a body a person is of. */
export const NAME_OF = /(?<![\p{L}])(?:of|from|at)\s+(?:the\s+)?$/u;
/**
 * The same with a title between: "the readiness of Ukrainian President …", after a common noun (not "Director of
 * …"); or a head of state's or government's title in lower case right after the preposition, as some outlets print
 * it ("an adviser to president Zelensky"; not "chief of staff Andriy Yermak", whose "of staff" is the title's own).
 */
export const TITLED_OBJECT = endingWith(
  /(?<![\p{L}])\p{Ll}+\s+(?:for|of|to|with|from|about|against|by)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|(?:(?:vice|deputy|foreign|defen[cs]e)\s+)?(?:president|prime\s+minister|minister|chancellor|premier)\s+)$/u,
);
/**
 * A person's office "of" a body, right before a name: "The head of the Ukrainian Foreign Ministry Dmitry Kuleba",
 * "the spokesman of the Presidential Office Serhiy Nykyforov". The name holds the office, no object of "of";
 * the office is `PERSON_NOUNS`' to check.
 */
export const HOLDER_OF_BODY =
  /(?<![\p{L}])(?<office>\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:Ministry|Office|Administration|Council|Committee|Service|Department|Agency|Commission|Directorate|Secretariat|Delegation|Presidency|Government|Cabinet|Bureau|Mission|Staff)\s+$/u;
/** A person described right after an inverted verb ("said a spokesman for …", "said the head of …"). */
export const PERSON_DESCRIBED_AFTER =
  /^\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|official|minister|adviser|advisor|aide|negotiator|head|chief|source|diplomat|envoy|member|leader|president)(?![\p{L}])/u;
/**
 * A phrase that opens a sentence before its subject, up to a name in it: "Unlike Medinsky, Arakhamia was
 * upbeat", "Hours after Medinsky spoke, Podolyak …", "Alongside Lavrov, Cavusoglu …". The name is the
 * preposition's object, not the sentence's subject.
 */
export const OPENING_PHRASE =
  /^(?:(?:[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]inutes|[Mm]oments|[Ss]hortly|[Jj]ust|[Ss]oon|[Ll]ong|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]|\d+)\s+(?:(?:days?|hours?|weeks?|minutes?)\s+)?)?(?:[Uu]nlike|[Ll]ike|[Aa]fter|[Bb]efore|[Aa]longside|[Ww]ith|[Ww]ithout|[Bb]esides|[Dd]espite|[Ff]ollowing|[Aa]mid|[Bb]eside|[Tt]ogether\s+with|[Aa]long\s+with)\s[^,;:“”"]*$/u;
/**
 * A phrase or clause that opens a sentence and holds a name that may yet be the sentence's subject: "In a call
 * with Putin, Macron said" (the name is the preposition's object), but "In a video Wednesday Zelenskyy mocked
 * Kissinger, saying" (no comma: the name is the subject), "since Trump won the election," (the subject of a
 * clause of its own) and "While Kuleba said, “…”" (the subject of its speech verb). `inOpeningPhrase` tells them
 * apart. (Not "As": "As Lavrov put it, …" is Lavrov's.)
 */
export const OPENING_CLAUSE =
  /^(?:[Ii]n|[Dd]uring|[Ss]ince|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Bb]ecause|[Uu]ntil|[Oo]nce)\s[^,;:“”"]*$/u;
/** A conjunction that opens a clause of its own right before its subject, titles and names between: "since (US President) Trump". */
export const SUBORDINATOR_BEFORE = endingWith(
  /(?<![\p{L}])(?:since|when|while|although|though|because|until|once|after|before)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u,
);
/** A person's noun and its preposition right before a party: "the head of the", "a source in the", "ambassador to the" ("officials from Moscow" are the state speaking). */
export const PERSON_OF = endingWith(
  /(?<![\p{L}])(?:head|chief|leader|member|source|ambassador|envoy|adviser|advisor|aide|representative|spokesman|spokeswoman|spokesperson|negotiator|minister)s?\s+(?:of|in|to|for|from|at|with)\s+(?:the\s+)?$/u,
);
/** Proper nouns of the calendar, which stand before a verb as adverbs do ("Medinsky on Monday said"). */
export const CALENDAR_WORDS = new RegExp(`^(?:${CALENDAR_NAMES})$`, 'u');
/** A question quoted right after "Asked" or "was asked": the asker's words, not the one asked. */
export const ASKED_BEFORE = endingWith(
  /(?<![\p{L}])(?:[Aa]sked|was asked|were asked)(?:\s+by\s+[^,;:“”"]{1,60})?\s*(?:whether|if)?\s*[:,]?\s*$/u,
);
/** A verb coordinated with the sentence's first ("Kuleba did not say whether …, but added:"): no subject of its own. */
export const COORDINATED_BEFORE = endingWith(
  /(?<![\p{L}])(?:but|and|then)\s+(?:(?:\p{L}+ly|also|later|then|further)\s+)?$/u,
);
/** The nouns a medium is named by ("Ukrainian television", "Russian state media"). */
const MEDIA_HEADS = 'television|TV|media|radio|broadcaster|news agency';
/**
 * A news medium that reports, named by its country or kind rather than its
 * name ("Ukrainian television reported", "Russian state media said", "local
 * TV"): an unnamed source, as the gold convention has "the Financial Times".
 * Without a determiner, unlike a person ("officials said" is too loose to
 * tell apart, "Turkish media" is one voice).
 */
export const MEDIA = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}-]*|state|local|independent|national|pro-Kremlin)\s+){1,3}(?:state\s+)?(?<head>${MEDIA_HEADS})(?![\p{L}])`,
  'gu',
);
/** What every match of MEDIA contains (`matchesNeeding`). */
export const MEDIA_HEAD = new RegExp(String.raw`(?:${MEDIA_HEADS})(?![\p{L}])`, 'u');
/** A speech verb right after a description: the source is reported saying something. */
export const SPEECH_AFTER = new RegExp(`^[^.;“"]{0,25}?(?<![\\p{L}-])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'u');
/**
 * Between a quote and the verb that attributes it, no dash or semicolon: after
 * one, the verb belongs to another clause ("a “neutral” status -- a possibility that one
 * congressional source told CNN has caused heartburn"); nor a conjunction that opens the verb's own
 * clause, with a subject of its own ("began with a “cold welcome”, while Kuleba said …", "“…,” and Lavrov
 * said"); not "“neutrality” …, and declared"; in "“…” Ukraine, but what matters is …, RIA
 * quoted Peskov" a comma closes the conjunction's clause before the verb).
 */
export const CLAUSE_BREAK = /--|—|–|;|(?<![\p{L}])(?:while|whereas|although|though|but|and)\s+[^\s,][^,]*$/u;
/**
 * Where the clause of a verb's subject may begin: "Medinsky said …, while the presidency confirmed", ", and"
 * before a new subject ("Medinsky said the talks were “useful”, and Lavrov, in Beijing, said …"), and a colon
 * before a capital: "New Delhi: Ukraine on Wednesday said" (a dateline's place, a line's label, is no subject).
 */
export const CLAUSE_OPENERS =
  /;|:\s+(?=\p{Lu})|(?<![\p{L}])(?:while|whereas)(?![\p{L}])|,\s+and\s+(?=\p{Lu})/gu;
/** The same before a verb whose subject may follow it ("…, but said Medinsky"). */
export const CLAUSE_OPENERS_INVERTED =
  /;|:\s+(?=\p{Lu})|(?<![\p{L}])(?:while|whereas|but)(?![\p{L}])|,\s+and\s+(?=\p{Lu})/gu;
/** "…, according to an Elysée Palace readout": the named source's words. */
export const ACCORDING_TO = /(?<![\p{L}])according to\s/u;
/** "According to Podoliak:" right before a quote. */
export const ACCORDING_TO_BEFORE = /(?<![\p{L}])[Aa]ccording to\s+[^,;:“”"]{1,60}[:,]\s*$/u;
/**
 * A sentence that ends in its attribution ("…, a senior NATO official said."), perhaps with its channel after
 * ("…, Peskov said, according to remarks Interfax carried."): reported speech, which the next sentence may go on
 * with.
 */
export const REPORTED_SPEECH_END =
  /,\s+[^,“”"]{1,80}?\s(?<verb>said|says|added|told \p{L}+)(?:\s+(?:on|in|at|late|early|last|this|yesterday|today|later)(?:\s[^,“”".]{1,40})?)?(?:,\s+(?:according\s+to|in|on|citing)\s[^,“”"]{1,80})?\.?\s*$/u;
/** A quote that is a title, right after "on" or "in" and capitalised word by word (“State of the Union”): nobody's words. */
const TITLE_QUOTE =
  /^(?:\p{Lu}[\p{L}’'-]*|\p{N}+|of|the|and|a|an|in|on|for|to|at)(?:[.:]?\s+(?:\p{Lu}[\p{L}’'-]*|\p{N}+|of|the|and|a|an|in|on|for|to|at|from|through|with|by|as|or|into|over|about|under|after|before|without|against))*[.,]?$/u;
/** A party's bodies: "the Ukrainian presidency confirmed" is the party speaking. */
const PARTY_BODIES_WORDS =
  'presidency government ministry leadership administration authorities embassy cabinet'.split(' ');
export const PRONOUN = /(?<![\p{L}])(?:he|she|He|She)(?![\p{L}])/gu;
/** A word for a nation's people or its adjective ("Russian", "Ukrainians", "Turkish"), not a state's name. */
export const NATIONALITY_WORD = /^\p{Lu}\p{Ll}+(?:ians?|ish|ese|is?)$/u;
/** A quantifier or indefinite article before a nationality noun: "a Russian", "ordinary Ukrainians". */
export const PEOPLE_QUANTIFIER = endingWith(
  /(?<![\p{L}])(?:[Aa]n?|[Oo]ne|[Mm]any|[Ss]ome|[Mm]ost|[Oo]rdinary|[Ff]ew|[Ss]everal|[Oo]ther|[Ff]ellow|[Yy]oung|[Ee]lderly|[Tt]wo|[Tt]hree|\d+)\s+(?:\p{Ll}+\s+)?$/u,
);
/** A verb of reply right after its subject ("he replied", "she shot back"): the one spoken to answers. */
export const REPLY_AFTER =
  /^\s+(?:\p{L}+ly\s+)?(?:replied|replies|answered|answers|retorted|retorts|responded|responds|countered|counters|shot\s+back|hit\s+back|fired\s+back)(?![\p{L}])/u;
/**
 * An epithet by age ("the 44-year-old actor-turned-politician said"): like "he", it refers back to the person
 * last spoken of, whose age the text alone cannot check.
 */
export const AGE_EPITHET =
  /(?<![\p{L}])[Tt]he\s+\d{1,3}-year-old(?:\s+(?:former\s+)?\p{Ll}[\p{L}-]*)?(?![\p{L}])/gu;
/** A preposition right before a word: "conditions on Ukraine", "talks with the Kremlin". */
export const AFTER_PREPOSITION = endingWithPreposition([
  ...['on', 'in', 'at', 'to', 'for', 'of', 'with', 'from', 'about', 'against', 'by'],
  ...['into', 'over', 'toward', 'towards', 'between'],
]);
/**
 * The prepositions of a phrase that hangs off a verb or a noun, right before a word: "the talks with Kyiv",
 * "conditions on Ukraine". Not "of", "from", "in" or "at", which may describe a subject's head ("Officials from
 * Moscow removed …").
 */
export const PHRASE_PREPOSITION = endingWithPreposition([
  ...['with', 'to', 'on', 'for', 'about', 'against'],
  ...['into', 'over', 'toward', 'towards', 'between'],
]);
/**
 * A body with no country ("the ministry said", "It said"): it refers back to
 * the party last spoken of ("The Russian Defence Ministry on Sunday refuted …").
 */
export const BODY_BACK_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he\s+(?:(?:foreign|defence|defense)\s+)?(?:${[...PARTY_BODIES_WORDS].join('|')})|It|it)(?=\s+(?:(?:also|then|later|further)\s+)?(?:said|says|added|stated|noted|claimed|stressed|warned|insisted|denied|announced|calls|called|describes|described|terms|termed)(?![\p{L}]))`,
  'giu',
);
/**
 * An office with no name ("the minister", "the foreign minister", "the Ukrainian
 * minister", "the deputy foreign minister": a rank and the office's own word together): like "he", it refers back
 * to the person last spoken of, and only when that person holds the office, with its country's word when it has one.
 * Capitalised too, as UN and state copy prints it ("the Secretary-General said"). "The pontiff", "the pope":
 * the pope the article named. "The US leader": the US president or prime minister the article named
 * (`OFFICE_EQUIVALENTS`). "The senator", "the cardinal", "the Taoiseach", "the MP", "the head of the President's
 * Office", "the head of the MFA": the one the article described so. "The expert", "the politician": the one
 * person named lately, as "the adviser" is when no one was described so.
 * ("The official", "the diplomat" are unnamed sources.)
 */
export const OFFICE_BACK_REFERENCE =
  /(?<![\p{L}])[Tt]he\s+(?:(?<qualifier>(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})(?:\s+\p{Lu}\p{Ll}+)?)\s+)?(?:(?<modifier>(?:(?:first\s+)?(?:deputy|vice)\s+)?(?:foreign|prime|defence|defense)|(?:first\s+)?(?:deputy|vice))\s+)?(?<office>[Mm]inister|[Pp]resident|[Aa]dvis[eo]r|[Ee]nvoy|[Aa]mbassador|[Cc]hancellor|[Pp]remier|[Ss]ecretary[- ][Gg]eneral|[Ss]ecretary of [Ss]tate|[Ss]ecretary(?!-)|[Pp]ope|[Pp]ontiff|[Hh]ead of [Ss]tate|[Hh]ead of [Gg]overnment|[Ll]eader|expert|analyst|politician|[Ss]enator|[Cc]ardinal|[Pp]atriarch|[Gg]overnor|[Mm]ayor|Taoiseach|MP|[Hh]ead of (?:the )?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:[Oo]ffice|[Mm]inistry|MFA))(?![\p{L}])/gu;
/** "Lavrov’s reply", "Medinsky’s message to Kyiv": a person's remark, whose words may follow. */
export const REMARK_NOUN = String.raw`(?:recent |latest |earlier |final |blunt |terse )?(?:comment|remark|statement|words|claim|pledge|warning|assertion|insistence|verdict|tweet|promise|assurance|accusation|talk|offer|threat|message|advice|appeal|plea|reply|response|answer|retort|rebuttal|reaction)s?`;
export const POSSESSIVE_REMARK = new RegExp(String.raw`(?:[’']s|(?<=s)[’']) ${REMARK_NOUN}\b`, 'u');
/**
 * "the words of Vladimir Putin that …", "the claim by Moscow that …", "agreed with a statement by Zelenskyy
 * that …": a remark whose owner follows it.
 */
export const REMARK_OF = new RegExp(String.raw`(?<![\p{L}])(?:the|an?) ${REMARK_NOUN} (?:of|by) $`, 'u');

/**
 * The bodies of a state that speak for it: "the Ukrainian presidency", "the Russian government", "the
 * Russian side", "the Ukrainian delegation" (not referred back to alone: "the side said" is no one's).
 */
export const PARTY_BODIES = new Set([...PARTY_BODIES_WORDS, 'side', 'delegation', 'team', 'leadership']);
/**
 * The heads of a body that speaks for the party named before it ("the Kremlin press service said", "the Russian
 * presidential press office"), beside the party's bodies; not bodies "it" may refer back to a party through.
 */
export const SPEAKING_FOR_PARTY = new Set(['service', 'office']);

/** After a subject that follows its verb, the clause ends: "…, said Medinsky." / "…, said Medinsky, who …". */
export const INVERTED_END = /^(?:\s*[,.;:!?)—–-]|\s*$|[’']s\s)/u;
/** A phrase of place, time or means right after a subject put after its verb: "…, said Sybiha in a statement." */
export const INVERTED_PHRASE_AFTER = /^\s+(?:in|on|at|during|after|via|through|while|when)\s/u;

/**
 * Between a verb and its subject after it, only an article and a title ("said
 * Presidential Aide Vladimir Medinsky"), a description set off by a comma
 * ("said the head of the Ukrainian delegation, David Arakhamia"), or an owner's
 * name and a title ("said Biden national security adviser Jake Sullivan", "said Putin aide Vladimir Medinsky").
 */
/** A lowercase word of a title ("national security adviser", "chief of staff"): no function word nor participle. */
const TITLE_WORD = String.raw`(?!(?:after|before|to|with|for|from|in|on|at|by|and|or|but|who|which|that|while|as|when|during|of|the|a|an|his|her|their|its|also|then|later|again)\s)(?![\p{L}-]+ing\s)\p{Ll}[\p{L}-]*`;
export const INVERTED_GAP = new RegExp(
  String.raw`^\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+)*|[\p{L}’' .-]{1,60},\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:${TITLE_WORD}\s+(?:of\s+)?){1,4}(?:\p{Lu}[\p{L}.’'-]*\s+)*)$`,
  'u',
);

/** Heads that say nothing of who the source is: "the sources", "the official". */
export const GENERIC_HEAD = /^(?:sources?|officials?)$/u;
/**
 * Roles a writer gives an official or a commentator to refer back without the name ("the adviser said",
 * "the diplomat told", "the lawmaker added", "the presidential aide said", "the expert noted"): no office
 * of the knowledge, so no check by it; never a head of state or government.
 */
export const GENERIC_ROLE =
  /^(?:adviser|advisor|aide|diplomat|lawmaker|legislator|negotiator|envoy|politician|official|expert|analyst)$/u;

/** A quoted title: right after "on" or "in", or a naming word, or before a noun it names, and capitalised word by word. */
export function isTitle(text: string, quotation: Quotation): boolean {
  const before = text.slice(Math.max(0, quotation.start - 40), quotation.start);
  const after = text.slice(quotation.end, quotation.end + 20);
  return (
    // "on “State of the Union”", "on ABC's “This Week”"; "the political party “Servant of The People”", "called “…”";
    // "the “60 Minutes” show"
    // A hashtag is a tag, nobody's words: "under the hashtag “#StopRussia”".
    /^#\p{L}/u.test(quotation.text.trim()) ||
    // "security guaranteed on terms like those of “Article 5”": an article of a treaty, by its number.
    ARTICLE_NUMBER.test(quotation.text.trim()) ||
    ((/(?<![\p{L}])(?:on|in)\s+(?:\p{Lu}[\p{L}.&-]*[’']s\s+)?$/u.test(before) ||
      // "what she called “Russophobia”" is her word, not a name: someone calls it so.
      (NAMING_WORD.test(before) && !SOMEONE_CALLS.test(before)) ||
      JOURNALIST_OF.test(before) ||
      // "Kirby told “Fox News Sunday” the U.S. …": whom one tells or speaks to is a listener, a programme by its name.
      LISTENER_BEFORE.test(before) ||
      // "maintained to NBC's “Meet the Press”": a broadcaster's initials and its possessive, a programme's name after.
      BROADCASTER_OF.test(before) ||
      // "news agencies including “Reuters” and “CNN”": names in a list of examples.
      EXAMPLES_BEFORE.test(before) ||
      NAMED_AFTER.test(after) ||
      // "“Liga” cites the interview …": a medium that reports, by its name; no one's words report themselves.
      MEDIUM_VERB_AFTER.test(after) ||
      // "The “Istanbul Communique” envisaged …": a document's name after "the".
      (/(?<![\p{L}])[Tt]he\s+$/u.test(before) && DOCUMENT_NAME.test(quotation.text.trim()))) &&
      TITLE_QUOTE.test(quotation.text.trim()) &&
      /\p{Lu}/u.test(quotation.text))
  );
}

/**
 * A quote of two or more words, every one capitalised but the little words of a name ("the “Coalition of the
 * Willing”"), with no punctuation at its end: a name ("the so-called “Independent Republics”", "the channel
 * “Russia Today”", "the “Peace Summit”"), which no one says, whatever the words around it; or one word of
 * capitalised parts a hyphen joins ("as “Interfax-Ukraine” relays it"). One word may be a word someone chose
 * ("“Orwellian”"), and a name ended by a full stop or a comma may be words spoken ("“Welcome, Mr. President,”").
 */
export const CAPITALISED_NAME =
  /^(?:(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\p{N}+)(?:\s+(?:of|for|and|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*|\s+(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\p{N}+))+|\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)+),?(?<![.;:!?])$/u;

/** A treaty's article by its number: “Article 5”, “Article 51”. */
const ARTICLE_NUMBER = /^Article\s+\p{N}+[.,]?$/u;

/** What a list of examples in quotes follows: "including", "such as", and the quoted names before ("“Reuters” and "). */
const EXAMPLES_BEFORE =
  /(?<![\p{L}])(?:including|such\s+as)\s+(?:[“"][^“”"]{1,40}[”"],?\s+(?:and\s+|or\s+)?)*$/u;

/** A broadcaster by its initials, and its possessive: "NBC's", "CBS’s", "ABC's". */
const BROADCASTER_OF = /(?<![\p{L}])\p{Lu}{2,5}[’']s\s+$/u;
/** What a listener in quotes follows: "told", "in an interview with", "speaking to", with the programme's owner ("told NBC News’"), and the listeners named before it ("an interview with “RIA News” and “Russia 24”"). */
const LISTENER_BEFORE =
  /(?<![\p{L}])(?:[Tt]old|(?:[Ii]nterview|[Cc]onversation)\s+with|(?:[Ss]peaking|[Tt]alking|[Ss]poke|[Tt]alked)\s+to)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:[’']s|[’'])\s+)?(?:[“"][^“”"]{1,40}[”"],?\s+(?:and|or)\s+)?$/u;

/** A name in quotes that ends with a kind of document or plan: “Istanbul Communique”, “Minsk Agreements”. */
const DOCUMENT_NAME =
  /(?<![\p{L}])(?:Communiqu[eé]|Agreements?|Accords?|Plan|Format|Process|Formula|Memorandum|Treaty|Declaration|Initiative|Doctrine|Protocol)[.,]?$/u;

/** A noun that a name in quotes follows, or a verb of naming: the quote is a name, nobody's words. */
const NAMING_WORD =
  /(?<![\p{L}])(?:party|faction|bloc|movement|programme|program|show|operation|campaign|newspaper|daily|weekly|magazine|tabloid|broadcaster|station|website|portal|outlet|channel|platform|network|agency|company|organi[sz]ation|association|club|fund|centre|center|institute|foundation|conference|forum|seminar|exhibition|called|named|dubbed|titled|entitled|textbook|book|hashtag|slogan|motto|factbox|headline|documentary|film)\s+$/u;

/** "what she called", "which Moscow calls", "what it has called": someone's own word for a thing. */
const SOMEONE_CALLS =
  /(?<![\p{L}])(?:what|which|as)\s+(?:he|she|they|it|\p{Lu}[\p{L}’'-]*)\s+(?:(?:has|have|had)\s+)?(?:called|calls|dubbed|dubs|named|names)\s+$/u;

/** The noun a quoted name comes before: "the “60 Minutes” show", "Russia’s “24 Hours News” program". */
const NAMED_AFTER =
  /^\s+(?:programme|program|show|talk show|host|co-host|anchor|presenter|moderator|newspaper|magazine|channel|TV|television|radio|broadcaster|news agency|agency|website|daily|weekly|monthly|documentary|series|podcast|party|movement|bloc|platform|summit|meeting|conference|forum|format|talks|media|network|outlet|portal|publication|station|tabloid|newsletter)(?![\p{L}])/u;
/** What a medium does right after its name: "“Liga” cites", "“Kommersant” reported". */
const MEDIUM_VERB_AFTER =
  /^\s+(?:cites|cited|reports|reported|quotes|quoted|writes|wrote|publishes|published)(?![\p{L}])/u;
/** "the correspondent of “Sky News Arabia”": a medium a journalist works for, by its name. */
const JOURNALIST_OF =
  /(?<![\p{L}])(?:correspondents?|reporters?|journalists?|editors?|anchors?|hosts?)\s+(?:of|for|from|at|with)\s+$/u;

/** Whether a sentence is one quotation and nothing else but punctuation. */
export function quotedAlone(
  sentence: { start: number; text: string },
  quotations: readonly Quotation[],
): boolean {
  const [only, ...more] = quotations;
  if (only === undefined || more.length > 0) return false;
  // A live blog's time before it ("11:05 “…”") is when, not words of the sentence.
  const before = sentence.text.slice(0, only.start - sentence.start).replace(LIVE_BLOG_TIME, '');
  const outsideWords = before + sentence.text.slice(only.end - sentence.start);
  return !/[\p{L}\p{N}]/u.test(outsideWords);
}

/** A live blog entry's time at the start of a sentence: "11:05", "14.30 GMT", "09:15 am". */
const LIVE_BLOG_TIME =
  /^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|EET|MSK|local time))?\s*[-–—:]?\s*/iu;

/**
 * Nouns for people or for those who report, which the subject of a speech verb may be without the
 * compiler naming anyone: "one of his aides said", "Putin’s spokesman said", "the agency reported".
 * Right before the verb, such a noun is its subject, and no person named earlier is.
 */
export const SPEAKING_NOUNS = new Set([
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'aide',
  'aides',
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'negotiator',
  'negotiators',
  'representative',
  'representatives',
  'member',
  'members',
  'envoy',
  'envoys',
  'minister',
  'ministers',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'observer',
  'observers',
  'journalist',
  'journalists',
  'reporter',
  'reporters',
  'lawmaker',
  'lawmakers',
  'politician',
  'politicians',
  'counterpart',
  'counterparts',
  'deputy',
  'deputies',
  'colleague',
  'colleagues',
  'ally',
  'allies',
  'partner',
  'partners',
  'people',
  'resident',
  'residents',
  'critic',
  'critics',
  'agency',
  'media',
  'newspaper',
  'outlet',
  'outlets',
  'report',
  'reports',
  'broadcaster',
  'channel',
]);

/** Nouns for one who leads, which a tagger may read as adjectives: "the Kremlin chief", "the NATO chief". */
export const PERSON_HEADS = new Set(['chief', 'head', 'boss', 'leader']);
/** Offices printed as initialisms: "the Polish PM", "a Labour MP", "the Ukrainian FM". */
export const OFFICE_INITIALISMS: ReadonlySet<string> = new Set(['PM', 'MP', 'FM']);

/**
 * Nouns that describe one person by role or trade ("the chancellor", "Putin's spokesman", "their Turkish host"):
 * a sentence with one for its subject is about someone, whom "he" next refers to even when the compiler
 * cannot tell who it is.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'president minister spokesman spokeswoman spokesperson ambassador envoy adviser advisor aide chairman ' +
    'chairwoman speaker senator governor mayor commander admiral marshal general pope patriarch chancellor ' +
    'premier leader chief head host negotiator diplomat official secretary lawmaker politician mediator ' +
    'counterpart king emir prince sheikh billionaire oligarch businessman director officer deputy analyst ' +
    'expert journalist reporter correspondent interviewer anchor moderator presenter comedian actor veteran pm'
  ).split(' '),
);
/** `PERSON_NOUNS` as alternatives of a regular expression, for patterns that end in or look for a person's noun. */
export const PERSON_NOUN_ALTERNATIVES = [...PERSON_NOUNS].join('|');
