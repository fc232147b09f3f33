// Files from a drop or a file picker, read in the page and sent to the main process as base64.

export interface Upload {
  name: string;
  data: string;
}

/** The largest file sent through a route; larger ones are for `verbatim import`. */
export const MAX_UPLOAD_BYTES = 48 * 1024 * 1024;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** One file as a route carries it. */
export async function readUpload(file: File): Promise<Upload> {
  return { name: file.name, data: toBase64(await file.arrayBuffer()) };
}

export function isTooLarge(file: File): boolean {
  return file.size > MAX_UPLOAD_BYTES;
}

export function isZip(file: File): boolean {
  return /\.zip$/i.test(file.name) || file.type === 'application/zip';
}

export const ACCEPTED_FILES = '.html,.htm,.xhtml,.mhtml,.mht,.txt,.text,.md,.eml,.pdf,.csv,.tsv,.xlsx,.xml,.rss,.atom,.zip';

/** A single line that is a web address: pasting it clips the page behind it. */
export function asWebAddress(text: string): string | undefined {
  const trimmed = text.trim();
  return /^https?:\/\/\S+$/i.test(trimmed) && !trimmed.includes('\n') ? trimmed : undefined;
}
