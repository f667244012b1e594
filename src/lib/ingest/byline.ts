/** Reading the credit lines of a copy: the byline, the "Author:" line and "… contributed to this report". */

/** A byline's names, and the organisation it ends with ("By A, B and C, CNN"). */
export interface Byline {
  authors: string[];
  outlet?: string;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}’'.-]*`;
const PARTICLES = 'de|da|del|della|di|du|la|le|van|von|der|den|ten|bin|ibn|al|el|y|dos|das';
/** Two to four capitalised words, with the lowercase particles of many names ("Ursula von der Leyen"). */
const PERSON_NAME = new RegExp(
  String.raw`^${CAPITALISED}(?: (?:(?:${PARTICLES}) )*${CAPITALISED}){1,3}$`,
  'u',
);
/** Words that make a capitalised phrase an organisation rather than a person ("Associated Press"). */
const ORGANISATION_WORDS =
  /\b(?:Press|News|Times|Post|Network|Journal|Agency|Reuters|Wire|Media|Radio|Television|Telegraph|Guardian|Herald|Tribune|Daily|Weekly|Institute)\b/u;
const CONTRIBUTED =
  /^(?<names>.+?) contributed (?:reporting(?: to this (?:report|story))?|to this (?:report|story|article))\.?$/u;
/** "CNN’s Kevin Liptak": the outlet's possessive before a contributor's name. */
const POSSESSIVE_PREFIX = /^\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}[’']s (?=\p{Lu})/u;

function normalise(line: string): string {
  return line.replace(/\s+/gu, ' ').trim();
}

function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && !text.startsWith('The ') && !ORGANISATION_WORDS.test(text);
}

function isOrganisation(text: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(text) && text.split(' ').length <= 5 && !isPersonName(text);
}

/** Splits a list of names as bylines write it: "A, B and C" → [A, B, C]. */
export function splitNames(list: string): string[] {
  return list
    .split(/ *, *(?:and )?| and | *& */u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Reads a byline ("By Zachary Cohen, Natasha Bertrand and Alex Marquardt,
 * CNN"): the authors in order, and the organisation after the last comma
 * when there is one. Returns undefined for a line that is not a byline
 * ("By Thursday, the talks had stalled."): every author must read as a name.
 */
export function parseByline(line: string): Byline | undefined {
  const list = /^By (?<list>.+?)\.?$/u.exec(normalise(line))?.groups?.['list'];
  if (list === undefined) return undefined;
  const lastComma = list.lastIndexOf(',');
  const tail = list.slice(lastComma + 1).trim();
  const outlet = lastComma !== -1 && !tail.includes(' and ') && isOrganisation(tail) ? tail : undefined;
  const authors = splitNames(outlet === undefined ? list : list.slice(0, lastComma));
  if (authors.length === 0 || !authors.every(isPersonName)) return undefined;
  return { authors, ...(outlet === undefined ? {} : { outlet }) };
}

/** Reads the author line some pages print after the article ("Author: Dave DeCamp"), or undefined. */
export function parseAuthorLine(line: string): string[] | undefined {
  const list = /^Author: (?<list>.+)$/u.exec(normalise(line))?.groups?.['list'];
  if (list === undefined) return undefined;
  const authors = splitNames(list);
  return authors.length > 0 && authors.every(isPersonName) ? authors : undefined;
}

/**
 * Reads a credit line ("CNN’s Kevin Liptak contributed to this report."):
 * the contributors, each a person or an organisation, without the outlet's
 * possessive. Returns undefined for a line that is not one.
 */
export function parseContributorLine(line: string): string[] | undefined {
  const list = CONTRIBUTED.exec(normalise(line))?.groups?.['names'];
  if (list === undefined) return undefined;
  const names = splitNames(list).map((name) => {
    const withoutOutlet = name.replace(POSSESSIVE_PREFIX, '');
    return isPersonName(withoutOutlet) ? withoutOutlet : name;
  });
  return names.length > 0 && names.every((name) => isPersonName(name) || isOrganisation(name))
    ? names
    : undefined;
}
