import { articleSchema } from '../../schemas/article';

/** White space or a control character: a browser would encode or drop it, so an address that has one is not as written. */
const NOT_IN_AN_ADDRESS = /[\s\p{Cc}]/u;

/**
 * Whether a text is a web address the articles schema accepts for `url`
 * (http or https, and a host), with nothing in it a browser would have to
 * encode or drop first.
 */
export function isWebAddress(text: string): boolean {
  return !NOT_IN_AN_ADDRESS.test(text) && articleSchema.shape.url.safeParse(text).success;
}
