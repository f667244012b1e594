/**
 * People an article refers to by their role instead of their name: "the
 * Russian President", "the head of the Russian delegation", "Turkey's foreign
 * minister". A role resolves to a person when the knowledge gives it to one
 * person only; a role anyone of a kind could hold ("a Ukrainian negotiator")
 * resolves only to a person the article has already named.
 */
import { holdsOn, type Role } from '../../schemas/person';
import { PERSON_NOUN_ALTERNATIVES } from './attribution-words';
import type { Knowledge } from './knowledge';
import { escapeRegExp, groupedAlternation } from './text';

/** The offices of a country's top diplomat, whatever the country calls it. */
const TOP_DIPLOMAT_OFFICES: readonly string[] = [
  'foreign minister',
  'foreign secretary',
  'secretary of state',
];

/**
 * Words before an office that make it another one, or the same one at another time: "deputy", "vice",
 * "acting", "former", "then". Alternatives of a regular expression.
 */
const OTHER_OFFICE_WORDS =
  '(?:deputy|vice|first|assistant|acting|interim|former|ex|then|late|future|incoming|outgoing)';

/** Words for an office that name none of its titles: "the top diplomat", "the head of state". */
export const OFFICE_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['top diplomat', TOP_DIPLOMAT_OFFICES],
  ['head of state', ['president']],
  ['head of government', ['prime minister', 'chancellor', 'premier']],
  ['leader', ['president', 'prime minister', 'chancellor', 'premier']],
]);

export interface RoleDescription {
  start: number;
  end: number;
  id: string;
  text: string;
}

interface RoleEntry {
  ids: string[];
  /** True when the role names one office ("Turkish Foreign Minister", "head of the Russian delegation"). */
  office: boolean;
  /** The days each person held it (`holdsOn`): one person may have held it twice. */
  tenures: Map<string, Pick<Role, 'from' | 'until'>[]>;
}

/** Roles that name an office, not a kind of person: a reporter, a negotiator or an analyst is one of many. */
function isOffice(title: string, kind: string): boolean {
  return kind === 'official' || /\bhead of\b/iu.test(title);
}

export class RoleDescriptions {
  readonly #roles = new Map<string, RoleEntry>();
  readonly #pattern: RegExp | undefined;

  constructor(knowledge: Pick<Knowledge, 'people' | 'parties'>) {
    let tenure: Pick<Role, 'from' | 'until'> = {};
    const add = (phrase: string, id: string, office: boolean) => {
      const key = phrase.toLowerCase();
      const entry: RoleEntry = this.#roles.get(key) ?? { ids: [], office: true, tenures: new Map() };
      if (!entry.ids.includes(id)) entry.ids.push(id);
      entry.office &&= office;
      entry.tenures.set(id, [...(entry.tenures.get(id) ?? []), tenure]);
      this.#roles.set(key, entry);
    };
    const partyNames = new Map<string, readonly string[]>(
      knowledge.parties.map((party) => [party.id, [party.name, ...party.aliases]]),
    );
    for (const person of knowledge.people) {
      for (const role of person.roles) {
        tenure = {
          ...(role.from === undefined ? {} : { from: role.from }),
          ...(role.until === undefined ? {} : { until: role.until }),
        };
        const office = isOffice(role.title, role.kind);
        add(`the ${role.title}`, person.id, office);
        // "Turkish Foreign Minister" is also "Turkey's foreign minister".
        const names: readonly string[] = role.party === undefined ? [] : (partyNames.get(role.party) ?? []);
        // "adviser to the head of the Ukrainian President's Office" is also "… of the Office of the President of
        // Ukraine", as official English has it; and an adviser is an advisor.
        const owned = /^(?<lead>.* )the (?<adjective>\S+) (?<owner>\S+)[’']s (?<thing>.+)$/u.exec(
          role.title,
        )?.groups;
        const variants = new Set([role.title]);
        if (owned !== undefined && names.includes(owned['adjective'] ?? ''))
          for (const name of names.filter((candidate) => /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*$/u.test(candidate)))
            variants.add(
              `${owned['lead'] ?? ''}the ${owned['thing'] ?? ''} of the ${owned['owner'] ?? ''} of ${name.includes(' ') ? 'the ' : ''}${name}`,
            );
        for (const variant of [...variants]) variants.add(variant.replace(/\badviser\b/giu, 'advisor'));
        for (const variant of variants) if (variant !== role.title) add(`the ${variant}`, person.id, office);
        // The head of a side's delegation is its chief negotiator: "the Russian chief negotiator", "Russia’s top
        // negotiator", "Moscow’s lead negotiator" (not a delegation of one round: "… in Istanbul").
        const side = /^head of the (\S+) delegation$/u.exec(role.title)?.[1];
        if (side !== undefined && names.includes(side)) {
          // ("the head of the Russian negotiating delegation with Kyiv": the delegation by what it does.)
          add(`the head of the ${side} negotiating delegation`, person.id, office);
          for (const lead of ['chief', 'top', 'lead']) {
            add(`the ${side} ${lead} negotiator`, person.id, office);
            add(`the ${lead} ${side} negotiator`, person.id, office);
            for (const name of names.filter((candidate) => !candidate.includes(' ') && candidate !== side))
              add(`${name}’s ${lead} negotiator`, person.id, office);
          }
        }
        const [adjective, ...rest] = role.title.split(' ');
        if (adjective !== undefined && rest.length > 0 && names.includes(adjective)) {
          for (const name of names.filter((candidate) => !candidate.includes(' ') && candidate !== adjective))
            add(`${name}’s ${rest.join(' ')}`, person.id, office);
          // "the President of Russia", "the President of the Russian Federation": the country by a proper name.
          for (const name of names.filter(
            (candidate) => candidate !== adjective && /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*$/u.test(candidate),
          ))
            add(`the ${rest.join(' ')} of ${name.includes(' ') ? 'the ' : ''}${name}`, person.id, office);
          // A head of state or government is the country's leader: "the Russian leader", "Turkey’s leader", "the
          // leader of Belarus".
          if (office && /^(?:President|Prime Minister|Chancellor)$/u.test(rest.join(' '))) {
            add(`the ${adjective} leader`, person.id, office);
            for (const name of names.filter(
              (candidate) => candidate !== adjective && /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*$/u.test(candidate),
            ))
              add(`the leader of ${name.includes(' ') ? 'the ' : ''}${name}`, person.id, office);
            for (const name of names.filter(
              (candidate) => !candidate.includes(' ') && candidate !== adjective,
            )) {
              add(`${name}’s leader`, person.id, office);
              // "the Kremlin leader", "the US leader": a name of the side before the noun, as an adjective.
              if (/^\p{Lu}/u.test(name)) add(`the ${name} leader`, person.id, office);
            }
            // A prime minister is the premier: "the Israeli premier", "Israel’s premier".
            if (rest.join(' ') === 'Prime Minister') {
              add(`the ${adjective} premier`, person.id, office);
              for (const name of names.filter(
                (candidate) => !candidate.includes(' ') && candidate !== adjective,
              ))
                add(`${name}’s premier`, person.id, office);
            }
          }
          // A foreign minister is the country's top diplomat: "Russia’s top diplomat", "the top Ukrainian
          // diplomat", "the head of Russian diplomacy" (as translated copy has it).
          // The same for a secretary of state or a foreign secretary, and with each short name as the adjective
          // ("the top U.S. diplomat").
          if (office && TOP_DIPLOMAT_OFFICES.includes(rest.join(' ').toLowerCase())) {
            for (const word of new Set([
              adjective,
              ...names.filter((candidate) => !candidate.includes(' ')),
            ])) {
              add(`the ${word} top diplomat`, person.id, office);
              add(`the top ${word} diplomat`, person.id, office);
            }
            for (const head of ['head', 'chief']) {
              for (const article of ['', 'the '])
                add(`the ${head} of ${article}${adjective} diplomacy`, person.id, office);
              // "the head of diplomacy in Moscow": the side by its capital, or any other one-word name.
              for (const name of names.filter((candidate) => !candidate.includes(' ')))
                add(`the ${head} of diplomacy in ${name}`, person.id, office);
            }
            for (const name of names.filter(
              (candidate) => !candidate.includes(' ') && candidate !== adjective,
            ))
              add(`${name}’s top diplomat`, person.id, office);
          }
        }
      }
    }
    const phrases = [...this.#roles.keys()].sort((a, b) => b.length - a.length);
    this.#pattern =
      phrases.length === 0
        ? undefined
        : new RegExp(
            `(?<![\\p{L}])(?:${groupedAlternation(phrases, (piece) =>
              // "Belarus’s leader" is also "Belarus’ leader", and "Belarus’ authoritarian leader": a possessive
              // with its apostrophe alone after an s, and an adjective of its own before the role; but not a
              // rank, which makes it another office ("Russia’s deputy foreign minister"), nor a word that puts
              // the office in another time ("Ukraine’s former president").
              escapeRegExp(piece).replace(
                /’s$/u,
                String.raw`(?:[’']s|(?<=s)[’'])(?:\s+(?!${OTHER_OFFICE_WORDS}(?![\p{L}-]))\p{Ll}[\p{Ll}-]*(?=\s))?`,
              ),
            )})(?![\\p{L}])`,
            'giu',
          );
  }

  /**
   * The role descriptions of a paragraph that resolve to one person; `known` are the people the article has named,
   * `day` the article's: a role resolves only to whoever held it then. `vacant` are the offices it names that no
   * one the knowledge has held on that day ("the US President" in 2025, when the knowledge has only Joe Biden's
   * term): someone's, but no one the compiler can name. One pass over the paragraph for both.
   */
  read(
    text: string,
    known: ReadonlySet<string>,
    day?: string,
  ): { descriptions: RoleDescription[]; vacant: { start: number; end: number; text: string }[] } {
    const descriptions: RoleDescription[] = [];
    const vacant: { start: number; end: number; text: string }[] = [];
    if (this.#pattern === undefined) return { descriptions, vacant };
    for (const match of text.matchAll(this.#pattern)) {
      const key = roleKey(match[0]);
      const entry = this.#roles.get(key) ?? this.#roles.get(key.replace(/^(\S+’s) \S+/u, '$1'));
      if (entry === undefined) continue;
      const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
      const holders = entry.ids.filter((id) =>
        (entry.tenures.get(id) ?? []).some((tenure) => holdsOn(tenure, day)),
      );
      if (holders.length === 0 && entry.office) vacant.push(span);
      const named = holders.filter((id) => known.has(id));
      const candidates = named.length > 0 ? named : entry.office ? holders : [];
      const [id] = candidates;
      if (candidates.length === 1 && id !== undefined) descriptions.push({ ...span, id });
    }
    return { descriptions, vacant };
  }

  /** The role descriptions of a paragraph that resolve to one person (`read`). */
  find(text: string, known: ReadonlySet<string>, day?: string): RoleDescription[] {
    return this.read(text, known, day).descriptions;
  }
}

/**
 * What may stand between a role and the name set off after it: a comma, then the person's title, its words
 * capitalised ("Deputy Minister of Foreign Affairs of the Russian Federation") or words of a title ("deputy
 * foreign minister"); no verb nor clause ("…, who met Alexander Grushko").
 */
const APPOSITION_GAP = new RegExp(
  String.raw`^,\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|for|to|and|first|vice|foreign|defence|defense|prime|senior|top|presidential|${PERSON_NOUN_ALTERNATIVES})\s+){0,10}$`,
  'u',
);

/**
 * Leaves out the roles a name set off right after them gives to someone else: "the head of the Russian delegation,
 * Deputy Foreign Minister Alexander Grushko" (at a NATO council of 2022) is Grushko, not whoever the knowledge says
 * heads the delegation of the peace talks. `named` are the paragraph's people, known (`id`) or not. The name is
 * set off on both sides, as an apposition is.
 */
export function withoutAppositionNames(
  descriptions: readonly RoleDescription[],
  text: string,
  named: readonly { start: number; end: number; id?: string }[],
): RoleDescription[] {
  return descriptions.filter(
    (role) =>
      !named.some(
        (person) =>
          person.start > role.end &&
          person.id !== role.id &&
          APPOSITION_GAP.test(text.slice(role.end, person.start)) &&
          // (set off: "According to the head of diplomacy in Moscow, Zelensky “hopes …”" makes the name a subject)
          /^\s*(?:[,.;:)—–]|$)/u.test(text.slice(person.end)),
      ),
  );
}

/**
 * The key a role found in a paragraph is kept under: lower case, the possessive as "’s" ("Belarus’ leader"
 * is "belarus’s leader"). An adjective the paragraph puts before the role is left for the caller to drop.
 */
function roleKey(found: string): string {
  return found.toLowerCase().replace(/[’']s(?=\s)|(?<=s)[’'](?=\s)/u, '’s');
}
