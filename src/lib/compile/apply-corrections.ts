import { UTCDate } from '@date-fns/utc';
import { endOfISOWeek, endOfMonth, format, parse } from 'date-fns';
import type {
  Correction,
  CorrectionKind,
  DateCorrection,
  MentionCorrection,
  QuoteCorrection,
} from '../../schemas/corrections';
import { isPublishedDate } from '../published-date';
import type { Speaker, UnnamedSource } from './attribution-types';
import type { CompiledArticle, CompiledParagraph, CompiledQuote } from './article';
import { closestPassage, locateQuote } from './citations';
import { findContacts } from './contacts';
import { isoDateValue } from './date-value';
import { closestMatches, normaliseForCitation } from './text';
import { ContentError, type Knowledge } from './knowledge';
import type { EntityKind, Mention } from './mentions';
import { findQuotations, withEnglishQuoteMarks } from './quotations';
import type { DatePrecision, ResolvedDate } from './relative-dates';
import { linkRounds, type RoundWindow } from './round-links';
import { roundWindows } from './round-windows';

/** The corrections file, as messages name it. */
const FILE = 'content/corrections.yaml';

/** A correction as the article page lists it, and the open data and the evaluation count it. */
export interface AppliedCorrection {
  kind: CorrectionKind;
  paragraphId: string;
  /** The words corrected, as the paragraph prints them; a contact's anchor for a contact. */
  words: string;
  /** What the compiler had, in words ("Sergey Lavrov", "2022-03-14", "no mention"). */
  before: string;
  /** What the editor says it is. */
  after: string;
  reason: string;
  /** The correction's anchor on its article page (`correction-2`), which the corrected fact points to. */
  anchor: string;
}

/** What a corrected fact carries: the editor's reason, and where its article page lists the correction. */
export interface CorrectionMark {
  reason: string;
  anchor: string;
}

type Marked<T> = T & { correctedBy?: CorrectionMark };

/** An article with its corrections applied, and the entries the compiler no longer needs. */
export interface CorrectedArticle {
  article: CompiledArticle;
  /** One line each: an entry the compiler already agrees with, which can go. */
  warnings: string[];
}

/**
 * Quotes the compiler gave to the last speaker because they go on with them
 * (`continued-quote`: a quote that opens its sentence with no attribution
 * of its own, often the next paragraph of one speech) take the editor's
 * speaker when the quote they went on from was corrected: a reader sees one
 * speech, and one correction puts all of it right. The run ends at the first
 * quote with a speaker of its own; quotes nobody speaks leave it as it was.
 */
function carryCorrectedSpeakers(
  paragraphs: CompiledParagraph[],
  corrected: ReadonlyMap<CompiledQuote, CompiledQuote>,
): void {
  if (corrected.size === 0) return;
  let run: { from: string; to: Marked<CompiledQuote> } | undefined;
  for (const paragraph of paragraphs) {
    paragraph.quotes = paragraph.quotes.map((quote: Marked<CompiledQuote>) => {
      const compiled = corrected.get(quote);
      if (compiled !== undefined) {
        run = { from: speakerKey(compiled), to: quote };
        return quote;
      }
      if (quote.speaker === undefined) return quote;
      const goesOn =
        run !== undefined &&
        quote.rule === 'continued-quote' &&
        quote.correctedBy === undefined &&
        speakerKey(quote) === run.from;
      if (!goesOn || run === undefined) {
        run = undefined;
        return quote;
      }
      const { speaker, speakerLabel, correctedBy } = run.to;
      return {
        text: quote.text,
        ...(speaker === undefined ? {} : { speaker }),
        ...(speakerLabel === undefined ? {} : { speakerLabel }),
        rule: 'continued-quote',
        ...(correctedBy === undefined ? {} : { correctedBy }),
      };
    });
  }
}

/** A day of a correction's value, at midnight UTC. */
const dayOf = (value: string) => new UTCDate(`${value}T00:00:00Z`);
const ymd = (date: Date) => format(date, 'yyyy-MM-dd');

/** The period an ISO value names (`2022-03-07`, `2022-W10`, `2022-03`, `2022-03-04/2022-03-11`), or undefined when it names no real days. */
export function periodOfValue(
  value: string,
): { start: string; end: string; precision: DatePrecision } | undefined {
  if (/^\d{4}-W\d{2}$/u.test(value)) {
    const first = parse(value, "RRRR-'W'II", new UTCDate(0));
    if (Number.isNaN(first.getTime())) return undefined;
    return { start: ymd(first), end: ymd(endOfISOWeek(first)), precision: 'week' };
  }
  if (/^\d{4}-\d{2}$/u.test(value)) {
    if (!isPublishedDate(`${value}-01`)) return undefined;
    return { start: `${value}-01`, end: ymd(endOfMonth(dayOf(`${value}-01`))), precision: 'month' };
  }
  const [start = '', end = start] = value.split('/');
  if (!isPublishedDate(start) || !isPublishedDate(end) || end < start) return undefined;
  return { start, end, precision: start === end ? 'day' : 'span' };
}

/**
 * Applies the editor's corrections to compiled articles, after the compiler
 * and before anything reads its output: a quote's speaker, a date's value (and
 * the rounds and contacts of its paragraph, found again with it), a mention's
 * entity. Built once per build from the knowledge, like the compiler.
 */
export class ArticleCorrector {
  readonly #rounds: RoundWindow[];
  readonly #countries: Set<string>;
  readonly #peopleById: Map<string, Knowledge['people'][number]>;
  readonly #partiesById: Map<string, Knowledge['parties'][number]>;
  readonly #placesById: Map<string, Knowledge['places'][number]>;

  constructor(knowledge: Knowledge) {
    // As the compiler links rounds: the last round, when ongoing, runs on.
    this.#rounds = [...roundWindows(knowledge, '9999-12-31').values()];
    this.#countries = new Set(
      knowledge.places.filter((place) => place.kind === 'country').map((place) => place.id),
    );
    this.#peopleById = new Map(knowledge.people.map((person) => [person.id, person]));
    this.#partiesById = new Map(knowledge.parties.map((party) => [party.id, party]));
    this.#placesById = new Map(knowledge.places.map((place) => [place.id, place]));
  }

  /**
   * One article with its corrections (those naming it) applied. Throws a
   * ContentError naming the file, the entry and the field of every entry
   * whose words are not in its paragraph or whose ids do not exist.
   */
  apply(article: CompiledArticle, corrections: readonly Correction[]): CorrectedArticle {
    const problems: string[] = [];
    const warnings: string[] = [];
    const applied: AppliedCorrection[] = [];
    const unnamedSources = [...article.unnamedSources];
    const paragraphs = article.paragraphs.map((paragraph) => ({ ...paragraph }));
    const relink = new Set<CompiledParagraph>();
    const correctedQuotes = new Map<CompiledQuote, CompiledQuote>();

    for (const correction of corrections) {
      if (correction.article !== article.slug || correction.kind === 'contact') continue;
      const where = `${FILE}: entry ${correction.entry} (${correction.article} ${correction.paragraph})`;
      const paragraph = paragraphs.find((candidate) => candidate.id === correction.paragraph);
      if (paragraph === undefined) {
        problems.push(
          `${where}, paragraph: ${article.slug} has no ${correction.paragraph}; its paragraphs are p-1 to p-${paragraphs.length}.`,
        );
        continue;
      }
      const wordsField = correction.kind;
      const words =
        correction.kind === 'quote'
          ? correction.quote
          : correction.kind === 'date'
            ? correction.date
            : correction.mention;
      const located = locateQuote([paragraph], words);
      const at = located === undefined ? -1 : paragraph.text.indexOf(located.printed);
      if (located === undefined || at === -1) {
        const closest = closestPassage([paragraph], words);
        problems.push(
          `${where}, ${wordsField}: “${words}” is not in ${correction.paragraph} of ${article.slug}.` +
            (closest === undefined ? '' : ` Closest passage: ${closest}`),
        );
        continue;
      }
      const span = { start: at, end: at + located.printed.length, printed: located.printed };
      const mark: CorrectionMark = { reason: correction.reason, anchor: `correction-${applied.length + 1}` };
      const result =
        correction.kind === 'quote'
          ? this.#quote(paragraph, correction, span, mark, unnamedSources)
          : correction.kind === 'date'
            ? this.#date(paragraph, correction, span, mark)
            : this.#mention(paragraph, correction, span, mark);
      if ('problem' in result) {
        problems.push(`${where}, ${result.field}: ${result.problem}`);
        continue;
      }
      if (result.before === result.after) {
        warnings.push(
          `${where}: the compiler already finds ${result.after} for “${span.printed}”; the correction is no longer needed and can be removed.`,
        );
        continue;
      }
      if (correction.kind !== 'quote') relink.add(paragraph);
      if (result.quote) correctedQuotes.set(result.quote.corrected, result.quote.compiled);
      applied.push({
        kind: correction.kind,
        paragraphId: paragraph.id,
        words: span.printed,
        before: result.before,
        after: result.after,
        reason: correction.reason,
        anchor: mark.anchor,
      });
    }
    if (problems.length > 0) throw new ContentError(problems);
    carryCorrectedSpeakers(paragraphs, correctedQuotes);

    for (const paragraph of relink) {
      // The compiler's own round and contact finding, on the corrected dates and mentions.
      paragraph.rounds = linkRounds(paragraph.text, paragraph.dates, paragraph.mentions, {
        rounds: this.#rounds,
        countries: this.#countries,
        day: article.referenceDay,
      });
      paragraph.contacts = findContacts(
        paragraph.text,
        paragraph.dates,
        paragraph.mentions,
        paragraph.rounds.length > 0,
        this.#peopleById,
        this.#partiesById,
      );
    }
    return {
      article: { ...article, paragraphs, unnamedSources, corrections: applied },
      warnings,
    };
  }

  #quote(
    paragraph: CompiledParagraph,
    correction: QuoteCorrection,
    span: { printed: string },
    mark: CorrectionMark,
    unnamedSources: UnnamedSource[],
  ): Change {
    const wanted = comparable(span.printed);
    const index = paragraph.quotes.findIndex((quote) => {
      const text = comparable(quote.text);
      return text.includes(wanted) || wanted.includes(text);
    });
    const compiled: CompiledQuote = paragraph.quotes[index] ?? { text: span.printed };
    const before = this.#speakerName(compiled, unnamedSources);
    let speaker: Speaker | undefined;
    let label: string | undefined;
    const given = correction.speaker;
    if (typeof given === 'string') {
      const person = this.#peopleById.get(given);
      if (person === undefined) return this.#unknown('speaker', 'person', given, this.#peopleById.keys());
      speaker = { type: 'person', id: given };
      label = person.name;
    } else if (given !== null && 'named' in given) {
      speaker = { type: 'named', name: given.named };
      label = given.named;
    } else if (given !== null) {
      const description = given.unnamed;
      let source = unnamedSources.find(
        (candidate) => candidate.description.toLowerCase() === description.toLowerCase(),
      );
      if (source === undefined) {
        source = {
          key: `unnamed-${unnamedSources.length + 1}`,
          description,
          group: /s$/u.test(description.trim().split(/\s+/u).at(-1) ?? ''),
          speaks: true,
        };
        unnamedSources.push(source);
      }
      source.speaks = true;
      speaker = { type: 'unnamed', key: source.key };
      label = description;
    }
    const corrected: Marked<CompiledQuote> = {
      text: compiled.text,
      ...(speaker === undefined ? {} : { speaker }),
      ...(label === undefined ? {} : { speakerLabel: label }),
      correctedBy: mark,
    };
    const after = this.#speakerName(corrected, unnamedSources);
    if (before !== after) {
      const quotes = [...paragraph.quotes];
      if (index === -1) quotes.push(corrected);
      else quotes[index] = corrected;
      // In the paragraph's order, so a quote added by the editor sits where it is printed.
      paragraph.quotes = quotes.sort(
        (a, b) => paragraph.text.indexOf(a.text) - paragraph.text.indexOf(b.text),
      );
      return { before, after, quote: { compiled, corrected } };
    }
    return { before, after };
  }

  #date(
    paragraph: CompiledParagraph,
    correction: DateCorrection,
    span: { start: number; end: number; printed: string },
    mark: CorrectionMark,
  ): Change {
    const overlapping = paragraph.dates.filter(
      (date) => date.index < span.end && span.start < date.index + date.phrase.length,
    );
    const before =
      overlapping.map((date) => isoDateValue(date.start, date.end, date.precision)).join(', ') || 'no date';
    if (correction.value === null) {
      if (overlapping.length > 0)
        paragraph.dates = paragraph.dates.filter((date) => !overlapping.includes(date));
      return { before, after: 'no date' };
    }
    const period = periodOfValue(correction.value);
    if (period === undefined)
      return { field: 'value', problem: `${correction.value} names no real days of the calendar.` };
    const after = isoDateValue(period.start, period.end, period.precision);
    if (before === after) return { before, after };
    const [first] = overlapping;
    const corrected: Marked<ResolvedDate> = {
      // The compiler's words when it read the expression, else the editor's.
      phrase: first?.phrase ?? span.printed,
      index: first?.index ?? span.start,
      ...period,
      correctedBy: mark,
    };
    paragraph.dates = [...paragraph.dates.filter((date) => !overlapping.includes(date)), corrected].sort(
      (a, b) => a.index - b.index,
    );
    return { before, after };
  }

  #mention(
    paragraph: CompiledParagraph,
    correction: MentionCorrection,
    span: { start: number; end: number; printed: string },
    mark: CorrectionMark,
  ): Change {
    const kind: EntityKind =
      correction.person !== undefined ? 'person' : correction.party !== undefined ? 'party' : 'place';
    const id = correction[kind] ?? null;
    const overlapping = paragraph.mentions.filter(
      (mention) => mention.start < span.end && span.start < mention.end,
    );
    const describeAll = (mentions: readonly Mention[]) =>
      mentions.map((mention) => this.#entityName(mention.kind, mention.id)).join(', ') || 'no mention';
    if (id === null) {
      const named = overlapping.filter((mention) => mention.kind === kind);
      paragraph.mentions = paragraph.mentions.filter((mention) => !named.includes(mention));
      return { before: describeAll(named), after: 'no mention' };
    }
    const known = { person: this.#peopleById, party: this.#partiesById, place: this.#placesById }[kind];
    if (!known.has(id)) return this.#unknown(kind, kind, id, known.keys());
    const before = describeAll(overlapping);
    const after = this.#entityName(kind, id);
    if (overlapping.some((mention) => mention.kind === kind && mention.id === id))
      return { before: after, after };
    const corrected: Marked<Mention> = {
      kind,
      id,
      text: span.printed,
      start: span.start,
      end: span.end,
      inQuote: findQuotations(withEnglishQuoteMarks(paragraph.text)).some(
        (quote) => span.start >= quote.start && span.end <= quote.end,
      ),
      correctedBy: mark,
    };
    paragraph.mentions = [
      ...paragraph.mentions.filter((mention) => !overlapping.includes(mention)),
      corrected,
    ].sort((a, b) => a.start - b.start);
    return { before, after };
  }

  #unknown(field: string, kind: string, id: string, known: Iterable<string>): Change {
    const suggestions = closestMatches(id, known);
    return {
      field,
      problem:
        `unknown ${kind} "${id}".` +
        (suggestions.length > 0 ? ` Close matches: ${suggestions.join(', ')}.` : ''),
    };
  }

  #entityName(kind: EntityKind, id: string): string {
    const entity = { person: this.#peopleById, party: this.#partiesById, place: this.#placesById }[kind].get(
      id,
    );
    return `${entity?.name ?? id} (${kind})`;
  }

  #speakerName(quote: CompiledQuote, unnamedSources: readonly UnnamedSource[]): string {
    const { speaker } = quote;
    if (speaker === undefined)
      return quote.abstained ? 'no speaker (the compiler abstained)' : 'nobody’s words';
    if (speaker.type === 'person') return this.#peopleById.get(speaker.id)?.name ?? speaker.id;
    if (speaker.type === 'party') return this.#partiesById.get(speaker.id)?.name ?? speaker.id;
    if (speaker.type === 'named') return `${speaker.name} (not in the knowledge)`;
    const source = unnamedSources.find((candidate) => candidate.key === speaker.key);
    return source?.description ?? 'an unnamed source';
  }

  /**
   * The contacts of the timeline with their participants corrected. Throws a
   * ContentError for a contact that is not there, or not reported in the
   * paragraph the entry names, or a participant who is not in the knowledge.
   */
  correctContacts<C extends ContactLike>(
    contacts: readonly C[],
    corrections: readonly Correction[],
  ): { contacts: C[]; applied: (AppliedCorrection & { article: string })[]; warnings: string[] } {
    const problems: string[] = [];
    const warnings: string[] = [];
    const applied: (AppliedCorrection & { article: string })[] = [];
    const corrected = contacts.map((contact) => ({ ...contact }));
    for (const correction of corrections) {
      if (correction.kind !== 'contact') continue;
      const where = `${FILE}: entry ${correction.entry} (${correction.article} ${correction.paragraph})`;
      const contact = corrected.find((candidate) => candidate.id === correction.contact);
      if (contact === undefined) {
        const suggestions = closestMatches(
          correction.contact,
          corrected.map(({ id }) => id),
        );
        problems.push(
          `${where}, contact: no contact has the anchor "${correction.contact}".` +
            (suggestions.length > 0 ? ` Close matches: ${suggestions.join(', ')}.` : ''),
        );
        continue;
      }
      if (
        !contact.sightings.some(
          (seen) => seen.article === correction.article && seen.paragraphId === correction.paragraph,
        )
      ) {
        problems.push(
          `${where}, contact: "${correction.contact}" is not reported in ${correction.paragraph} of ${correction.article}; it is in ${contact.sightings.map((seen) => `${seen.article} ${seen.paragraphId}`).join(', ')}.`,
        );
        continue;
      }
      const missing = correction.participants.flatMap((id) => {
        const unknown = this.#unknown('participants', 'person', id, this.#peopleById.keys());
        return this.#peopleById.has(id) || !('problem' in unknown)
          ? []
          : [`${where}, participants: ${unknown.problem}`];
      });
      if (missing.length > 0) {
        problems.push(...missing);
        continue;
      }
      const names = (ids: readonly string[]) =>
        ids.map((id) => this.#peopleById.get(id)?.name ?? id).join(', ');
      const before = names(contact.people);
      const after = names(correction.participants);
      if (before === after) {
        warnings.push(
          `${where}: the compiler already finds ${after} in contact "${contact.id}"; the correction is no longer needed and can be removed.`,
        );
        continue;
      }
      contact.people = [...correction.participants];
      contact.parties = [
        ...new Set(
          correction.participants.flatMap(
            (id) => this.#peopleById.get(id)?.roles.flatMap((role) => (role.party ? [role.party] : [])) ?? [],
          ),
        ),
      ];
      contact.correctedBy = { reason: correction.reason, anchor: '' };
      applied.push({
        article: correction.article,
        kind: 'contact',
        paragraphId: correction.paragraph,
        words: contact.id,
        before,
        after,
        reason: correction.reason,
        anchor: '',
      });
    }
    if (problems.length > 0) throw new ContentError(problems);
    return { contacts: corrected, applied, warnings };
  }
}

/** What a contact of the timeline must have for its participants to be corrected. */
interface ContactLike {
  id: string;
  people: string[];
  parties: string[];
  sightings: { article: string; paragraphId: string }[];
  correctedBy?: CorrectionMark;
}

type Change =
  | {
      before: string;
      after: string;
      /** For a quote whose speaker changed: the quote as the compiler had it, and as corrected. */
      quote?: { compiled: CompiledQuote; corrected: CompiledQuote };
    }
  | { field: string; problem: string };

/** A quote's speaker as one comparable value. */
const speakerKey = (quote: CompiledQuote): string => JSON.stringify(quote.speaker ?? null);

/** Quote text compared as citations are: typographic marks and white space aside, case aside. */
function comparable(text: string): string {
  return normaliseForCitation(text).replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** How many facts the editor corrected, by kind: the compiler's errors on the articles. */
export function correctionCounts(
  applied: readonly Pick<AppliedCorrection, 'kind'>[],
): Record<CorrectionKind, number> {
  const counts: Record<CorrectionKind, number> = { quote: 0, date: 0, mention: 0, contact: 0 };
  for (const { kind } of applied) counts[kind] += 1;
  return counts;
}

/** The counts in words: "3 facts (quotes 1, dates 1, mentions 1, contacts 0)". */
export function describeCorrectionCounts(counts: Record<CorrectionKind, number>): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return `${total} ${total === 1 ? 'fact' : 'facts'} (quotes ${counts.quote}, dates ${counts.date}, mentions ${counts.mention}, contacts ${counts.contact})`;
}
