// Puts the report's HTML into the preview frame. The app's Content-Security-Policy (style-src 'self') is inherited
// by a srcdoc frame, so the report's inline <style> and style="" attributes (highlight and tag colours) would be
// dropped and the preview would not look as it prints. Styles set through the CSSOM are not subject to the policy:
// the report is parsed here (DOMParser runs nothing), its body moved into the frame, its CSS adopted as a
// constructed stylesheet and each style attribute set again through element.style. Updating the same document,
// rather than loading a new one, also keeps the reader's place when a change re-renders the report.
// Links open nowhere (base target _blank, and the sandbox allows no pop-ups), so the frame never leaves the report.
// This needs the frame to be same-origin with the app (sandbox="allow-same-origin"), never allow-scripts.

type FrameWindow = Window & { CSSStyleSheet: typeof CSSStyleSheet };

export const BLANK_FRAME = '<!doctype html><html><head><meta charset="utf-8"><base target="_blank"></head><body></body></html>';
const STYLE = 'data-report-style';

export function showReport(frame: HTMLIFrameElement, html: string): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as FrameWindow | null;
  if (!doc || !win) return;
  const report = new DOMParser().parseFromString(html, 'text/html');
  const css = [...report.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  report.querySelectorAll('style, script, link, meta[http-equiv]').forEach((node) => node.remove());
  // Moved aside before the nodes enter the frame, where the policy would refuse (and report) them.
  for (const element of report.querySelectorAll('[style]')) {
    element.setAttribute(STYLE, element.getAttribute('style') ?? '');
    element.removeAttribute('style');
  }
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
  for (const element of doc.querySelectorAll<HTMLElement | SVGElement>(`[${STYLE}]`)) element.style.cssText = element.getAttribute(STYLE) ?? '';
}
