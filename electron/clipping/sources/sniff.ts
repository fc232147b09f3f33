// What kind of input a file is, by its first bytes first and its name second: a page saved as .txt is still a
// page, and a JPEG renamed .html is still not one.

export type InputKind = 'html' | 'mhtml' | 'email' | 'pdf' | 'csv' | 'xlsx' | 'zip' | 'feed' | 'text' | 'binary';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function head(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
}

function looksLikeBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  // UTF-16 text has NULs too; the decoder recognises it, so only count NULs outside that pattern.
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return false;
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32 && b !== 27)) control++;
  return sample.length > 0 && control / sample.length > 0.02;
}

const EXTENSIONS: Record<string, InputKind> = {
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  mhtml: 'mhtml', mht: 'mhtml',
  eml: 'email',
  pdf: 'pdf',
  csv: 'csv', tsv: 'csv',
  xlsx: 'xlsx',
  zip: 'zip',
  rss: 'feed', atom: 'feed', xml: 'feed',
  txt: 'text', text: 'text', md: 'text',
};

export function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

export function sniffKind(name: string, bytes: Uint8Array): InputKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return extensionOf(name) === 'xlsx' ? 'xlsx' : 'zip';
  const byName = EXTENSIONS[extensionOf(name)];
  if (looksLikeBinary(bytes)) return 'binary';
  const text = head(bytes).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text)) return 'feed';
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) return 'html';
  if (/^(?:From:|Snapshot-Content-Location:|Subject:|Date:|MIME-Version:|Received:|Return-Path:|Delivered-To:|Message-ID:)/im.test(text.slice(0, 200))) {
    if (/Content-Type:\s*multipart\/related/i.test(text) || byName === 'mhtml') return 'mhtml';
    if (byName === 'email' || /^(?:From|Subject|To|Date):/im.test(text)) return 'email';
  }
  return byName ?? 'text';
}
