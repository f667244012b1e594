import { createHash } from 'node:crypto';

/**
 * What the site loads, and nothing more: its own files; Pagefind's
 * WebAssembly (`wasm-unsafe-eval`) and worker on the search page; data: images
 * (none today, but browsers' own UI uses them); no plugins, frames or foreign
 * form targets. Inline scripts and styles are allowed by their hashes only.
 */
const FIXED_DIRECTIVES: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/giu;
const STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/giu;
/** Script types a browser runs; JSON-LD and other data blocks are not code. */
const EXECUTABLE_TYPE = /^(?:|text\/javascript|module|application\/javascript)$/iu;

function hash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The hashes of a page's inline executable scripts and inline styles, in order of appearance, once each. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(SCRIPT)]
    .filter(([, attributes = '']) => attribute(attributes, 'src') === undefined)
    .filter(([, attributes = '']) => EXECUTABLE_TYPE.test(attribute(attributes, 'type') ?? ''))
    .map(([, , content = '']) => hash(content));
  const styles = [...html.matchAll(STYLE)].map(([, , content = '']) => hash(content));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The Content-Security-Policy for one page: the fixed directives plus the hashes of what the page inlines. */
export function policyFor(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  const directives: [string, string[]][] = [
    ...FIXED_DIRECTIVES,
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...scripts]],
    ['style-src', ["'self'", ...styles]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The page with its policy in a `<meta http-equiv>` before anything it
 * governs: after the charset, or at the start of the head, or (for Astro's
 * bare redirect pages) right after the doctype, where the parser still puts
 * it in the head.
 */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const anchor = /<meta charset="utf-8"\s*\/?>|<head(?:\s[^>]*)?>|<!doctype html>/iu.exec(html);
  const at = anchor === null ? 0 : anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
