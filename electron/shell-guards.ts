// The desktop shell's security decisions as plain functions, so that they run and are tested in plain Node even
// where no Electron binary exists (main.ts and ipc.ts only wire them to Electron's events).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_SCHEME = 'app';
export const APP_HOST = 'verbatim';
/** Where the window loads the UI from. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Whether an address is one of the app's own pages. Scheme and host are compared one by one: the WHATWG URL
 * parser gives every custom scheme an opaque origin, `new URL('app://verbatim/').origin === 'null'`, so comparing
 * origins refuses the app itself (and would accept any other opaque-origin URL whose origin is also "null").
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `host` holds the port too, so app://verbatim:8080/ is not the app; credentials never belong in the app's URL.
  // Chromium lower-cases the host of a standard scheme; Node's parser keeps a custom scheme's host as written.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderFacts {
  senderFrame: { url: string } | null | undefined;
  sender: { mainFrame: unknown };
}

/** Only the app's own top frame may call routes: not a subframe, not a frame that navigated elsewhere. */
export function isTrustedSender(event: SenderFacts): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

/** will-navigate and will-redirect: the window stays on the app's pages. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The file the app:// protocol serves for a request, inside the built renderer only: anything outside it, a
 * malformed escape, a folder or a missing file gets the app's page instead.
 */
export function resolveAppFile(requestUrl: string, rendererDir: string, exists: (file: string) => boolean): string {
  const fallback = path.join(rendererDir, 'index.html');
  let pathname: string;
  try {
    const parsed = new URL(requestUrl);
    if (!isAppUrl(requestUrl)) return fallback;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return fallback;
  }
  if (pathname.includes('\0')) return fallback;
  const file = path.resolve(rendererDir, `.${pathname}`);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep)) return fallback;
  return exists(file) ? file : fallback;
}

/**
 * Whether the window's spell checker may run. Electron's checker on Linux and Windows downloads Hunspell
 * dictionaries from a Google CDN the first time a language is needed: an offline app must not reach out, and no
 * dictionary it could ship covers every script its users write. macOS checks spelling with the system's own
 * dictionaries, on the machine.
 */
export function spellcheckAllowed(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * Which requests the window's session lets through: the app's own pages, the data the page makes itself, and
 * the report files being printed to PDF right now (`printing`). The CSP already refuses remote content in the
 * page; this also covers what Chromium fetches on its own behalf.
 */
export function mayRequest(url: string, printing: ReadonlySet<string> = new Set()): boolean {
  if (isAppUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    try {
      return printing.has(path.resolve(fileURLToPath(parsed)));
    } catch {
      return false;
    }
  }
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:';
}
