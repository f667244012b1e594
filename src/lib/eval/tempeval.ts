/**
 * The TempEval-3 platinum check (`npm run eval:tempeval`, `tests/tempeval/`): reads TimeML documents,
 * says our resolved dates in TimeML's value notation and scores them against the gold TIMEX3 DATE values.
 * Nothing here knows the documents: the parser, the notation and the scoring are the same for any TimeML file.
 */
import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { ResolvedDate } from '../compile/relative-dates';

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

export interface Timex {
  tid: string;
  type: TimexType;
  /** The normalised value as annotated (`2013-03-22`, `2013-W12`, `PRESENT_REF`, `P1M` …). */
  value: string;
  /** The annotated words, tags inside them removed. */
  text: string;
  /** Offsets of `text` in the document text (`TimemlDocument.text`); for the DCT, offsets in its own element. */
  start: number;
  end: number;
  /** Every attribute as written (`mod`, `functionInDocument`, `anchorTimeID` …). */
  attributes: Readonly<Record<string, string>>;
}

export interface TimemlDocument {
  id: string;
  /** The document creation time: the TIMEX3 in `<DCT>`, `functionInDocument="CREATION_TIME"`. */
  dct: Timex;
  /** The content of `<TEXT>` with every tag removed and entities decoded; TIMEX3 offsets point into it. */
  text: string;
  /** The TIMEX3 elements inside `<TEXT>`, in text order. */
  timexes: Timex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X'))
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  const decoded = ENTITIES[name];
  if (decoded === undefined) throw new Error(`unknown entity &${name};`);
  return decoded;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    const name = match[1] ?? '';
    attributes[name] = (match[2] ?? match[3] ?? '').replace(/&([^;\s]+);/gu, (_whole, entity: string) =>
      decodeEntity(entity),
    );
  }
  return attributes;
}

function timexFrom(attributes: Record<string, string>, text: string, start: number, where: string): Timex {
  const { tid, type, value } = attributes;
  if (tid === undefined) throw new Error(`${where}: a TIMEX3 without a tid`);
  if (!TIMEX_TYPES.includes(type as TimexType)) throw new Error(`${where}: TIMEX3 ${tid} has type "${type}"`);
  if (value === undefined) throw new Error(`${where}: TIMEX3 ${tid} has no value`);
  return { tid, type: type as TimexType, value, text, start, end: start + text.length, attributes };
}

/**
 * Strips the tags from a TimeML fragment, keeping offsets: returns the plain text and every TIMEX3 with
 * its span in it. TIMEX3 elements may not nest; other elements (EVENT, SIGNAL …) are dropped, their words kept.
 */
function stripTags(fragment: string, where: string): { text: string; timexes: Timex[] } {
  let text = '';
  const timexes: Timex[] = [];
  let open: { attributes: Record<string, string>; start: number } | undefined;
  const tokens = /<(\/?)([A-Za-z][\w.-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|&([^;\s<&]+);|[^<&]+|[<&]/gu;
  for (const token of fragment.matchAll(tokens)) {
    const [whole, closing, name, attributeSource, selfClosing, entity] = token;
    if (name !== undefined) {
      if (name !== 'TIMEX3' || selfClosing === '/') continue;
      if (closing === '/') {
        if (open === undefined) throw new Error(`${where}: </TIMEX3> without an opening tag`);
        timexes.push(timexFrom(open.attributes, text.slice(open.start), open.start, where));
        open = undefined;
      } else {
        if (open !== undefined) throw new Error(`${where}: nested TIMEX3`);
        open = { attributes: parseAttributes(attributeSource ?? ''), start: text.length };
      }
    } else if (whole.startsWith('<!--')) {
      continue;
    } else if (entity !== undefined) {
      text += decodeEntity(entity);
    } else if (whole === '<' || whole === '&') {
      throw new Error(`${where}: a bare "${whole}" at ${token.index}`);
    } else {
      text += whole;
    }
  }
  if (open !== undefined) throw new Error(`${where}: an unclosed TIMEX3`);
  return { text, timexes };
}

/** The content of the one `<name>` element of a document (its attributes ignored). */
function element(xml: string, name: string, where: string): string {
  const matches = [...xml.matchAll(new RegExp(String.raw`<${name}\b[^>]*>([\s\S]*?)</${name}>`, 'gu'))];
  if (matches.length !== 1) throw new Error(`${where}: expected one <${name}>, found ${matches.length}`);
  return matches[0]?.[1] ?? '';
}

/** Reads one TimeML document (a TempEval-3 .tml file). `name` is used in error messages. */
export function parseTimeml(xml: string, name = 'document'): TimemlDocument {
  const id = element(xml, 'DOCID', name).trim();
  const dctPart = stripTags(element(xml, 'DCT', name), `${name} <DCT>`);
  const [dct, ...extra] = dctPart.timexes;
  if (dct === undefined || extra.length > 0) throw new Error(`${name}: <DCT> must hold exactly one TIMEX3`);
  if (dct.attributes['functionInDocument'] !== 'CREATION_TIME')
    throw new Error(`${name}: the DCT TIMEX3 is not functionInDocument="CREATION_TIME"`);
  if (!/^\d{4}-\d{2}-\d{2}/u.test(dct.value))
    throw new Error(`${name}: the DCT value "${dct.value}" is not a day`);
  const { text, timexes } = stripTags(element(xml, 'TEXT', name), `${name} <TEXT>`);
  return { id, dct, text, timexes };
}

/** A gold value compared as written, apart from case and surrounding space. */
export function normaliseGoldValue(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Our resolved date in TimeML's value notation: a day `2013-03-22`, an ISO week `2013-W12`, a month `2013-03`,
 * a calendar year `2013`; any other span as the interval `start/end`, which no TimeML value equals. A unit in
 * progress ("this week", "this month": Monday or the 1st up to publication) is that unit, as its precision
 * says; a span from 1 January to a day of the same year ("this year": the resolver reports years as spans) is
 * that year.
 */
export function timemlValue(date: Pick<ResolvedDate, 'start' | 'end' | 'precision'>): string {
  const { start, end, precision } = date;
  switch (precision) {
    case 'day':
      return start === end ? start : `${start}/${end}`;
    case 'week': {
      const day = parseISO(start);
      return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
    }
    case 'month':
      return start.slice(0, 7);
    case 'span': {
      const year = start.slice(0, 4);
      return start.endsWith('-01-01') && end.startsWith(`${year}-`) ? year : `${start}/${end}`;
    }
  }
}

/** A gold DATE and what we said about it. */
export interface DateJudgement {
  gold: Timex;
  /** Our expression overlapping the gold span most (the first of equals); undefined when none overlaps. */
  ours: ResolvedDate | undefined;
  /** `timemlValue(ours)`. */
  oursValue: string | undefined;
  correct: boolean;
}

export interface DocumentScore {
  document: TimemlDocument;
  /** Every gold DATE in the text (the DCT is outside the text), in order. */
  dates: DateJudgement[];
  /** All our expressions. */
  ours: ResolvedDate[];
  /** Our expressions overlapping a gold TIMEX3 of another type (DURATION, TIME, SET) and no gold DATE. */
  otherType: { ours: ResolvedDate; gold: Timex }[];
  /** Our expressions overlapping no gold TIMEX3 at all. */
  spurious: ResolvedDate[];
}

function overlap(a: { start: number; end: number }, ours: ResolvedDate): number {
  return Math.max(0, Math.min(a.end, ours.index + ours.phrase.length) - Math.max(a.start, ours.index));
}

/** Relaxed matching, as TempEval-3's: a gold DATE is found when one of our expressions overlaps its span. */
export function scoreDocument(document: TimemlDocument, ours: ResolvedDate[]): DocumentScore {
  const dates = document.timexes
    .filter((timex) => timex.type === 'DATE')
    .map((gold): DateJudgement => {
      let best: ResolvedDate | undefined;
      for (const candidate of ours)
        if (overlap(gold, candidate) > (best === undefined ? 0 : overlap(gold, best))) best = candidate;
      const oursValue = best === undefined ? undefined : timemlValue(best);
      return {
        gold,
        ours: best,
        oursValue,
        correct: oursValue !== undefined && oursValue === normaliseGoldValue(gold.value),
      };
    });
  const otherType: DocumentScore['otherType'] = [];
  const spurious: ResolvedDate[] = [];
  for (const expression of ours) {
    const overlapping = document.timexes.filter((timex) => overlap(timex, expression) > 0);
    if (overlapping.length === 0) spurious.push(expression);
    else if (overlapping.every((timex) => timex.type !== 'DATE'))
      otherType.push({ ours: expression, gold: overlapping[0] as Timex });
  }
  return { document, dates, ours, otherType, spurious };
}

export interface Totals {
  goldDates: number;
  found: number;
  correct: number;
  ours: number;
  otherType: number;
  spurious: number;
}

export function totals(scores: readonly DocumentScore[]): Totals {
  const sum = (count: (score: DocumentScore) => number) =>
    scores.reduce((total, score) => total + count(score), 0);
  return {
    goldDates: sum((score) => score.dates.length),
    found: sum((score) => score.dates.filter((date) => date.ours !== undefined).length),
    correct: sum((score) => score.dates.filter((date) => date.correct).length),
    ours: sum((score) => score.ours.length),
    otherType: sum((score) => score.otherType.length),
    spurious: sum((score) => score.spurious.length),
  };
}
