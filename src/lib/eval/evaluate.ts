import type { OpenData, QuoteRecordData } from '../../schemas/open-data';
import { escapeRegExp, normaliseForCitation } from '../compile/text';
import { foldForComparison } from '../fold';
import type { GoldArticle, GoldSpeaker } from './gold';

/** The figures for one kind of fact: how much of what the compiler found is right, and how much of the truth it found. */
export interface KindScore {
  kind: EvalKind;
  /** Right facts found. */
  correct: number;
  /** Facts the compiler published (precision's denominator). */
  found: number;
  /** Facts in the gold set (recall's denominator). */
  expected: number;
  precision: number;
  recall: number;
  /** Gold facts the compiler missed or got wrong. */
  misses: string[];
  /** Published facts the gold set does not support. */
  falseHits: string[];
}

export type EvalKind =
  'quoteSpeakers' | 'quotes' | 'dates' | 'contacts' | 'contactParticipants' | 'mentions' | 'roundLinks';

export const EVAL_LABELS: Record<EvalKind, string> = {
  quoteSpeakers: 'Quote speakers',
  quotes: 'Quotations found',
  dates: 'Dates (expression, value, precision)',
  contacts: 'Contacts (kind, date)',
  contactParticipants: 'Contact participants',
  mentions: 'Mentions',
  roundLinks: 'Paragraphs linked to rounds',
};

/** The floors the evaluation must reach: below one, `npm run eval` and `npm test` fail. */
export const EVAL_FLOORS: EvalFloors = {
  quoteSpeakers: { precision: 0.98, recall: 0.95 },
  dates: { precision: 1, recall: 1 },
  contactParticipants: { precision: 0.95 },
  mentions: { precision: 0.98 },
  // A linked paragraph is shown on the round's page as one of its sources: a wrong one is a wrong claim.
  roundLinks: { precision: 0.9, recall: 0.48 },
};

export type EvalFloors = Partial<Record<EvalKind, { precision?: number; recall?: number }>>;

export interface EvalOptions {
  /** The kinds of fact the gold set annotates (all when not given): a kind it leaves out is not scored. */
  kinds?: readonly EvalKind[];
  /** The floors to hold the figures to; the seed set's by default. */
  floors?: EvalFloors;
}

export interface EvalReport {
  /** The articles the gold set covers. */
  articles: string[];
  scores: KindScore[];
  /** Each figure below its floor, in words; empty when the evaluation passes. */
  failures: string[];
}

function score(
  kind: EvalKind,
  correct: number,
  found: number,
  expected: number,
  misses: string[],
  falseHits: string[],
): KindScore {
  return {
    kind,
    correct,
    found,
    expected,
    precision: found === 0 ? 1 : correct / found,
    recall: expected === 0 ? 1 : correct / expected,
    misses,
    falseHits,
  };
}

/** Quote text as compared: marks, case, white space and the punctuation at its ends aside. */
function quoteKey(text: string): string {
  return normaliseForCitation(text)
    .toLowerCase()
    .replace(/^[\s"'.,;:…-]+|[\s"'.,;:…-]+$/gu, '');
}

/** An unnamed source's description as compared: "one European defense official" and "a European defense official" are one source. */
function descriptionKey(text: string): string {
  return foldForComparison(text)
    .replace(/^(?:a|an|one|the|two|three|several|multiple|another|this)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the record gives the quote to someone: not nobody, and not a speaker the compiler abstained on. */
function attributed(found: QuoteRecordData): boolean {
  return found.speakerKind !== null && found.speakerKind !== 'unknown';
}

/** A person's name as compared: case, diacritics and spacing aside. */
function nameKey(text: string): string {
  return foldForComparison(text).replace(/\s+/gu, ' ').trim();
}

function speakerMatches(gold: GoldSpeaker, found: QuoteRecordData): boolean {
  if (gold === null) return !attributed(found);
  if (typeof gold === 'string') return found.speakerKind === 'person' && found.speaker === gold;
  if ('party' in gold) return found.speakerKind === 'party' && found.party === gold.party;
  if ('named' in gold)
    return found.speakerKind === 'named' && nameKey(found.speakerLabel ?? '') === nameKey(gold.named);
  return (
    found.speakerKind === 'unnamed' &&
    descriptionKey(found.speakerLabel ?? '') === descriptionKey(gold.unnamed)
  );
}

function describeSpeaker(speaker: GoldSpeaker): string {
  if (speaker === null) return 'nobody';
  if (typeof speaker === 'string') return speaker;
  if ('named' in speaker) return `named “${speaker.named}”`;
  return 'party' in speaker ? `party ${speaker.party}` : `unnamed “${speaker.unnamed}”`;
}

function describeFound(quote: QuoteRecordData): string {
  if (quote.speakerKind === null) return 'nobody';
  if (quote.speakerKind === 'unknown') return 'unknown (abstained)';
  if (quote.speakerKind === 'person') return quote.speaker ?? '?';
  if (quote.speakerKind === 'named') return `named “${quote.speakerLabel ?? '?'}”`;
  return quote.speakerKind === 'party'
    ? `party ${quote.party ?? '?'}`
    : `unnamed “${quote.speakerLabel ?? '?'}”`;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Removes and returns the first item that passes, so each gold fact is matched once. */
function take<T>(items: T[], test: (item: T) => boolean): T | undefined {
  const index = items.findIndex(test);
  return index === -1 ? undefined : items.splice(index, 1)[0];
}

/**
 * Measures the published data against the gold set, over the articles the
 * gold set covers: precision and recall per kind of fact, with every miss
 * and every false hit, and the figures that fall below their floors.
 */
export function evaluate(
  gold: readonly GoldArticle[],
  data: OpenData,
  options: EvalOptions = {},
): EvalReport {
  const floors = options.floors ?? EVAL_FLOORS;
  const covered = new Set(gold.map((article) => article.article));
  const inGold = <T extends { article: string }>(records: readonly T[]) =>
    records.filter((record) => covered.has(record.article));
  const scores: KindScore[] = [];

  // Quotes: found spans, then speakers.
  {
    const goldQuotes = gold.flatMap((article) =>
      article.quotes.map((quote) => ({ ...quote, article: article.article })),
    );
    const found = inGold(data.quotes);
    const unmatched = [...found];
    const spanMisses: string[] = [];
    const speakerMisses: string[] = [];
    const speakerFalse: string[] = [];
    let spans = 0;
    let speakersRight = 0;
    for (const quote of goldQuotes) {
      const match = take(
        unmatched,
        (candidate) =>
          candidate.article === quote.article &&
          candidate.paragraph === quote.paragraph &&
          quoteKey(candidate.text) === quoteKey(quote.text),
      );
      const where = `${quote.article} ${quote.paragraph} “${short(quote.text)}”`;
      if (match === undefined) {
        spanMisses.push(where);
        if (quote.speaker !== null)
          speakerMisses.push(`${where}: not found (gold: ${describeSpeaker(quote.speaker)})`);
        continue;
      }
      spans += 1;
      if (speakerMatches(quote.speaker, match)) {
        if (quote.speaker !== null) speakersRight += 1;
        continue;
      }
      if (quote.speaker !== null)
        speakerMisses.push(`${where}: gold ${describeSpeaker(quote.speaker)}, found ${describeFound(match)}`);
      if (attributed(match))
        speakerFalse.push(`${where}: found ${describeFound(match)}, gold ${describeSpeaker(quote.speaker)}`);
    }
    for (const extra of unmatched) {
      if (attributed(extra))
        speakerFalse.push(
          `${extra.article} ${extra.paragraph} “${short(extra.text)}”: found ${describeFound(extra)}, not a quote in the gold set`,
        );
    }
    scores.push(
      score(
        'quoteSpeakers',
        speakersRight,
        found.filter(attributed).length,
        goldQuotes.filter((quote) => quote.speaker !== null).length,
        speakerMisses,
        speakerFalse,
      ),
    );
    scores.push(
      score(
        'quotes',
        spans,
        found.length,
        goldQuotes.length,
        spanMisses,
        unmatched.map((extra) => `${extra.article} ${extra.paragraph} “${short(extra.text)}”`),
      ),
    );
  }

  // Dates: the same expression (overlapping words in the same paragraph) with the same value and precision.
  {
    const unmatched = [...inGold(data.dates)];
    const found = unmatched.length;
    const misses: string[] = [];
    const wrong: string[] = [];
    let right = 0;
    for (const article of gold) {
      for (const date of article.dates) {
        const overlaps = (text: string) => {
          const a = text.toLowerCase();
          const b = date.text.toLowerCase();
          return a.includes(b) || b.includes(a);
        };
        const match = take(
          unmatched,
          (candidate) =>
            candidate.article === article.article &&
            candidate.paragraph === date.paragraph &&
            overlaps(candidate.text),
        );
        const where = `${article.article} ${date.paragraph} “${date.text}”`;
        if (match === undefined) {
          misses.push(`${where}: not found (gold ${date.value}, ${date.precision})`);
        } else if (match.value === date.value && match.precision === date.precision) {
          right += 1;
        } else {
          misses.push(
            `${where}: gold ${date.value} (${date.precision}), found ${match.value} (${match.precision})`,
          );
          wrong.push(
            `${where}: found ${match.value} (${match.precision}), gold ${date.value} (${date.precision})`,
          );
        }
      }
    }
    for (const extra of unmatched)
      wrong.push(
        `${extra.article} ${extra.paragraph} “${extra.text}”: found ${extra.value}, not a date in the gold set`,
      );
    scores.push(
      score(
        'dates',
        right,
        found,
        gold.reduce((sum, article) => sum + article.dates.length, 0),
        misses,
        wrong,
      ),
    );
  }

  // Contacts: each paragraph that reports one, by kind and date; then the people on it.
  {
    const goldContacts = gold.flatMap((article) =>
      article.contacts.map((contact) => ({ ...contact, article: article.article })),
    );
    const sightings = data.contacts.flatMap((contact) =>
      contact.sources
        .filter((source) => covered.has(source.article))
        .map((source) => ({ contact, article: source.article, paragraph: source.paragraph })),
    );
    const open = [...goldContacts];
    const contactFalse: string[] = [];
    const participantFalse: string[] = [];
    let contactsRight = 0;
    let participantsRight = 0;
    let participantsFound = 0;
    for (const { contact, article, paragraph } of sightings) {
      participantsFound += contact.participants.length;
      const where = `${article} ${paragraph} ${contact.kind} ${contact.date} [${contact.participants.join(', ')}]`;
      const candidates = open.filter(
        (gold) =>
          gold.article === article &&
          gold.paragraph === paragraph &&
          gold.kind === contact.kind &&
          gold.date === contact.date,
      );
      const overlap = (gold: (typeof goldContacts)[number]) =>
        contact.participants.filter((person) => gold.participants.includes(person)).length;
      const best = candidates.sort((a, b) => overlap(b) - overlap(a))[0];
      if (best === undefined) {
        contactFalse.push(`${where}: no such contact in the gold set`);
        participantFalse.push(`${where}: no such contact in the gold set`);
        continue;
      }
      open.splice(open.indexOf(best), 1);
      contactsRight += 1;
      participantsRight += overlap(best);
      const extra = contact.participants.filter((person) => !best.participants.includes(person));
      if (extra.length > 0)
        participantFalse.push(
          `${where}: ${extra.join(', ')} took no part (gold: ${best.participants.join(', ')})`,
        );
    }
    const describe = (gold: (typeof goldContacts)[number]) =>
      `${gold.article} ${gold.paragraph} ${gold.kind} ${gold.date} [${gold.participants.join(', ')}]`;
    scores.push(
      score(
        'contacts',
        contactsRight,
        sightings.length,
        goldContacts.length,
        open.map(describe),
        contactFalse,
      ),
    );
    scores.push(
      score(
        'contactParticipants',
        participantsRight,
        participantsFound,
        goldContacts.reduce((sum, contact) => sum + contact.participants.length, 0),
        open.map((gold) => `${describe(gold)}: contact not found`),
        participantFalse,
      ),
    );
  }

  // Mentions: each occurrence, by paragraph, kind, id and the words as printed (`sameMentionWords`).
  {
    const unmatched = [...inGold(data.mentions)];
    const found = unmatched.length;
    const misses: string[] = [];
    let right = 0;
    for (const article of gold) {
      for (const mention of article.mentions) {
        const match = take(
          unmatched,
          (candidate) =>
            candidate.article === article.article &&
            candidate.paragraph === mention.paragraph &&
            candidate.kind === mention.kind &&
            candidate.id === mention.id &&
            sameMentionWords(candidate.text, mention.text),
        );
        if (match === undefined)
          misses.push(
            `${article.article} ${mention.paragraph} “${mention.text}” (${mention.kind} ${mention.id})`,
          );
        else right += 1;
      }
    }
    scores.push(
      score(
        'mentions',
        right,
        found,
        gold.reduce((sum, article) => sum + article.mentions.length, 0),
        misses,
        unmatched.map(
          (extra) => `${extra.article} ${extra.paragraph} “${extra.text}” (${extra.kind} ${extra.id})`,
        ),
      ),
    );
  }

  // Round links: (article, paragraph, round) pairs.
  {
    const goldLinks = gold.flatMap((article) =>
      article.rounds.flatMap((link) =>
        link.rounds.map((round) => `${article.article} ${link.paragraph} → ${round}`),
      ),
    );
    const foundLinks = data.rounds.flatMap((round) =>
      round.paragraphs
        .filter((paragraph) => covered.has(paragraph.article))
        .map((paragraph) => `${paragraph.article} ${paragraph.paragraph} → ${round.id}`),
    );
    const goldSet = new Set(goldLinks);
    const foundSet = new Set(foundLinks);
    scores.push(
      score(
        'roundLinks',
        foundLinks.filter((link) => goldSet.has(link)).length,
        foundSet.size,
        goldSet.size,
        goldLinks.filter((link) => !foundSet.has(link)),
        foundLinks.filter((link) => !goldSet.has(link)),
      ),
    );
  }

  const kept =
    options.kinds === undefined ? scores : scores.filter((entry) => options.kinds?.includes(entry.kind));
  const failures = kept.flatMap((entry) => {
    const floor = floors[entry.kind];
    if (floor === undefined) return [];
    return [
      ...(floor.precision !== undefined && entry.precision < floor.precision
        ? [
            `${EVAL_LABELS[entry.kind]}: precision ${entry.precision.toFixed(3)} is below ${floor.precision.toFixed(2)}`,
          ]
        : []),
      ...(floor.recall !== undefined && entry.recall < floor.recall
        ? [
            `${EVAL_LABELS[entry.kind]}: recall ${entry.recall.toFixed(3)} is below ${floor.recall.toFixed(2)}`,
          ]
        : []),
    ];
  });
  return { articles: [...covered].sort(), scores: kept, failures };
}

/**
 * Whether two spans name the same mention: the same words, a possessive
 * aside ("Turkey's" and "Turkey"), or one the whole words of the other
 * ("Mikhailo Podolyak" and "Podolyak", where an annotator left out a
 * misspelt first name); "Russian" is not "Russia".
 */
export function sameMentionWords(a: string, b: string): boolean {
  const bare = (text: string) => text.replace(/[’']s$/u, '').trim();
  const [x, y] = [bare(a), bare(b)];
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(shorter)}(?![\\p{L}])`, 'u').test(longer);
}
