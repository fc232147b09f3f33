// The desktop shell's checks, with the URL forms Electron hands to them. Electron cannot run on these machines, so
// these are the tests that would have caught the origin comparison that refused every route ("null" !== app://…).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isTrustedSender, mayNavigate, mayRequest, resolveAppFile, spellcheckAllowed } from '../../electron/shell-guards';

/** What `frame.url` and the navigation events give for the app's own pages. */
const APP_PAGES = [
  APP_ENTRY_URL,
  'app://verbatim/index.html',
  'app://verbatim/',
  'app://verbatim',
  'app://verbatim/index.html#/reader/3f1c',
  'app://verbatim/index.html?view=statements',
  'app://verbatim/assets/index-4f2a.js',
  'APP://VERBATIM/index.html',
];

/** Frames and targets that are not the app: other schemes, look-alike hosts, ports, credentials, junk. */
const NOT_APP = [
  'app://verbatim.evil.example/index.html',
  'app://evil/index.html',
  'app://verbatim:8080/index.html',
  'app://user:pw@verbatim/index.html',
  'app://verbatim@evil/index.html',
  'app:///index.html',
  'file:///opt/Verbatim/resources/app.asar/dist/renderer/index.html',
  'http://verbatim/index.html',
  'https://verbatim/index.html',
  'http://127.0.0.1:5173/index.html',
  'about:blank',
  'about:srcdoc',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://verbatim/8b1a',
  'javascript:alert(1)',
  'devtools://devtools/bundled/inspector.html',
  'chrome-error://chromewebdata/',
  'null',
  '',
  'not a url',
];

describe('the app’s own URL', () => {
  it('is the one the window loads, although WHATWG gives it an opaque origin', () => {
    // The fact behind the bug: comparing origins can never accept the app.
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  it.each(APP_PAGES)('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(mayNavigate(url)).toBe(true);
  });

  it.each(NOT_APP)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(mayNavigate(url)).toBe(false);
  });

  it('refuses a missing URL', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('the IPC sender check', () => {
  const mainFrame = { url: APP_ENTRY_URL };

  it('lets the app’s top frame call routes', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } })).toBe(true);
    const routed = { url: 'app://verbatim/index.html#/organize' };
    expect(isTrustedSender({ senderFrame: routed, sender: { mainFrame: routed } })).toBe(true);
  });

  it('refuses a subframe, even one on the app’s own URL', () => {
    const child = { url: APP_ENTRY_URL };
    expect(isTrustedSender({ senderFrame: child, sender: { mainFrame } })).toBe(false);
  });

  it('refuses a frame that was destroyed or navigated away', () => {
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame } })).toBe(false);
    expect(isTrustedSender({ senderFrame: undefined, sender: { mainFrame } })).toBe(false);
    for (const url of NOT_APP) {
      const frame = { url };
      expect(isTrustedSender({ senderFrame: frame, sender: { mainFrame: frame } })).toBe(false);
    }
  });
});

describe('the app:// protocol’s files', () => {
  const root = path.resolve('/opt/verbatim/dist/renderer');
  const index = path.join(root, 'index.html');
  const files = new Set([index, path.join(root, 'assets', 'index.js'), path.join(root, 'icon.svg')]);
  const exists = (file: string) => files.has(file);

  it('serves the built renderer’s files', () => {
    expect(resolveAppFile('app://verbatim/assets/index.js', root, exists)).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveAppFile('app://verbatim/icon.svg', root, exists)).toBe(path.join(root, 'icon.svg'));
    expect(resolveAppFile('app://verbatim/index.html', root, exists)).toBe(index);
  });

  it('answers with the app’s page for anything outside it or not there', () => {
    for (const url of [
      'app://verbatim/../../../etc/passwd',
      'app://verbatim/%2e%2e/%2e%2e/etc/passwd',
      'app://verbatim/..%2f..%2fetc%2fpasswd',
      'app://verbatim/assets/%00.js',
      'app://verbatim/%E0%A4%A',
      'app://verbatim/missing.js',
      'app://verbatim/',
      'app://evil/assets/index.js',
    ]) {
      expect(resolveAppFile(url, root, exists)).toBe(index);
    }
  });
});

describe('offline means offline', () => {
  it('lets a report being printed load, and only while it prints', () => {
    const report = path.resolve('/tmp/verbatim-report-1a2b/report.html');
    const printing = new Set([report]);
    expect(mayRequest('file:///tmp/verbatim-report-1a2b/report.html', printing)).toBe(true);
    expect(mayRequest('file:///tmp/verbatim-report-1a2b/other.html', printing)).toBe(false);
    expect(mayRequest('file:///tmp/verbatim-report-1a2b/../../etc/passwd', printing)).toBe(false);
    expect(mayRequest('file:///tmp/verbatim-report-1a2b/report.html', new Set())).toBe(false);
  });

  it('checks spelling only where the system does it on the machine', () => {
    // Electron's own checker downloads dictionaries from a CDN on Linux and Windows.
    expect(spellcheckAllowed('linux')).toBe(false);
    expect(spellcheckAllowed('win32')).toBe(false);
    expect(spellcheckAllowed('darwin')).toBe(true);
  });

  it('lets the window’s session request only the app’s own pages and what the page makes itself', () => {
    for (const url of APP_PAGES) expect(mayRequest(url)).toBe(true);
    expect(mayRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(mayRequest('blob:app://verbatim/8b1a')).toBe(true);
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://example.com/tracker.gif',
      'https://fonts.googleapis.com/css?family=Inter',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'file:///tmp/verbatim-report-x/report.html',
      'ftp://example.com/x',
      'app://evil/index.html',
      'not a url',
    ]) {
      expect(mayRequest(url)).toBe(false);
    }
  });
});
