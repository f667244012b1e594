import type { PersonRecord, TalksModel } from '../compile/model';
import type { UnnamedSource } from '../compile/attribution-types';
import type { Role } from '../../schemas/person';
import type { QuoteRecord } from '../compile/model';
import { formatDay } from './dates';

export const ROLE_LABELS: Record<Role['kind'], string> = {
  official: 'Officials',
  negotiator: 'Negotiators',
  diplomat: 'Diplomats',
  analyst: 'Analysts',
  reporter: 'Reporters',
};

/** When a person held a role, as the knowledge records it ("until 4 September 2024"); nothing when it does not. */
export function roleTenure({ from, until }: Pick<Role, 'from' | 'until'>): string | undefined {
  if (from !== undefined && until !== undefined)
    return from === until ? `on ${formatDay(from)}` : `from ${formatDay(from)} to ${formatDay(until)}`;
  if (from !== undefined) return `from ${formatDay(from)}`;
  return until === undefined ? undefined : `until ${formatDay(until)}`;
}

const ROLE_ORDER: Role['kind'][] = ['negotiator', 'official', 'diplomat', 'analyst', 'reporter'];

/**
 * Whether an article names the person: a mention, a quote or a byline. A round's delegation heads
 * and participants in content/rounds.yaml are an editor's fact, not a mention.
 */
export function namedInArticles(person: Pick<PersonRecord, 'mentions' | 'quotes' | 'bylines'>): boolean {
  return person.mentions.length > 0 || person.quotes.length > 0 || person.bylines.length > 0;
}

/** People the knowledge holds (a round's delegation, say) whom no article names yet, by name. */
export function namedOnlyByEditors(people: readonly PersonRecord[]): PersonRecord[] {
  return people.filter((person) => !namedInArticles(person)).sort((a, b) => a.name.localeCompare(b.name));
}

/** The people index: those the articles name, by party (no party last), then by the kind of their first role. */
export function peopleByParty(
  model: TalksModel,
): { party?: string; groups: { kind: Role['kind']; people: PersonRecord[] }[] }[] {
  const named = model.people.filter(namedInArticles);
  const partyOf = (person: PersonRecord) => person.roles[0]?.party;
  const partyIds = [...new Set(named.map(partyOf))];
  const partyOrder = model.parties.map((party) => party.id);
  partyIds.sort((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : partyOrder.indexOf(a) - partyOrder.indexOf(b),
  );
  return partyIds.map((party) => {
    const members = named.filter((person) => partyOf(person) === party);
    const groups = ROLE_ORDER.map((kind) => ({
      kind,
      people: members
        .filter((person) => person.roles[0]?.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name)),
    })).filter((group) => group.people.length > 0);
    return { ...(party === undefined ? {} : { party }), groups };
  });
}

/** The first page of the list of unnamed sources. */
export const UNNAMED_SOURCES_PATH = '/people/unnamed-sources/';

/** Unnamed sources, article by article, with what each is quoted saying: part of the record, never merged into named people. */
export function unnamedSources(
  model: TalksModel,
): { article: string; source: UnnamedSource; anchor: string; quotes: QuoteRecord[] }[] {
  return model.articles.flatMap((article) =>
    article.unnamedSources.map((source) => ({
      article: article.slug,
      source,
      anchor: `${article.slug}-${source.key}`,
      quotes: article.paragraphs.flatMap((paragraph) =>
        paragraph.quotes.filter(
          (quote) => quote.speaker?.type === 'unnamed' && quote.speaker.key === source.key,
        ),
      ),
    })),
  );
}
