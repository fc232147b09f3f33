// Printing a report's HTML to PDF. The desktop app prints with Electron's own webContents.printToPDF (a PdfPrinter
// of its own); the CLI and the browser mode print with a Chromium or Chrome found on the machine, driven by
// playwright-core. When none is found, NoPdfPrinter says so in one line.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** Turns a self-contained HTML page into PDF bytes. Small on purpose: Electron's printToPDF can implement it too. */
export interface PdfPrinter {
  print(html: string, options?: { title?: string }): Promise<Buffer>;
}

export const NO_CHROMIUM_MESSAGE = 'No Chromium or Chrome was found to print the PDF: install one, or set VERBATIM_CHROMIUM to its path.';

export interface FindChromiumOptions {
  /** Whether an executable file is at this path (injected by tests). */
  exists?: (file: string) => boolean;
  platform?: NodeJS.Platform;
  /** Where Playwright's own downloaded Chromium would be (null: not known). */
  playwrightPath?: () => string | null;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium(): string | null {
  try {
    return chromium.executablePath() || null;
  } catch {
    // Playwright throws on platforms it has no build for.
    return null;
  }
}

/** Environment variables are case-insensitive on Windows (ProgramFiles, PROGRAMFILES). */
function envValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name] || undefined;
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? env[key] || undefined : undefined;
}

function knownPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = ['ProgramFiles', 'ProgramFiles(x86)', 'ProgramW6432', 'LocalAppData'].flatMap((name) => envValue(env, name, platform) ?? []);
    if (roots.length === 0) roots.push('C:\\Program Files', 'C:\\Program Files (x86)');
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'];
    // Chrome first wherever it is, then Edge (present on every Windows 10 and 11).
    return apps.flatMap((app) => [...new Set(roots)].map((root) => path.win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const bundles = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Brave Browser.app/Contents/MacOS/Brave Browser'];
    const home = envValue(env, 'HOME', platform);
    return bundles.flatMap((bundle) => [path.posix.join('/Applications', bundle), ...(home ? [path.posix.join(home, 'Applications', bundle)] : [])]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/brave-browser',
  ];
}

function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const value = envValue(env, 'PATH', platform);
  if (!value) return [];
  const win = platform === 'win32';
  const names = win ? ['chrome.exe', 'msedge.exe', 'chromium.exe'] : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'brave-browser'];
  const dirs = value.split(win ? ';' : ':').filter(Boolean);
  return names.flatMap((name) => dirs.map((dir) => (win ? path.win32.join(dir, name) : path.posix.join(dir, name))));
}

/**
 * A Chromium or Chrome to print with: VERBATIM_CHROMIUM when it names an executable, then Playwright's own download,
 * then the usual install places of the platform, then the PATH. Null when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, options: FindChromiumOptions = {}): string | null {
  const exists = options.exists ?? isExecutableFile;
  const platform = options.platform ?? process.platform;
  const candidates = [envValue(env, 'VERBATIM_CHROMIUM', platform), (options.playwrightPath ?? playwrightChromium)(), ...knownPaths(env, platform), ...onPath(env, platform)];
  for (const candidate of candidates) {
    if (candidate && exists(candidate)) return candidate;
  }
  return null;
}

export class NoPdfPrinter implements PdfPrinter {
  print(_html: string, _options?: { title?: string }): Promise<Buffer> {
    return Promise.reject(new Error(NO_CHROMIUM_MESSAGE));
  }
}

/** Playwright's own timeouts come later than ours, so a slow print always ends with our sentence. */
const GRACE_MS = 5_000;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The running header (the title) and footer (page n of m), in the page margins. */
function headerFooter(title: string | undefined): { headerTemplate: string; footerTemplate: string } {
  // The templates are separate little documents: no page styles reach them, and their default font size is tiny.
  // (Single quotes inside: the styles sit in double-quoted attributes.)
  const box = `box-sizing:border-box;width:100%;padding:0 16mm;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif;font-size:8pt;color:#555;`;
  const titleHtml = title === undefined ? '<span class="title"></span>' : escapeHtml(title);
  return {
    // No print date: Chromium writes it in the US style whatever the reader's language; the report's front matter dates it.
    headerTemplate: `<div dir="auto" style="${box}overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${titleHtml}</div>`,
    footerTemplate: `<div style="${box}text-align:center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  };
}

export interface ChromiumPdfPrinterOptions {
  /** The browser to drive (default: findChromium()). */
  executablePath?: string;
  /** The whole print, launch to bytes, in milliseconds (default 120 s). */
  timeoutMs?: number;
}

/**
 * Prints with a Chromium or Chrome driven by playwright-core: a fresh headless browser per print, offline (a report
 * is self-contained; nothing it names is fetched), always closed afterwards, and given up after the timeout.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  readonly executablePath: string;
  private readonly timeoutMs: number;

  constructor(options: ChromiumPdfPrinterOptions = {}) {
    const found = options.executablePath ?? findChromium();
    if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
    this.executablePath = found;
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  async print(html: string, options: { title?: string } = {}): Promise<Buffer> {
    let browser: Browser | undefined;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Printing the PDF took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped.`)), this.timeoutMs);
    });
    const work = async (): Promise<Buffer> => {
      const launched = await chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS, headless: true, timeout: this.timeoutMs + GRACE_MS });
      browser = launched;
      // The timeout may have fired while the browser was starting: close it rather than leave it behind.
      if (finished) {
        await launched.close().catch(() => undefined);
        throw new Error('Printing the PDF was stopped.');
      }
      const context = await launched.newContext({ offline: true, acceptDownloads: false });
      const page = await context.newPage();
      page.setDefaultTimeout(this.timeoutMs + GRACE_MS);
      await page.route(/^(https?|ftp|wss?):/i, (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      // Web fonts declared in the page (data: URLs) must be ready before the layout is printed.
      await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        ...headerFooter(options.title),
        margin: { top: '18mm', bottom: '16mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true,
      });
      return Buffer.from(pdf);
    };
    const job = work();
    // After a timeout the abandoned job fails when its browser is closed under it; that failure is expected.
    job.catch(() => undefined);
    try {
      return await Promise.race([job, timeout]);
    } finally {
      finished = true;
      clearTimeout(timer);
      await (browser as Browser | undefined)?.close().catch(() => undefined);
    }
  }
}

/** The printer for the CLI and the browser mode: Chromium when one is found, else one that explains. */
export function defaultPdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  const executablePath = findChromium(env);
  return executablePath ? new ChromiumPdfPrinter({ executablePath }) : new NoPdfPrinter();
}
