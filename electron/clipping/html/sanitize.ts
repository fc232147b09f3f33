// Clipped HTML is hostile. Before it is stored it keeps only the structure of an article: text, headings,
// lists, quotes, tables, links to the web. No scripts, styles, classes, event handlers, frames, forms or remote
// images (the app is offline and must not phone home when a clip is displayed). The renderer sanitizes again
// with DOMPurify before it shows anything.
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'code', 'pre', 'hr',
  'a', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'span', 'div',
];

export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      abbr: ['title'],
      time: ['datetime'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      '*': ['dir', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Text of dropped wrappers stays; the content of these goes entirely.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
    transformTags: {
      a: (tagName, attribs) => {
        let href = attribs.href;
        if (href && baseUrl) {
          try {
            href = new URL(href, baseUrl).toString();
          } catch {
            href = undefined;
          }
        }
        return { tagName, attribs: { ...(href && { href }), ...(attribs.title && { title: attribs.title }), rel: 'noopener noreferrer', target: '_blank' } };
      },
    },
    allowedSchemesAppliedToAttributes: ['href'],
  }).replace(/<a rel="noopener noreferrer" target="_blank">([^<]*)<\/a>/g, '$1');
}
