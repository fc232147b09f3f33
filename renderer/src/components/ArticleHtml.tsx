// The article as its source laid it out. The HTML was sanitized before it was stored; it is sanitized again
// here, in the page, with DOMPurify, because whatever reaches the DOM must be safe whatever the database holds.
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'code', 'pre', 'hr', 'a', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'span', 'div'];

export function ArticleHtml({ html }: { html: string }) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR: ['href', 'title', 'datetime', 'colspan', 'rowspan', 'scope', 'dir', 'lang', 'rel', 'target'],
        ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
      }),
    [html],
  );
  // Safe to inject: sanitized just above with DOMPurify, and before it was stored.
  return <div className="reader-body reader-html" dangerouslySetInnerHTML={{ __html: clean }} />;
}
