// Puts the report's HTML into the preview frame. The app's Content-Security-Policy (style-src 'self') is inherited
// by a srcdoc frame and by any document parsed here, so an inline <style> would be refused (and each refusal logged)
// the moment it is parsed. The report therefore carries no style="" attributes (its colours are classes, see
// electron/reports/formats/palette.ts), and its stylesheet is taken out of the text before parsing and adopted as a
// constructed stylesheet, which the policy does not govern. Updating the same document, rather than loading a new
// one, also keeps the reader's place when a change re-renders the report.
// Links open nowhere (base target _blank, and the sandbox allows no pop-ups), so the frame never leaves the report.
// This needs the frame to be same-origin with the app (sandbox="allow-same-origin"), never allow-scripts.

type FrameWindow = Window & { CSSStyleSheet: typeof CSSStyleSheet };

export const BLANK_FRAME = '<!doctype html><html><head><meta charset="utf-8"><base target="_blank"></head><body></body></html>';

/** The report's stylesheets' text, and the report without them. The report's own CSS never holds "</style". */
export function splitStyles(html: string): { css: string; rest: string } {
  const sheets: string[] = [];
  const rest = html.replace(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi, (_, css: string) => {
    sheets.push(css);
    return '';
  });
  return { css: sheets.join('\n'), rest };
}

export function showReport(frame: HTMLIFrameElement, html: string): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as FrameWindow | null;
  if (!doc || !win) return;
  const { css, rest } = splitStyles(html);
  const report = new DOMParser().parseFromString(rest, 'text/html');
  report.querySelectorAll('style, script, link, meta[http-equiv]').forEach((node) => node.remove());
  // Should a style attribute come through anyway, it is dropped here rather than refused (and logged) in the frame.
  for (const element of report.querySelectorAll('[style]')) element.removeAttribute('style');
  // A constructed sheet may only be adopted by the document whose window made it.
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  for (const name of ['lang', 'dir']) {
    const value = report.documentElement.getAttribute(name);
    if (value) doc.documentElement.setAttribute(name, value);
    else doc.documentElement.removeAttribute(name);
  }
  doc.title = report.title;
  doc.body.replaceChildren(...[...report.body.childNodes].map((node) => doc.importNode(node, true)));
}
