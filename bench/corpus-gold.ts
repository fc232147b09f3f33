// The statements labelled by hand on real pages of ../shared/corpus (bench/gold/corpus-statements.json) as the
// scorer's gold JSONL. Labels give a statement's words, not offsets: the text is extracted at run time the way the
// product clips a page, and each statement is located in it again (offsets move when extraction changes).
import fs from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../electron/clipping/decode';
import { extractFromHtml } from '../electron/clipping/html/extract';
import type { GoldArticle } from './brat-gold';

interface LabelledStatement {
  /** The statement's exact words as they stand in the extracted text; prefix/suffix only to make them unique. */
  quote: string;
  prefix?: string;
  suffix?: string;
  direct: boolean;
  fullQuote: boolean;
  speaker: string | null;
}
interface LabelFile {
  tuning: string[];
  heldOut: string[];
  pages: Record<string, LabelledStatement[]>;
}

export interface CorpusSplit {
  name: 'tuning' | 'held-out';
  articles: GoldArticle[];
  unlocated: string[];
}

function locate(text: string, s: LabelledStatement): number {
  const needle = `${s.prefix ?? ''}${s.quote}${s.suffix ?? ''}`;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) return -1;
  return at + (s.prefix ?? '').length;
}

export function readCorpusGold(labelFile: string, corpusDir: string): CorpusSplit[] {
  const labels = JSON.parse(fs.readFileSync(labelFile, 'utf8')) as LabelFile;
  return (['tuning', 'held-out'] as const).map((name) => {
    const unlocated: string[] = [];
    const articles: GoldArticle[] = [];
    for (const page of name === 'tuning' ? labels.tuning : labels.heldOut) {
      // a page of the split not labelled yet is left out rather than scored as a page without statements
      if (!labels.pages[page]) continue;
      const source = path.join(corpusDir, page, 'source.html');
      if (!fs.existsSync(source)) { unlocated.push(`${page}: no source.html`); continue; }
      const text = extractFromHtml(decodeBytes(fs.readFileSync(source), { html: true }).text, { url: 'http://fakehost/test/page.html' }).text;
      const statements = [];
      for (const s of labels.pages[page] ?? []) {
        const start = locate(text, s);
        if (start < 0) { unlocated.push(`${page}: ${s.quote.slice(0, 60)}`); continue; }
        statements.push({ start, end: start + s.quote.length, direct: s.direct, fullQuote: s.fullQuote, speaker: s.speaker });
      }
      articles.push({ id: page, text, statements });
    }
    return { name, articles, unlocated };
  });
}
