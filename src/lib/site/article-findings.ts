import type { ArticleRecord, TalksModel } from '../compile/model';
import { paragraphNumber, partyUrl, personUrl, roundUrl } from '../urls';
import { resolvedDateDisplay, resolvedDateId } from './article-annotations';

/** A paragraph of the article, as a reader refers to it. */
export interface ParagraphRef {
  id: string;
  number: number;
}

/** Someone the article quotes, with the paragraphs of their quotes. */
export interface ArticleSpeaker {
  name: string;
  /** The speaker's page; none for a person the knowledge lacks (`named`). */
  href?: string;
  paragraphs: ParagraphRef[];
}

/** A round the article reports on, with the paragraphs linked to it. */
export interface ArticleRound {
  title: string;
  href: string;
  paragraphs: ParagraphRef[];
}

/** A date expression of the article and the day or period it resolves to. */
export interface ArticleDate {
  /** The id the paragraph's `<time>` is described by (`resolvedDateId`). */
  id: string;
  /** The words as printed ("Thursday", "last week"). */
  phrase: string;
  paragraph: ParagraphRef;
  /** A `datetime` value, absent for a span no HTML date can hold. */
  datetime?: string;
  resolved: string;
}

/** What the article page lists beside the text: who speaks, the rounds it reports on, the dates it resolves. */
export interface ArticleFindings {
  speakers: ArticleSpeaker[];
  rounds: ArticleRound[];
  dates: ArticleDate[];
}

const ref = (id: string): ParagraphRef => ({ id, number: paragraphNumber(id) });

/**
 * Who speaks in an article (named people and parties it quotes, in order of
 * their first quote), the rounds it reports on (in the order they were held)
 * and every date it resolves (in reading order), each with its paragraphs.
 */
export function articleFindings(
  model: Pick<TalksModel, 'people' | 'parties' | 'rounds'>,
  article: Pick<ArticleRecord, 'paragraphs'>,
): ArticleFindings {
  const names = {
    person: new Map(model.people.map((person) => [person.id, person.name])),
    party: new Map(model.parties.map((party) => [party.id, party.name])),
  };
  const speakers = new Map<string, ArticleSpeaker>();
  const rounds = new Map<string, ParagraphRef[]>();
  const dates: ArticleDate[] = [];
  for (const paragraph of article.paragraphs) {
    for (const { speaker } of paragraph.quotes) {
      if (speaker === undefined || speaker.type === 'unnamed') continue;
      const key = speaker.type === 'named' ? `named ${speaker.name}` : `${speaker.type} ${speaker.id}`;
      const entry: ArticleSpeaker =
        speakers.get(key) ??
        (speaker.type === 'named'
          ? { name: speaker.name, paragraphs: [] }
          : {
              name: names[speaker.type].get(speaker.id) ?? speaker.id,
              href: speaker.type === 'person' ? personUrl(speaker.id) : partyUrl(speaker.id),
              paragraphs: [],
            });
      if (!entry.paragraphs.some(({ id }) => id === paragraph.id)) entry.paragraphs.push(ref(paragraph.id));
      speakers.set(key, entry);
    }
    for (const link of paragraph.rounds)
      rounds.set(link.round, [...(rounds.get(link.round) ?? []), ref(paragraph.id)]);
    paragraph.dates.forEach((date, index) => {
      dates.push({
        id: resolvedDateId(paragraph.id, index + 1),
        phrase: date.phrase,
        paragraph: ref(paragraph.id),
        ...resolvedDateDisplay(date),
      });
    });
  }
  return {
    speakers: [...speakers.values()],
    rounds: model.rounds.flatMap((round) => {
      const paragraphs = rounds.get(round.id);
      return paragraphs === undefined ? [] : [{ title: round.title, href: roundUrl(round.id), paragraphs }];
    }),
    dates,
  };
}
