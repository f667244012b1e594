// Once the parser lets go, not in its way: the page's files are requested first.
setTimeout(() => {
  try {
    new Intl.Segmenter('en', { granularity: 'grapheme' });
  } catch {
    // A browser without Intl.Segmenter: Pagefind does without it too.
  }
}, 0);
