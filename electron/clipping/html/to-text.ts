// The article's HTML to the plain text every offset points into: one paragraph per block (paragraphs, headings,
// list items, quotes, table rows), separated by a blank line; inline runs joined with single spaces.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO']);
const CELLS = new Set(['TD', 'TH']);

export function htmlToParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f\u00A0\u2028]+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  // An explicit stack rather than recursion, so that no document is too deep to read: each element is entered,
  // its children walked in order, then left (where a block ends its paragraph).
  type Step = { node: Node } | { leave: string; block: boolean };
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('leave' in step) {
      if (CELLS.has(step.leave)) current += ' ';
      else if (step.block) flush();
      continue;
    }
    const node = step.node;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'BR') {
      // Two line breaks in a row end a paragraph, as they do on pages that use <br><br> for paragraphs.
      // A single one is marked with U+2028 so that line ends in the markup's own formatting are not mistaken for it.
      if (/\u2028\s*$/.test(current)) flush();
      else current += '\u2028';
      continue;
    }
    if (tag === 'IMG') continue;
    const block = BLOCKS.has(tag);
    if (block && !CELLS.has(tag)) flush();
    if (tag === 'PRE') {
      for (const line of (element.textContent ?? '').split(/\n{2,}/)) {
        current = line;
        flush();
      }
      continue;
    }
    stack.push({ leave: tag, block });
    const children = Array.from(element.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  flush();
  return paragraphs;
}
