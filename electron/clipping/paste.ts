// From text pasted off a web page to a clean article: page furniture and the trailing signature removed,
// paragraphs kept, and the outlet, date, language and a provisional title found in what is left.

import type { PasteAnalysis } from '../api/types';
import { judgeLine } from './clutter';
import { findFirstDate } from './dates';
import { guessLanguage } from './language';
import { joinParagraphs, normalizeText, splitParagraphs } from './normalize';
import { looksLikeSignature, outletFromAttribution, outletFromDateline, outletFromSourceLine, sameOutlet } from './outlet';
import { looksLikeHeadline, titleFromLead } from './title';

/** How far into the body a date still counts as the publication date rather than a date the story mentions. */
const DATE_WINDOW = 300;

interface Cleaned {
  paragraphs: string[];
  removed: string[];
  date?: string | undefined;
}

function dropClutterLines(paragraphs: string[]): Cleaned {
  const kept: string[] = [];
  const removed: string[] = [];
  let date: string | undefined;
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').filter((line) => {
      const verdict = judgeLine(line);
      if (!verdict.clutter) return true;
      removed.push(line);
      date ??= verdict.date;
      return false;
    });
    if (lines.length > 0) kept.push(lines.join('\n'));
  }
  return { paragraphs: kept, removed, date };
}

function findOutletInBody(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    const named = outletFromAttribution(p.split(/(?<=[.!?])\s+/).find((s) => outletFromAttribution(s)) ?? '') ?? outletFromDateline(p);
    if (named) return named;
  }
  return undefined;
}

/** Takes signature lines off the end: a domain-like name, or a name the body already gave as the outlet. */
function dropTrailingSignatures(paragraphs: string[], knownOutlet: string | undefined): { signature?: string; removed: string[] } {
  const removed: string[] = [];
  let signature: string | undefined;
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1]!;
    const lines = last.split('\n');
    const line = lines[lines.length - 1]!.trim();
    const source = outletFromSourceLine(line);
    const isSignature =
      source !== undefined ||
      (looksLikeSignature(line) && (/\./.test(line) || (knownOutlet !== undefined && sameOutlet(line, knownOutlet))));
    if (!isSignature) break;
    signature ??= source ?? line;
    removed.unshift(line);
    if (lines.length > 1) paragraphs[paragraphs.length - 1] = lines.slice(0, -1).join('\n');
    else paragraphs.pop();
  }
  return signature !== undefined ? { signature, removed } : { removed };
}

/** A short first line made of a name and a date, in either order, joined by a separator. */
function takeDateline(paragraphs: string[]): { line: string; date: string; outlet?: string } | undefined {
  const line = paragraphs[0];
  if (!line || line.length > 80 || line.includes('\n') || paragraphs.length < 2) return undefined;
  const date = findFirstDate(line);
  if (!date) return undefined;
  const rest = (line.slice(0, date.index) + ' ' + line.slice(date.index + date.length)).replace(/\s*[·|•—–,-]\s*/g, ' ').trim();
  if (rest !== '' && !looksLikeSignature(rest)) return undefined;
  paragraphs.shift();
  return rest ? { line, date: date.iso, outlet: rest } : { line, date: date.iso };
}

export interface PasteOptions {
  /** Take a short first line as the headline (pasted text); off for text already extracted from HTML. */
  detectHeadline?: boolean;
}

export function analysePaste(raw: string, options: PasteOptions = {}): PasteAnalysis {
  const cleaned = dropClutterLines(splitParagraphs(normalizeText(raw)));
  const paragraphs = cleaned.paragraphs;
  const removed = [...cleaned.removed];

  // A dateline above the text: "Caspian Courier · 3 March 2025" gives the outlet and the date.
  const dateline = takeDateline(paragraphs);
  if (dateline) removed.push(dateline.line);
  const bodyOutlet = findOutletInBody(paragraphs) ?? dateline?.outlet;
  const tail = dropTrailingSignatures(paragraphs, bodyOutlet);
  removed.push(...tail.removed);

  let title: string | undefined;
  let titleSource: PasteAnalysis['titleSource'] = 'lead';
  if ((options.detectHeadline ?? true) && paragraphs[0] !== undefined && looksLikeHeadline(paragraphs[0], paragraphs.length > 1)) {
    title = paragraphs.shift()!;
    titleSource = 'headline';
    removed.unshift(title);
  }
  const text = joinParagraphs(paragraphs);
  const lead = paragraphs[0] ?? '';

  return {
    title: title ?? (lead ? titleFromLead(lead) : ''),
    titleSource,
    outlet: tail.signature ?? bodyOutlet ?? null,
    publishedAt: cleaned.date ?? dateline?.date ?? findFirstDate(text.slice(0, DATE_WINDOW))?.iso ?? null,
    language: guessLanguage(text),
    text,
    removed,
  };
}
