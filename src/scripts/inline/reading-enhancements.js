document.addEventListener('keydown', (event) => {
  const active = document.activeElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable)) return;
  const input = document.getElementById('site-search');
  if (input) {
    event.preventDefault();
    input.focus();
  }
});
const terms = (new URLSearchParams(location.search).get('highlight') || '')
  .split(/\s+/)
  .filter((term) => term.length > 1)
  .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const main = document.querySelector('main');
if (terms.length && main) {
  const pattern = new RegExp(`(${terms.join('|')})`, 'gi');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2 || node.parentElement.closest('[aria-hidden],[hidden]')) continue;
    node.replaceWith(
      ...parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const mark = document.createElement('mark');
        mark.textContent = part;
        return mark;
      }),
    );
  }
}
