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
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      // Two line breaks in a row end a paragraph, as they do on pages that use <br><br> for paragraphs.
      // A single one is marked with U+2028 so that line ends in the markup's own formatting are not mistaken for it.
      if (/\u2028\s*$/.test(current)) flush();
      else current += '\u2028';
      return;
    }
    if (tag === 'IMG') return;
    const block = BLOCKS.has(tag);
    if (block && !CELLS.has(tag)) flush();
    if (tag === 'PRE') {
      for (const line of (element.textContent ?? '').split(/\n{2,}/)) {
        current = line;
        flush();
      }
      return;
    }
    for (const child of Array.from(element.childNodes)) walk(child);
    if (CELLS.has(tag)) current += ' ';
    else if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
