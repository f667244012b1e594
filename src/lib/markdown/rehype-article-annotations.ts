import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { Annotation, ArticleAnnotations } from '../site/article-annotations';

export interface RehypeArticleAnnotationsOptions {
  /** The article's annotations by paragraph anchor, from its compiled facts (`articleAnnotations`). */
  annotations: ArticleAnnotations;
}

/** A text node of a paragraph, where its text starts in the paragraph's, and whether a link holds it. */
interface PlacedText {
  node: Text;
  parent: Element;
  start: number;
  inLink: boolean;
}

/**
 * Wraps the words the compiler found in each paragraph: a person, party or
 * round becomes a link to its page, a resolved date a `<time>`. Only markup
 * is added around words, never a word inside a paragraph, since the article
 * page is the faithful copy its citations point at; so the resolved day of a
 * date is not printed beside it but shown from an attribute by CSS (see
 * `.resolved-date` in the stylesheet) and described to screen readers by the
 * article's list of dates (`aria-describedby`).
 *
 * Words that lie across an element boundary ("<em>Sergey</em> Lavrov") or
 * inside a link already are left as they are: wrapping them would split an
 * element or nest links. Runs after rehype-sanitize, whose schema would drop
 * the attributes it adds.
 */
export default function rehypeArticleAnnotations(options: RehypeArticleAnnotationsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (paragraph: Element) => {
      const id = paragraph.properties['id'];
      const annotations = typeof id === 'string' ? options.annotations[id] : undefined;
      if (annotations === undefined) return;
      annotateParagraph(paragraph, annotations);
    });
  };
}

function annotateParagraph(paragraph: Element, annotations: readonly Annotation[]): void {
  const texts = placedTexts(paragraph);
  const pageText = texts.map(({ node }) => node.value).join('');
  const byNode = new Map<Text, { start: number; end: number; annotation: Annotation }[]>();
  for (const annotation of annotations) {
    const start = locate(pageText, annotation);
    if (start === undefined) continue;
    const end = start + annotation.text.length;
    const holder = textAt(texts, start);
    if (holder === undefined || end > holder.start + holder.node.value.length || holder.inLink) continue;
    const spans = byNode.get(holder.node) ?? [];
    spans.push({ start: start - holder.start, end: end - holder.start, annotation });
    byNode.set(holder.node, spans);
  }
  // Each element's children are rebuilt once, not spliced once per text node (quadratic in a long paragraph).
  const replaced = new Map<Element, Map<Text, ElementContent[]>>();
  for (const { node, parent } of texts) {
    const spans = byNode.get(node);
    if (spans === undefined) continue;
    const pieces: ElementContent[] = [];
    let at = 0;
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      if (span.start < at) continue;
      if (span.start > at) pieces.push({ type: 'text', value: node.value.slice(at, span.start) });
      pieces.push(wrap(span.annotation, node.value.slice(span.start, span.end)));
      at = span.end;
    }
    if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
    const inParent = replaced.get(parent) ?? new Map<Text, ElementContent[]>();
    inParent.set(node, pieces);
    replaced.set(parent, inParent);
  }
  for (const [parent, pieces] of replaced)
    parent.children = parent.children.flatMap((child) =>
      child.type === 'text' ? (pieces.get(child) ?? [child]) : [child],
    );
}

/** The text node whose text holds the paragraph's offset `at`, found by halving (the nodes are in order). */
function textAt(texts: readonly PlacedText[], at: number): PlacedText | undefined {
  let low = 0;
  let high = texts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((texts[middle]?.start ?? Infinity) <= at) low = middle + 1;
    else high = middle;
  }
  const text = texts[low - 1];
  return text !== undefined && at < text.start + text.node.value.length ? text : undefined;
}

/** Where the annotation's words start in the page's text of the paragraph, if they are there. */
function locate(pageText: string, annotation: Annotation): number | undefined {
  if (pageText.startsWith(annotation.text, annotation.start)) return annotation.start;
  let at = pageText.indexOf(annotation.text);
  for (let seen = 0; at !== -1 && seen < annotation.occurrence; seen += 1)
    at = pageText.indexOf(annotation.text, at + 1);
  return at === -1 ? undefined : at;
}

/** The paragraph's text nodes in reading order, with their offsets. */
function placedTexts(paragraph: Element): PlacedText[] {
  const placed: PlacedText[] = [];
  let offset = 0;
  const walk = (element: Element, inLink: boolean) => {
    for (const child of element.children) {
      if (child.type === 'text') {
        placed.push({ node: child, parent: element, start: offset, inLink });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child, inLink || child.tagName === 'a');
      }
    }
  };
  walk(paragraph, false);
  return placed;
}

/** What the editor's correction says, shown on hover, focus and in print, and the list entry that describes it. */
export function correctionNote(reason: string): string {
  return `Corrected by the editor: ${reason}`;
}

function wrap(annotation: Annotation, words: string): Element {
  const children: ElementContent[] = [{ type: 'text', value: words }];
  const { correction } = annotation;
  // A corrected fact says so from an attribute, as a date shows its day, and is described by the article's list of corrections.
  const corrected =
    correction === undefined
      ? {}
      : { dataCorrection: correctionNote(correction.reason), ariaDescribedBy: [correction.anchor] };
  if (annotation.kind === 'link')
    return {
      type: 'element',
      tagName: 'a',
      properties: {
        href: annotation.href,
        className: ['entity-link', ...(correction === undefined ? [] : ['corrected'])],
        ...corrected,
      },
      children,
    };
  // Focusable, so a keyboard or a tap reaches it and the resolved day shows on focus as on hover;
  // a `title` alone shows on a mouse hover only, and screen readers read it inconsistently.
  return {
    type: 'element',
    tagName: annotation.datetime === undefined ? 'span' : 'time',
    properties: {
      ...(annotation.datetime === undefined ? {} : { dateTime: annotation.datetime }),
      className: ['resolved-date', ...(correction === undefined ? [] : ['corrected'])],
      tabIndex: 0,
      dataResolved:
        correction === undefined
          ? annotation.resolved
          : `${annotation.resolved}. ${correctionNote(correction.reason)}`,
      ...corrected,
      ariaDescribedBy: [annotation.id, ...(correction === undefined ? [] : [correction.anchor])],
    },
    children,
  };
}
