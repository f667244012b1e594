try {
  new Intl.Segmenter('en', { granularity: 'grapheme' });
} catch {
  // A browser without Intl.Segmenter: Pagefind does without it too.
}
