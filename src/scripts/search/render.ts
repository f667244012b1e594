/** Drawing a result on the search page, whatever found it. */
import { highlightTerms, paragraphSubResults, resultExcerpt } from '../../lib/search/results';
import { resultLink } from '../../lib/search/search-state';
import type { SearchVocabulary, VocabularyEntity } from '../../lib/search/vocabulary';
import type { ResultData } from './pagefind';

export const TYPE_LABELS: Record<string, string> = {
  article: 'Article',
  round: 'Round',
  party: 'Party',
  person: 'Person',
  sources: 'Unnamed sources',
};

export function text(tag: string, content: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

/** One entry of the result list, whatever found it. */
export interface ShownResult {
  url: string;
  title: string;
  meta: string;
  /** HTML, escaped, hits marked; or plain text when `excerptIsText`. */
  excerpt: string;
  excerptIsText?: boolean;
  highlight: string;
  subResults: ReturnType<typeof paragraphSubResults>;
}

export function fromPagefind(
  data: ResultData,
  query: string,
  words: SearchVocabulary | undefined,
): ShownResult {
  const terms = highlightTerms(data, words);
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    meta: [TYPE_LABELS[data.meta['type'] ?? ''] ?? data.meta['type'], data.meta['outlet'], data.meta['date']]
      .filter((part): part is string => Boolean(part))
      .join(' · '),
    excerpt: resultExcerpt(data),
    highlight: terms.length > 0 ? terms.join(' ') : query,
    subResults: paragraphSubResults(data),
  };
}

export function fromEntity(entity: VocabularyEntity, query: string): ShownResult {
  return {
    url: entity.url,
    title: entity.title,
    meta: TYPE_LABELS[entity.type] ?? entity.type,
    excerpt: entity.line,
    excerptIsText: true,
    highlight: query,
    subResults: [],
  };
}

export function renderResult(result: ShownResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = resultLink(result.url, result.highlight);
  link.textContent = result.title;
  link.className = 'search-result-link';
  heading.append(link);
  item.append(heading, text('p', result.meta, 'meta'));
  if (result.excerpt !== '') {
    const excerpt = document.createElement('p');
    // Our excerpts escape the page's words before adding <mark> (src/lib/search/results.ts).
    if (result.excerptIsText) excerpt.textContent = result.excerpt;
    else excerpt.innerHTML = result.excerpt;
    item.append(excerpt);
  }
  if (result.subResults.length > 0) {
    const list = document.createElement('ul');
    for (const sub of result.subResults) {
      const entry = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = resultLink(sub.url, result.highlight);
      subLink.textContent = sub.title;
      subLink.className = 'search-result-link';
      const subExcerpt = document.createElement('span');
      subExcerpt.innerHTML = `: ${sub.excerpt}`;
      entry.append(subLink, subExcerpt);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}
