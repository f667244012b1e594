import type { PersonRecord, TalksModel } from '../compile/model';
import type { UnnamedSource } from '../compile/attribution';
import type { Role } from '../../schemas/person';
import type { QuoteRecord } from '../compile/model';

export const ROLE_LABELS: Record<Role['kind'], string> = {
  official: 'Officials',
  negotiator: 'Negotiators',
  diplomat: 'Diplomats',
  analyst: 'Analysts',
  reporter: 'Reporters',
};

const ROLE_ORDER: Role['kind'][] = ['negotiator', 'official', 'diplomat', 'analyst', 'reporter'];

/** The people index: by party (no party last), then by the kind of their first role. */
export function peopleByParty(
  model: TalksModel,
): { party?: string; groups: { kind: Role['kind']; people: PersonRecord[] }[] }[] {
  const partyOf = (person: PersonRecord) => person.roles[0]?.party;
  const partyIds = [...new Set(model.people.map(partyOf))];
  const partyOrder = model.parties.map((party) => party.id);
  partyIds.sort((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : partyOrder.indexOf(a) - partyOrder.indexOf(b),
  );
  return partyIds.map((party) => {
    const members = model.people.filter((person) => partyOf(person) === party);
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
