// From text pasted off a web page to a clean article: page furniture and the trailing signature removed,
// paragraphs kept, and the outlet, date, language and a provisional title found in what is left.

import type { PasteAnalysis } from '../api/types';
import { judgeLine } from './clutter';
import { currentSignatureTable, type SignatureTable } from './agency-signatures';
import { findFirstDate, findYearlessDates, yearFromText } from './dates';
import { guessLanguage } from './language';
import { joinParagraphs, normalizeText, splitParagraphs } from './normalize';
import { looksLikeSignature, outletFromAttribution, outletFromDateline, outletFromSourceLine, sameOutlet } from './outlet';
import { looksLikeHeadline, titleFromLead } from './title';

/** How far into the body a date still counts as the publication date rather than a date the story mentions. */
const DATE_WINDOW = 300;
/** A day and month this close to the start are a dateline's ("新华社北京3月12日电", "МОСКВА, 12 марта. /ТАСС/."). */
const DATELINE_DATE_REACH = 80;
/** How much of each end of the text may give a dateline's year. */
const YEAR_CONTEXT = 4000;

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

function findOutletInBody(paragraphs: readonly string[], table: SignatureTable): string | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    // A known agency's signature first: "/ТАСС/" or "(AA)" says more than a capitalised word before "reports".
    const named = table.outletInDateline(p) ?? outletFromAttribution(p.split(/(?<=[.!?])\s+/).find((s) => outletFromAttribution(s)) ?? '') ?? outletFromDateline(p);
    if (named) return named;
  }
  return undefined;
}

/**
 * The publication date the start of the text gives. A dateline's day and month without a year ("3月12日电") is the
 * day of publication: it counts when the text says its year, and otherwise leaves the clip undated (a later date in
 * the lead is then a day the story mentions, not the day it was published).
 */
function leadDate(text: string): string | undefined {
  const lead = text.slice(0, DATE_WINDOW);
  const full = findFirstDate(lead);
  const yearless = findYearlessDates(lead.slice(0, DATELINE_DATE_REACH))[0];
  if (!yearless || (full && full.index < yearless.index)) return full?.iso;
  // Where a text states its own date, a stamp at the top or a line at the foot: the middle of a 20 MB paste is not read.
  const year = yearFromText(yearless, text.length > YEAR_CONTEXT * 2 ? `${text.slice(0, YEAR_CONTEXT)}\n${text.slice(-YEAR_CONTEXT)}` : text);
  const pad = (n: number) => String(n).padStart(2, '0');
  return year === undefined ? undefined : `${year}-${pad(yearless.month)}-${pad(yearless.day)}`;
}

/** Takes signature lines off the end: a domain-like name, or a name the body already gave as the outlet. */
function dropTrailingSignatures(paragraphs: string[], knownOutlet: string | undefined, table: SignatureTable): { signature?: string; removed: string[] } {
  const removed: string[] = [];
  let signature: string | undefined;
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1]!;
    const lines = last.split('\n');
    const line = lines[lines.length - 1]!.trim();
    const source = table.outletOfSignatureLine(line) ?? outletFromSourceLine(line);
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
  const table = currentSignatureTable();
  const bodyOutlet = findOutletInBody(paragraphs, table) ?? dateline?.outlet;
  const tail = dropTrailingSignatures(paragraphs, bodyOutlet, table);
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
  const outlet = tail.signature ?? bodyOutlet;

  return {
    title: title ?? (lead ? titleFromLead(lead) : ''),
    titleSource,
    // An agency's name as its table entry spells it, whichever signature the text used ("AA", "ТАСС").
    outlet: outlet === undefined ? null : (table.canonical(outlet) ?? outlet),
    publishedAt: cleaned.date ?? dateline?.date ?? leadDate(text) ?? null,
    language: guessLanguage(text),
    text,
    removed,
  };
}
