/**
 * Names of people the knowledge lacks, found from the language layer's parts
 * of speech: a run of capitalised proper nouns that no known entity claims,
 * with the title before it left out ("Russian Deputy Defence Minister
 * Alexander Fomin" → "Alexander Fomin") and institutions left out ("the
 * General Staff", "the Defence Ministry" are bodies, not people).
 */
import { joinsWords, type Token } from './language';
import { overlapsAny } from './ranges';
import { NATIONALITY_WORDS, STATE_AND_CAPITAL_NAMES } from './countries';
import { OFFICE_WORDS } from './titles';

export interface PersonName {
  /** The name as printed, title aside. */
  name: string;
  start: number;
  end: number;
  /** The known person the name is too near to be anyone else, yet too far to be sure of ("Mikhail Podolyakkata"). */
  nearKnown?: string;
  /** The one word in brackets right after the name, which the copy then calls the person by ("Joko Widodo (Jokowi)"). */
  nickname?: string;
}

/** A nickname in brackets: one capitalised word, not an initialism ("(Jokowi)", not "(SPD)"). */
const NICKNAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Honorifics before a name: "Mr. Guterres", "Dr. …", "Professor Pillay", the Malaysian titles before a given
 * name ("Datuk Seri Ismail" for Ismail Sabri Yaakob), and styles of address.
 */
const HONORIFICS = [
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'mr',
  'mrs',
  'ms',
  'dr',
  'professor',
  'prof.',
  'prof',
  'datuk',
  'datin',
  'dato',
  'seri',
  // Styles of address: "His Beatitude Sviatoslav", "His Excellency …", "His Holiness Pope Francis".
  'beatitude',
  'holiness',
  'eminence',
  'excellency',
  'majesty',
  'highness',
];
/**
 * Church ranks: "Cardinal Pietro Parolin", "Metropolitan Onufriy", "Archbishop of Bologna" ("Bishop" is a surname
 * too, a rank only before a name: `nameOf`; "patriarch" and "pope" are office words).
 */
const CHURCH_RANKS = ['cardinal', 'archbishop', 'metropolitan'];

/**
 * Words that belong to a title or a nationality before a name, never to the
 * name itself: the offices of `titles.ts`, honorifics, every state's nationality
 * (`countries.ts`) and the bodies an office belongs to. Lower-cased; a run is cut after the last of them. "Staff" is
 * one ("Chief of Staff Andriy Yermak"): a run it ends ("the General Staff")
 * is all title, and names no one.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...OFFICE_WORDS,
  ...NATIONALITY_WORDS,
  ...HONORIFICS,
  ...CHURCH_RANKS,
  ...// Royal titles: "Crown Prince Mohammed bin Salman", "Sheikh …".
  (
    'pm fm mp sir lord lady king queen crown prince princess sheikh emir ' +
    // Ranks and offices shortened before a name: "Maj. Serhii Volyna", "Lt. Col. …", "Sen. …".
    'gen. gen maj. maj col. col lt. lt capt. capt sgt. sgt cmdr. cmdr adm. adm brig. brig sen. rep. gov. pres. ' +
    'rev. revd reverend ' +
    // An office's end the tagger splits off at its hyphens: "Ambassador-at-Large Rodion Miroshnik".
    'large ' +
    // A member of a federal government, as the Swiss call one: "Federal Councillor Ignazio Cassis".
    'federal councillor councilor ' +
    'european us u.s. uk u.k. un u.n. nato kremlin white house ' +
    'pentagon state department national security council affairs international policy'
  ).split(' '),
]);

/** An office or a church rank ("Archbishop of Bologna"): what a place after "of", "to" or "in" belongs to. */
const OFFICE_OR_RANK: ReadonlySet<string> = new Set([...OFFICE_WORDS, ...CHURCH_RANKS]);

/**
 * A weekday's name ends a run of capitals rather than joining it: "said Prime Minister Narendra Modi Thursday" names
 * Narendra Modi on a Thursday, not no one (no one is named for a weekday, as "Theresa May" is for a month).
 */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * Words that make a run of capitals a body, a place, a title of a work or a
 * date, not a person.
 */
const NOT_A_PERSON = new Set(
  (
    'ministry office council committee agency parliament party union nations court service services ' +
    // An administration's bodies by name: "the Communications Directorate", "the Presidential Administration".
    'directorate administration secretariat bureau presidency cabinet government authority ' +
    'forces force army navy guard holy news times post journal television tv radio channel network palace house ' +
    'department embassy media company group bank foundation institute university commission assembly duma ' +
    'rada republic republics region oblast city new street square airport station federation kingdom states ' +
    'january february march april may june july ' +
    'august september october november december telegram twitter facebook instagram youtube tass xinhua ' +
    'reuters interfax ria novosti bbc cnn rt sky jazeera press association organization organisation ' +
    'summit forum conference talks treaty plan war god christ church mosque cathedral corporation institution center centre ' +
    // Humanitarian bodies by name: "the Red Cross", "the Red Crescent".
    'cross crescent ' +
    // Meetings and documents by name ("the Shangri-La Dialogue", "the Black Sea Grain Initiative"), and a party's
    // member ("the South Carolina Republican told reporters").
    'dialogue initiative accord agreement declaration communique memorandum charter republican republicans ' +
    'democrat democrats ' +
    // Feasts: "an Orthodox Christmas truce".
    'christmas easter ramadan eid hanukkah ' +
    // Words of newspapers' names: "Ukrainska Pravda reported" is an outlet, no person.
    'daily weekly herald tribune gazette gazeta pravda izvestia kommersant vedomosti independent insider ' +
    'observer express mail telegraph guardian chronicle magazine newspaper ' +
    // Features of the map: "a Black Sea ceasefire", "the Dnipro River".
    'sea ocean river strait gulf bay lake peninsula island islands mountains canal ' +
    // Buildings a government is named by: "Palazzo Chigi said", "Trump Tower".
    'palazzo castle tower building residence ' +
    // Firms by name: "PVM Oil Associates", "Eurasia Group", "Capital Economics".
    'associates partners consulting consultancy capital economics holdings securities markets research ' +
    'analytics inc llc ltd plc ' +
    // A page's label before whose words follow: "Quote Lubinets: “…”" (Ukrainska Pravda).
    'quote'
  )
    .split(' ')
    .concat([...WEEKDAY_NAMES]),
);

/**
 * A region of the world named by a direction and a region ("the Middle East", "Central Asia", "Latin America"):
 * two capitalised words a person's name would not be (a "West" or "North" alone may be a surname).
 */
const REGION_DIRECTIONS: ReadonlySet<string> = new Set(
  'middle far near north south east west northern southern eastern western central latin'.split(' '),
);
const REGIONS: ReadonlySet<string> = new Set(
  'east west europe asia africa america americas caucasus balkans arctic pacific atlantic mediterranean'.split(
    ' ',
  ),
);

/** Words for a medium, which a name right after belongs to: "the daily La Repubblica", "broadcaster Haberturk". */
const MEDIUM_BEFORE: ReadonlySet<string> = new Set(
  'daily weekly newspaper paper broadcaster channel station agency outlet magazine tabloid website portal'.split(
    ' ',
  ),
);

/**
 * The office words that name a person of themselves ("spokesman", "minister"), not a rank or an adjective
 * ("deputy", "foreign"): one of them right before a single capitalised word makes it a surname ("Kremlin
 * spokesman Peskov", "Defence Minister Shoigu").
 */
const PERSON_OFFICE_WORDS: ReadonlySet<string> = new Set(
  (
    'president minister secretary chief spokesman spokeswoman spokesperson ambassador envoy adviser advisor ' +
    'aide chairman chairwoman speaker senator governor mayor commander chancellor premier leader negotiator ' +
    'delegate director officer official lawmaker counterpart'
  ).split(' '),
);

/** Words before a surname alone that make it a person's: honorifics, and the offices of `PERSON_OFFICE_WORDS`. */
const NAMING_TITLES: ReadonlySet<string> = new Set([...PERSON_OFFICE_WORDS, ...HONORIFICS]);

/** The second syllable of a Korean given name, after its hyphen: "sam" of "Young-sam", "in" of "Jae-in". */
const KOREAN_SYLLABLE = /^\p{Ll}{2,4}$/u;
/** Words a hyphen joins to a name that make it no name: "a Biden-era rule", "the Kremlin-led talks". */
const WORDS_AFTER_A_HYPHEN: ReadonlySet<string> = new Set(
  'era led run like made born free type wide held size less long old day year ish up off out to on style'.split(
    ' ',
  ),
);

/** A word of a name: a capital, then letters, with the hyphens and apostrophes names carry. */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*\.?$/u;
/** Initials ("Robert F. Kennedy", "J.D. Vance") are part of a name. */
const INITIAL = /^(?:\p{Lu}\.)+$/u;
/**
 * Lower-case particles inside a name, between two of its capitalised words: "Luiz Inácio Lula da Silva",
 * "Ursula von der Leyen", "Mohammed bin Salman". They belong to the name, not to its count of words.
 */
const NAME_PARTICLE = /^(?:da|das|de|del|der|den|di|do|dos|du|la|le|van|von|ter|ten|bin|bint|ibn|al|el)$/u;
/** Suffixes are part of a name but not its surname. */
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/**
 * Runs of capitalised proper nouns of two words or more (a first name and a
 * surname at least), outside the spans known entities and quotations claim.
 * @param claimed spans already taken: known mentions, quotations
 * @param singleNames words the article uses alone as people's names (`namesByPronoun`)
 */
export function findPersonNames(
  tokens: readonly Token[],
  claimed: readonly { start: number; end: number }[],
  singleNames: ReadonlySet<string> = new Set(),
): PersonName[] {
  const isClaimed = overlapsAny(claimed);
  const names: PersonName[] = [];
  let run: Token[] = [];
  // Where the run starts in `tokens`.
  let runStart = 0;
  // Whether the run follows an office that names a person, and what follows it: "Kremlin spokesman Peskov said".
  let afterOffice = false;
  const flush = (next?: Token) => {
    // "Polish Ambassador to Egypt Michal Labenda", "President of Japan Fumio Kishida", "Archbishop of Bologna
    // Matteo Zuppi", "Minister for Reintegration Iryna Vereshchuk": the country, see or portfolio an office is "to",
    // "in", "of" or "for" ends the title, not opens the name.
    // So is the place an office is held in, a few words after it ("permanent envoy to international
    // organizations in Vienna Mikhail Ulyanov"), and the second of a ministry's portfolios ("Minister of Foreign
    // Affairs and Trade Péter Szijjártó").
    const wordBefore = tokens[runStart - 1];
    const sameSentence = (token: Token | undefined) =>
      token !== undefined && token.sentence === run[0]?.sentence;
    if (
      run.length >= 3 &&
      ((/^(?:to|in|of|for)$/u.test(wordBefore?.text ?? '') &&
        tokens
          .slice(Math.max(0, runStart - 6), runStart - 1)
          .some((token) => sameSentence(token) && OFFICE_OR_RANK.has(token.text.toLowerCase()))) ||
        (wordBefore?.text === 'and' &&
          sameSentence(tokens[runStart - 2]) &&
          /^\p{Lu}/u.test(tokens[runStart - 2]?.text ?? '') &&
          TITLE_WORDS.has(tokens[runStart - 2]?.text.toLowerCase() ?? '')))
    ) {
      run = run.slice(1);
      runStart += 1;
    }
    // "according to official South African statements": a capital right after the word, an adjective the tagger
    // left out of the run, makes it the first of a proper adjective, not a surname.
    const capitalAfter =
      next !== undefined &&
      run[0] !== undefined &&
      next.sentence === run[0].sentence &&
      next.start - (run.at(-1)?.end ?? 0) <= 1 &&
      NAME_WORD.test(next.text);
    // (The particles a surname alone opens with, "von der Leyen told", are no word of their own.)
    const words = run.filter((token) => !NAME_PARTICLE.test(token.text));
    const single =
      words.length === 1 &&
      ((afterOffice && !capitalAfter && (next === undefined || !NOT_A_PERSON.has(next.text.toLowerCase()))) ||
        singleNames.has(words[0]?.text ?? ''));
    // "the Italian daily La Repubblica": a name right after a word for a medium is the medium's.
    const before = tokens[runStart - 1];
    const name =
      MEDIUM_BEFORE.has(before?.text.toLowerCase() ?? '') ||
      titleOfAWork(run, before, next) ||
      partyAndState(run, before)
        ? undefined
        : nameOf(run, single);
    // "President Joko Widodo (Jokowi) held a meeting …": the bracketed word after the name is the person too.
    const after = runStart + run.length;
    const bracketed = tokens[after + 1];
    if (
      name &&
      tokens[after]?.text === '(' &&
      tokens[after + 2]?.text === ')' &&
      bracketed !== undefined &&
      NICKNAME.test(bracketed.text)
    )
      name.nickname = bracketed.text;
    if (name) names.push(name);
    run = [];
  };
  // A token a step before took into the run already.
  let skip = -1;
  for (const [index, token] of tokens.entries()) {
    if (index === skip) continue;
    const previous = tokens[index - 1];
    const wordLike =
      (token.pos === 'PROPN' ||
        INITIAL.test(token.text) ||
        SUFFIX.test(token.text) ||
        firstNameTakenForVerb(token, previous, tokens[index + 1]) ||
        surnameTakenForVerb(token, previous, run)) &&
      (NAME_WORD.test(token.text) || INITIAL.test(token.text)) &&
      !WEEKDAY_NAMES.has(token.text.toLowerCase().replace(/[’']s$/u, '')) &&
      !isClaimed(token);
    const continues =
      run.length > 0 &&
      previous !== undefined &&
      previous.sentence === token.sentence &&
      token.start - previous.end <= 1;
    // "Anne-Claire Legendre": a hyphen between two words of a name, with no space, joins them.
    const next = tokens[index + 1];
    // "Lula da Silva", "von der Leyen": particles between two words of a name.
    if (continues && NAME_PARTICLE.test(token.text) && particlesThenName(tokens, index)) {
      if (run.length === 0) runStart = index;
      run.push(token);
      continue;
    }
    if (continues && joinsWords(tokens, index) && next?.pos === 'PROPN' && NAME_WORD.test(next.text)) {
      if (run.length === 0) runStart = index;
      run.push(token);
      continue;
    }
    // "Choi Young-sam", "Kim Jong-un": a Korean given name's second syllable, in lower case after a hyphen, ends
    // the name of two words it joins.
    if (
      continues &&
      run.length === 2 &&
      joinsWords(tokens, index) &&
      next !== undefined &&
      KOREAN_SYLLABLE.test(next.text) &&
      !WORDS_AFTER_A_HYPHEN.has(next.text) &&
      tokens[index + 2]?.start !== next.end
    ) {
      run.push(token, next);
      skip = index + 1;
      continue;
    }
    if (!continues) flush(token);
    if (wordLike) {
      if (run.length === 0)
        afterOffice =
          previous !== undefined &&
          previous.sentence === token.sentence &&
          PERSON_OFFICE_WORDS.has(previous.text.toLowerCase());
      if (run.length === 0) runStart = index;
      // "von der Leyen told": a surname whose particles open it, no given name before them, takes them along.
      if (run.length === 0) {
        const particles = particlesBefore(tokens, index);
        if (particles > 0) {
          runStart = index - particles;
          run.push(...tokens.slice(runStart, index));
        }
      }
      run.push(token);
    } else flush(token);
  }
  flush();
  return names;
}

/**
 * "Sen. Mike Rounds (R-S.D.)", "Rep. Don Bacon (R-Neb.)": a US lawmaker's party and state in brackets after the
 * name, a letter, a hyphen and the state's abbreviation, are no one's name.
 */
function partyAndState(run: readonly Token[], before: Token | undefined): boolean {
  const [party, hyphen] = run;
  return before?.text === '(' && party !== undefined && /^[RDI]$/u.test(party.text) && hyphen?.text === '-';
}

/**
 * "The Trump Verdict:", "a Kremlin Spring": capitals right after an article, with no title among them and no
 * lower-case noun after them for them to qualify ("the Joe Biden administration"), are the title of a work, a
 * feature or an event; a person's name takes no article of itself.
 */
function titleOfAWork(run: readonly Token[], before: Token | undefined, next: Token | undefined): boolean {
  const first = run[0];
  const last = run.at(-1);
  if (before === undefined || first === undefined || last === undefined) return false;
  if (!/^(?:the|a|an)$/iu.test(before.text) || before.sentence !== first.sentence) return false;
  if (first.start - before.end > 1) return false;
  if (run.some((token) => TITLE_WORDS.has(token.text.toLowerCase()))) return false;
  const qualifies =
    next !== undefined &&
    next.sentence === last.sentence &&
    /^\p{Ll}/u.test(next.text) &&
    next.pos === 'NOUN';
  return !qualifies;
}

/**
 * The word of a name the particles after it follow, not its first: "Lula" of "Luiz Inacio Lula da Silva", which
 * a report may use alone as the surname.
 */
export function wordBeforeParticles(name: string): string | undefined {
  const words = name.split(/\s+/u);
  const at = words.findIndex((word, index) => index > 0 && NAME_PARTICLE.test(word));
  return at > 1 ? words[at - 1] : undefined;
}

/**
 * How many name particles come right before the word at `index` ("von der" before "Leyen") with no capitalised word
 * before them in the sentence, of which they would be the middle ("Ursula von der Leyen" is read whole).
 */
function particlesBefore(tokens: readonly Token[], index: number): number {
  const word = tokens[index];
  if (word === undefined) return 0;
  let at = index;
  while (at > 0) {
    const particle = tokens[at - 1];
    const after = tokens[at];
    if (
      particle === undefined ||
      after === undefined ||
      particle.sentence !== word.sentence ||
      after.start - particle.end > 1 ||
      !NAME_PARTICLE.test(particle.text)
    )
      break;
    at -= 1;
  }
  const before = tokens[at - 1];
  if (at === index || (before?.sentence === word.sentence && NAME_WORD.test(before.text))) return 0;
  return index - at;
}

/** Whether the particle at `index` is followed, through any more particles, by a capitalised name word. */
function particlesThenName(tokens: readonly Token[], index: number): boolean {
  let at = index;
  while (NAME_PARTICLE.test(tokens[at]?.text ?? '')) {
    const next = tokens[at + 1];
    const current = tokens[at];
    if (
      next === undefined ||
      current === undefined ||
      next.sentence !== current.sentence ||
      next.start - current.end > 1
    )
      return false;
    at += 1;
  }
  const name = tokens[at];
  return name !== undefined && name.pos === 'PROPN' && NAME_WORD.test(name.text);
}

/**
 * A first name the tagger took for a verb ("minister Will Quince", "Mark Rutte"): capitalised inside its
 * sentence, not first in it, right before a proper noun.
 */
function firstNameTakenForVerb(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  return (
    (token.pos === 'AUX' || token.pos === 'VERB') &&
    previous !== undefined &&
    previous.sentence === token.sentence &&
    /\p{L}/u.test(previous.text) &&
    next !== undefined &&
    next.sentence === token.sentence &&
    next.start - token.end <= 1 &&
    next.pos === 'PROPN' &&
    NAME_WORD.test(next.text)
  );
}

/**
 * "Foreign Minister Baiba Braze said": a capitalised word the tagger reads as a verb ("braze"), right
 * after a first name the run holds, is the surname; mid-sentence, no verb is capitalised.
 */
function surnameTakenForVerb(token: Token, previous: Token | undefined, run: readonly Token[]): boolean {
  const first = run.at(-1);
  return (
    token.pos === 'VERB' &&
    first !== undefined &&
    first === previous &&
    first.pos === 'PROPN' &&
    first.sentence === token.sentence &&
    token.start - first.end <= 1 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(token.text) &&
    !TITLE_WORDS.has(token.text.toLowerCase()) &&
    !TITLE_WORDS.has(first.text.toLowerCase())
  );
}

/**
 * A word of a title, also one the tagger keeps whole with its hyphen ("Vice-President JD Vance"): each of its parts a
 * title's word.
 */
function isTitleWord(text: string): boolean {
  const word = text.toLowerCase();
  return (
    TITLE_WORDS.has(word) || (word.includes('-') && word.split('-').every((part) => TITLE_WORDS.has(part)))
  );
}

/** @param single whether one word is a name: a surname right after an office ("spokesman Peskov") */
function nameOf(run: readonly Token[], single = false): PersonName | undefined {
  // The title ends at its last title word: "Deputy Defence Minister Alexander Fomin".
  let from = 0;
  for (const [index, token] of run.entries()) if (isTitleWord(token.text)) from = index + 1;
  // "Bishop Shyrokoradiuk": a bishop's rank where the title ends, a name after it; "Julie Bishop" keeps her surname.
  if (run[from]?.text.toLowerCase() === 'bishop' && from < run.length - 1) from += 1;
  // A pope is named with the title, his one name alone being no one's full name: "Pope Francis", "Pope Leo XIV".
  const regnal = /^[IVXL]+$/u.test(run.at(-1)?.text ?? '') ? 1 : 0;
  if (from === run.length - 1 - regnal && run[from - 1]?.text.toLowerCase() === 'pope') from -= 1;
  // "Head of the Presidential Administration Dmitry Kozak", "Gen. Army Mark Milley": a body's name before two
  // words or more is where the person serves, the end of the title; the name is after it.
  const isBodyWord = (token: Token) => NOT_A_PERSON.has(token.text.toLowerCase().replace(/[’']s$/u, ''));
  const lastBody = run.findLastIndex((token, index) => index >= from && isBodyWord(token));
  if (lastBody >= 0 && run.length - lastBody - 1 >= 2) from = lastBody + 1;
  const words = run.slice(from);
  if (words.some(isBodyWord)) return undefined;
  if (
    words.length === 2 &&
    REGION_DIRECTIONS.has(words[0]?.text.toLowerCase() ?? '') &&
    REGIONS.has(words[1]?.text.toLowerCase().replace(/[’']s$/u, '') ?? '')
  )
    return undefined;
  // (A hyphen inside a word of the name is no word of its own: "Jean-Yves Le Drian" has four.)
  const core = words.filter(
    (token) =>
      !INITIAL.test(token.text) &&
      !SUFFIX.test(token.text) &&
      !NAME_PARTICLE.test(token.text) &&
      token.text !== '-',
  );
  // "S. Jaishankar": an initial before a surname names a person as a first name does.
  const initialled = words[0] !== undefined && INITIAL.test(words[0].text);
  // "Mr. Guterres", "Chancellor Nehammer": a surname right after an honorific or a person's office in the run.
  const titled = from > 0 && NAMING_TITLES.has(run[from - 1]?.text.toLowerCase() ?? '');
  // (An Arabic name of its chain of "bin"s runs to five words: "Mohammed bin Abdulaziz bin Saleh Al Khulaifi".)
  const longest = words.some((token) => NAME_PARTICLE.test(token.text)) ? 5 : 4;
  if (core.length < ((single && from === 0) || initialled || titled ? 1 : 2) || core.length > longest)
    return undefined;
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return undefined;
  // A possessive ends the name: "Alexander Fomin's remarks".
  const end = last.text.endsWith('’s') || last.text.endsWith("'s") ? last.end - 2 : last.end;
  const text = run
    .slice(from)
    .map((token, index, all) =>
      index === 0 ? token.text : ' '.repeat(token.start - (all[index - 1]?.end ?? token.start)) + token.text,
    )
    .join('');
  const name = text.slice(0, text.length - (last.end - end));
  // A state or its capital stands for a government: "New Delhi said" names no person.
  if (STATE_AND_CAPITAL_NAMES.has(name.toLowerCase())) return undefined;
  // "RBC-Ukraine reports", "Sputnik-Belarus said": an initialism or a state joined to a word by a hyphen names an
  // outlet ("Rimsky-Korsakov" is a surname).
  const hyphened = name.split(/\s*-\s*/u);
  if (
    hyphened.length > 1 &&
    hyphened.some((part) => /^\p{Lu}{2,}$/u.test(part) || STATE_AND_CAPITAL_NAMES.has(part.toLowerCase()))
  )
    return undefined;
  return { name, start: first.start, end };
}

/**
 * One capitalised word standing alone as a subject, which may be a person's surname: a proper noun, not
 * an abbreviation or an initialism, nor the end of a longer run of capitals (which `findPersonNames` reads
 * whole), nor a word that makes a run no person's, a title, a state or its capital, nor claimed.
 */
function loneNameWord(
  tokens: readonly Token[],
  index: number,
  isClaimed: (token: Token) => boolean,
): boolean {
  const token = tokens[index];
  if (
    token === undefined ||
    token.pos !== 'PROPN' ||
    !NAME_WORD.test(token.text) ||
    token.text.endsWith('.') ||
    token.text === token.text.toUpperCase() ||
    isClaimed(token)
  )
    return false;
  const previous = tokens[index - 1];
  if (previous?.sentence === token.sentence && NAME_WORD.test(previous.text) && previous.pos === 'PROPN')
    return false;
  // "the Elysee said": a determiner makes it a body's or a place's name; a surname alone goes without one.
  if (previous?.sentence === token.sentence && previous.pos === 'DET') return false;
  const word = token.text.toLowerCase();
  return !NOT_A_PERSON.has(word) && !TITLE_WORDS.has(word) && !STATE_AND_CAPITAL_NAMES.has(word);
}

/**
 * Single words a paragraph makes the subject of "say", "tell" or "add" ("Jaishankar said", "Rubio told Fox
 * News"): the verbs a report gives people far more than bodies, whose names (agencies, outlets, ministries)
 * `NOT_A_PERSON` and the knowledge mostly claim. Whether such a word is a person's surname is for the whole
 * article to say (`surnamesUsedAlone` in `article.ts`).
 * @param claimed spans already taken: known mentions, quotations
 */
export function namesBeforeSpeechVerb(
  tokens: readonly Token[],
  claimed: readonly { start: number; end: number }[],
): Set<string> {
  const isClaimed = overlapsAny(claimed);
  const names = new Set<string>();
  // "Roskomnadzor said it had begun …": a body is "it".
  const bodies = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    // "“…,” said Fidan at a press conference": the verb right after a quote's closing comma, the word alone after it.
    const before = tokens[index - 1];
    const next = tokens[index + 1];
    if (
      before?.pos === 'VERB' &&
      /^(?:say|add)$/u.test(before.lemma) &&
      /^\p{Ll}/u.test(before.text) &&
      closesQuote(tokens, index - 2) &&
      !(next?.sentence === token.sentence && NAME_WORD.test(next.text)) &&
      loneNameWord(tokens, index, isClaimed)
    ) {
      names.add(token.text);
      continue;
    }
    const verb = verbAfterLoneWord(tokens, index, isClaimed);
    if (verb === undefined) continue;
    // "Sources said", "Officials told reporters": a plural noun that opens its sentence takes a capital there.
    const opensSentence = before === undefined || before.sentence !== token.sentence;
    if (pronounSoonAfter(tokens, index, /^(?:it|its)$/u, BODY_STOPS)) bodies.add(token.text);
    else if (/^(?:say|tell|add)$/u.test(verb.lemma) && !(opensSentence && /s$/u.test(token.text)))
      names.add(token.text);
  }
  return new Set([...names].filter((name) => !bodies.has(name)));
}

/** The lower-case verb right after a lone capitalised word at `index`, in its sentence ("Merz said"), if any. */
function verbAfterLoneWord(
  tokens: readonly Token[],
  index: number,
  isClaimed: (token: Token) => boolean,
): Token | undefined {
  const token = tokens[index];
  const verb = tokens[index + 1];
  if (
    token === undefined ||
    verb?.pos !== 'VERB' ||
    verb.sentence !== token.sentence ||
    !/^\p{Ll}/u.test(verb.text) ||
    !loneNameWord(tokens, index, isClaimed)
  )
    return undefined;
  return verb;
}

/** What ends the search for a body's "it" after its verb: a noun or a name between is the one it means. */
const BODY_STOPS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);
/** What ends the search for a person's "he" after their verb: a noun, a name or another pronoun between. */
const PERSON_STOPS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON']);

/**
 * Whether a pronoun follows the verb after the word at `index` within three words of its sentence, before any
 * word `stops` names the part of speech of: "said he", "stated that he", "said it had begun".
 */
function pronounSoonAfter(
  tokens: readonly Token[],
  index: number,
  pronoun: RegExp,
  stops: ReadonlySet<string>,
): boolean {
  const sentence = tokens[index]?.sentence;
  const following = tokens.slice(index + 2, index + 5).filter((next) => next.sentence === sentence);
  const at = following.findIndex((next) => pronoun.test(next.text));
  return at !== -1 && following.slice(0, at).every((next) => !stops.has(next.pos));
}

/** Whether the token at `index` ends a quotation: its closing mark, or a comma right before or after one. */
function closesQuote(tokens: readonly Token[], index: number): boolean {
  const mark = /^[”"’»]$/u;
  const token = tokens[index]?.text ?? '';
  return (
    mark.test(token) ||
    (token === ',' && (mark.test(tokens[index - 1]?.text ?? '') || mark.test(tokens[index + 1]?.text ?? '')))
  );
}

/** The pronouns that say a subject is a person: "Merz said he had …", "Lula voiced his commitment". */
const PERSON_PRONOUN = /^(?:he|she|his|her)$/u;

/**
 * Single words a paragraph uses as a person's name, by the pronoun that refers back to them in their own clause:
 * "Merz said he had “no illusions”", "Lula voiced his commitment". A report may name someone by the surname
 * alone, never in full; a body or a place is "it", never "he". Words that make a run no person's, titles,
 * states and their capitals, and words known entities or quotations claim are none.
 * @param claimed spans already taken: known mentions, quotations
 */
export function namesByPronoun(
  tokens: readonly Token[],
  claimed: readonly { start: number; end: number }[],
): Set<string> {
  const isClaimed = overlapsAny(claimed);
  const names = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    // "said he", "stated that he", "voiced his": the pronoun before any other noun or name.
    if (
      verbAfterLoneWord(tokens, index, isClaimed) !== undefined &&
      pronounSoonAfter(tokens, index, PERSON_PRONOUN, PERSON_STOPS)
    )
      names.add(token.text);
  }
  return names;
}
