// The desktop shell: app lifecycle, one hardened window, the app:// protocol that serves the built UI, menus.
// Everything else (the library, the routes) is the same code the CLI and the browser mode run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, net, protocol, session, shell, utilityProcess, type MenuItemConstructorOptions } from 'electron';
import { openLibrary, type Library } from '../db/connection';
import { EventHub } from './api/events';
import { bindIpc } from './ipc';
import { dbFlagFrom, resolveLibraryPath } from './paths';
import { CONTENT_SECURITY_POLICY, isExternalWebUrl } from './security';
import { APP_ENTRY_URL, APP_SCHEME, mayNavigate, mayRequest, resolveAppFile, spellcheckAllowed } from './shell-guards';
import { startFeedScheduler } from './feeds/scheduler';
import { syndicationCatchUp } from './library/syndication-job';
import type { PdfPrinter } from './reports/formats/pdf';
import { OUT_OF_MEMORY, workerModule, type ExtractorChild, type SpawnOptions } from './extraction/child';
import { createServices } from './services';
import { APP_NAME } from './version';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../renderer');

app.setName(APP_NAME);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/**
 * better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs): beside the app's resources when packaged,
 * in .electron-native/ in development. node_modules keeps the Node build that the CLI and the tests use.
 */
function electronNativeBinding(): string | undefined {
  const candidate = app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : path.resolve(here, '../../.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir, (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function harden(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Offline means offline: nothing but the app's own pages, whatever asks (spell-check dictionaries included).
  ses.setSpellCheckerEnabled(spellcheckAllowed(process.platform));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayRequest(details.url, printingFiles) }));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 880,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: APP_NAME,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: spellcheckAllowed(process.platform),
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function openLibraryOrExplain(): Library | undefined {
  const file = resolveLibraryPath(dbFlagFrom(process.argv), process.env, app.getPath('userData'));
  try {
    return openLibrary(file, { nativeBinding: electronNativeBinding() });
  } catch (err) {
    dialog.showErrorBox('Verbatim cannot open its library', err instanceof Error ? err.message : String(err));
    return undefined;
  }
}

/**
 * The extraction child in the desktop app: Electron's utilityProcess, a Node process of its own that a hostile
 * input can exhaust or crash without taking the window or the library with it (extraction/child.ts).
 */
function spawnUtilityChild(options: SpawnOptions): ExtractorChild {
  const entry = workerModule(import.meta.url);
  const child = utilityProcess.fork(entry.file, [], {
    serviceName: 'Verbatim extraction',
    stdio: 'pipe',
    execArgv: [`--max-old-space-size=${options.memoryMb}`, ...(options.stackKb > 0 ? [`--stack-size=${options.stackKb}`] : [])],
  });
  let tail = '';
  let fatal = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-4000);
  });
  child.on('error', (_type, location, report) => {
    fatal = `${location} ${report.slice(0, 2000)}`;
  });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener({ outOfMemory: OUT_OF_MEMORY.test(tail) || OUT_OF_MEMORY.test(fatal), detail: tail.trim().split('\n').slice(-3).join(' ') || `exit ${code}` })),
    kill: () => void child.kill(),
    // The app's lifetime is the window's, not the child's.
    hold: () => undefined,
  };
}

/** PDF printing in the desktop app: Electron's own Chromium prints the report's HTML from an offscreen window with
 * scripts off, so the desktop app needs no other browser on the machine. */
/** Report files being printed now: the one kind of file: address the session lets through (mayRequest). */
const printingFiles = new Set<string>();

function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html, options) {
      // A file rather than a data: URL, which Chromium caps at 2 MB: a 500-clip report is larger.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-report-'));
      const file = path.join(dir, 'report.html');
      fs.writeFileSync(file, html, 'utf8');
      printingFiles.add(path.resolve(file));
      const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
      try {
        await win.loadFile(file);
        const title = (options?.title ?? '').replace(/[&<>"]/g, '');
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:7px;width:100%;text-align:center;color:#7b8794">${title}</div>`,
          footerTemplate: '<div style="font-size:7px;width:100%;text-align:center;color:#7b8794"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        });
        return Buffer.from(pdf);
      } finally {
        win.destroy();
        printingFiles.delete(path.resolve(file));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let library: Library | undefined;

async function start(): Promise<void> {
  // One Verbatim at a time: a second launch brings the first window forward instead of opening the library twice.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const asked = dbFlagFrom(argv);
    if (asked && library && path.resolve(asked) !== library.path) {
      void dialog.showMessageBox({ type: 'info', message: 'Verbatim is already running', detail: `It has ${library.path} open. Quit it first to open ${asked}.` });
    }
  });
  await app.whenReady();
  const opened = openLibraryOrExplain();
  if (!opened) {
    app.quit();
    return;
  }
  library = opened;
  const events = new EventHub();
  const services = createServices(opened, events, { pdfPrinter: electronPdfPrinter, spawnExtractor: spawnUtilityChild });
  const { table, feeds } = services;
  services.extraction.warm();
  // Background writers stay off a library that cannot be written (the window says why).
  const writable = opened.readOnly === null;
  if (writable) syndicationCatchUp(services.jobs, services.library);
  const stopFeeds = writable ? startFeedScheduler(feeds, { log: (message) => console.warn(`[verbatim] ${message}`) }) : () => undefined;
  bindIpc(table, events, (message, err) => console.error(`[verbatim] ${message}`, err));
  serveApp();
  harden();
  buildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopFeeds();
    void services.close();
    services.library.search.close();
    opened.close();
  });
}

void start();
