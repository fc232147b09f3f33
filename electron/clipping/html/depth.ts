// How deep a page's elements nest, measured on the markup before any DOM exists, and markup flattened where it
// nests deeper than any real page. The HTML parser's open-element stack costs time in proportion to the depth at
// every tag, and Readability's work grows faster than the square of it: 1,000 nested <div>s took a minute to
// extract and 100,000 never finished. The deepest of the 130 real pages in the Readability test suite nests 38
// elements deep (the median 15), so MAX_DEPTH leaves more than three times that; Readability on a chain of 128
// elements takes a fraction of a second.
//
// The scan is one linear pass that keeps the parser's stack the way HTML does: void elements never open,
// raw-text elements (script, style, ...) hide their content, a close tag closes up to its matching open element
// and is ignored when there is none, and the usual implied end tags (a <p> closed by the next block, <li> by
// <li>, table cells by cells and rows) close what they close. Beyond MAX_DEPTH the element's tags are left out
// and its content stays, so the article is still clipped; a block left out leaves a paragraph break.

/** Elements deeper than this are flattened into their ancestor at this depth. */
export const MAX_DEPTH = 128;

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their own close tag, each with a pattern that finds that tag. */
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const FOREIGN = ['svg', 'math'];
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'center', 'menu',
]);
const CELLS = new Set(['td', 'th']);
const ROWS = new Set(['tr', 'td', 'th']);
/** What an opening tag closes when it is the innermost open element (HTML's implied end tags). */
const IMPLIES_CLOSE: Record<string, ReadonlySet<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  td: CELLS,
  th: CELLS,
  tr: ROWS,
  tbody: new Set(['tbody', 'thead', 'tfoot', ...ROWS]),
  thead: new Set(['tbody', 'thead', 'tfoot', ...ROWS]),
  tfoot: new Set(['tbody', 'thead', 'tfoot', ...ROWS]),
  option: new Set(['option']),
  optgroup: new Set(['optgroup', 'option']),
};
const CLOSES_P = new Set(['p']);
for (const block of BLOCKS) if (!IMPLIES_CLOSE[block] && !CELLS.has(block) && !ROWS.has(block)) IMPLIES_CLOSE[block] = CLOSES_P;

/** An open tag with its attributes; quoted values may hold '>'. Sticky, tried only where a '<' is. */
const OPEN_TAG = /<([a-zA-Z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const CLOSE_TAG = /<\/([a-zA-Z][^\t\n\f\r />]*)[^>]*>/y;

interface Open {
  name: string;
  /** Left out of the output because it was too deep. */
  dropped: boolean;
}

export interface DepthScan {
  /** The deepest nesting of elements the markup asks for. */
  depth: number;
  /** The markup itself when it stays within MAX_DEPTH, else the markup with the excess nesting flattened. */
  html: string;
}

/** Where a comment, doctype or processing instruction that starts at `at` ends. */
function endOfMarkupDeclaration(html: string, at: number): number {
  const close = html.startsWith('<!--', at) ? '-->' : html.startsWith('<![CDATA[', at) ? ']]>' : '>';
  const end = html.indexOf(close, at + 2);
  return end < 0 ? html.length : end + close.length;
}

export function limitDepth(html: string, maxDepth: number = MAX_DEPTH): DepthScan {
  const stack: Open[] = [];
  /** How many open elements of each name the stack holds, so that a stray close tag is ignored in constant time. */
  const openCount = new Map<string, number>();
  let kept = 0;
  let deepest = 0;
  // Output is only assembled once the limit is first exceeded; until then the markup is returned as it is.
  const out: string[] = [];
  let flattening = false;
  let copiedTo = 0;
  let pendingBreak = false;

  const copyUpTo = (end: number) => {
    if (!flattening || end <= copiedTo) return;
    const segment = html.slice(copiedTo, end);
    if (pendingBreak && /\S/.test(segment)) {
      out.push('<br><br>');
      pendingBreak = false;
    }
    out.push(segment);
    copiedTo = end;
  };
  const skip = (from: number, to: number) => {
    copyUpTo(from);
    if (flattening) copiedTo = to;
  };
  const pop = (): Open => {
    const top = stack.pop()!;
    openCount.set(top.name, openCount.get(top.name)! - 1);
    if (!top.dropped) kept--;
    return top;
  };

  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      at = html.indexOf('<', endOfMarkupDeclaration(html, at));
      continue;
    }
    if (next === 0x2f /* / */) {
      CLOSE_TAG.lastIndex = at;
      const close = CLOSE_TAG.exec(html);
      if (!close) {
        at = html.indexOf('<', at + 1);
        continue;
      }
      const end = at + close[0].length;
      const name = close[1]!.toLowerCase();
      if (!VOID.has(name) && (openCount.get(name) ?? 0) > 0) {
        let closed: Open;
        do closed = pop();
        while (closed.name !== name);
        if (closed.dropped) {
          skip(at, end);
          if (BLOCKS.has(name)) pendingBreak = true;
        } else {
          copyUpTo(at);
          pendingBreak = false;
        }
      }
      at = html.indexOf('<', end);
      continue;
    }
    OPEN_TAG.lastIndex = at;
    const open = OPEN_TAG.exec(html);
    if (!open) {
      // A '<' that starts no tag is text; one whose tag never ends (an unclosed quote) swallows the rest, as in a browser.
      if (/[a-zA-Z]/.test(html[at + 1] ?? '')) break;
      at = html.indexOf('<', at + 1);
      continue;
    }
    const end = at + open[0].length;
    const name = open[1]!.toLowerCase();
    const closes = IMPLIES_CLOSE[name];
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!.name)) pop();
    let resume = end;
    // Inside SVG and MathML, '/>' closes the element it opens, as in XML; in HTML it does not.
    const isVoid = VOID.has(name) || (open[2]!.endsWith('/') && FOREIGN.some((f) => (openCount.get(f) ?? 0) > 0));
    const dropped = !isVoid && kept >= maxDepth;
    if (dropped && !flattening) {
      flattening = true;
      out.push(html.slice(0, at));
      copiedTo = at;
    }
    const rawEnd = RAW_TEXT.get(name);
    if (rawEnd) {
      rawEnd.lastIndex = end;
      resume = rawEnd.exec(html)?.index ?? html.length;
    }
    if (dropped) {
      // A raw-text element too deep goes with its content (a script or style is no article text anyway).
      skip(at, rawEnd ? resume : end);
      if (BLOCKS.has(name)) pendingBreak = true;
    } else copyUpTo(resume);
    if (!isVoid) {
      stack.push({ name, dropped });
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (!dropped) kept++;
      deepest = Math.max(deepest, stack.length);
    }
    at = html.indexOf('<', resume);
  }
  if (!flattening) return { depth: deepest, html };
  copyUpTo(html.length);
  return { depth: deepest, html: out.join('') };
}
