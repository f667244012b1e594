import type { ResolvedCitation } from '../compile/model';

/** One marker after a claim ("The Hill ¶11"): every citation of the claim that points at one paragraph. */
export interface CitationMarker {
  article: string;
  paragraphId: string;
  /** The paragraph (`/articles/<slug>/#p-11`): what a printed page shows, as paper cannot highlight. */
  url: string;
  /** The paragraph with every cited passage highlighted; the paragraph itself when no passage is. */
  highlightUrl: string;
  /** Whether `highlightUrl` highlights a passage. */
  highlighted: boolean;
}

const DIRECTIVE_DELIMITER = ':~:';

/**
 * The markers for a claim's citations, in the order the citations come: one
 * a paragraph, so a claim that cites one paragraph for three facts shows it
 * once. The merged marker highlights every distinct passage, as text
 * fragments accept several `text=` directives joined by `&`.
 */
export function citationMarkers(citations: readonly ResolvedCitation[]): CitationMarker[] {
  const byParagraph = new Map<string, { citation: ResolvedCitation; directives: string[] }>();
  for (const citation of citations) {
    const key = `${citation.article}#${citation.paragraphId}`;
    const group = byParagraph.get(key) ?? { citation, directives: [] };
    byParagraph.set(key, group);
    const directive = textDirective(citation);
    if (directive !== undefined && !group.directives.includes(directive)) group.directives.push(directive);
  }
  return [...byParagraph.values()].map(({ citation, directives }) => ({
    article: citation.article,
    paragraphId: citation.paragraphId,
    url: citation.url,
    highlightUrl:
      directives.length === 0 ? citation.url : `${citation.url}${DIRECTIVE_DELIMITER}${directives.join('&')}`,
    highlighted: directives.length > 0,
  }));
}

/** The `text=…` directive of a citation's highlighting link, if it has one. */
function textDirective(citation: ResolvedCitation): string | undefined {
  const directive = citation.highlightUrl.split(DIRECTIVE_DELIMITER)[1];
  return directive === undefined || directive === '' ? undefined : directive;
}
