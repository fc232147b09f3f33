// PolNeAR's brat standoff (DIR/attributions/*.ann beside DIR/text/*.txt) as the scorer's gold JSONL lines.
import fs from 'node:fs';
import path from 'node:path';

export interface GoldStatement {
  start: number;
  end: number;
  direct: boolean;
  fullQuote: boolean;
  speaker: string | null;
  speakerVia?: 'name' | 'pronoun';
}
export interface GoldArticle {
  id: string;
  text: string;
  statements: GoldStatement[];
}

interface Span {
  type: string;
  fragments: Array<[number, number]>;
}

const OPENS_WITH_QUOTE = /^\s*(?:[“"«‘„「『]|'')/;
// A quoted stretch in any of the marks PolNeAR's sources use, typewriter '' … '' included.
const QUOTED = /“[^”]*”|"[^"]*"|''[\s\S]*?''|«[^»]*»|„[^“”]*[“”]|‘[^’]*’(?!\w)/g;
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|his|its|their)$/i;

/** Pure quotation: once the quoted stretches are removed, only punctuation and spaces remain. */
export function isPureQuote(fragmentTexts: string[]): boolean {
  return fragmentTexts.every((fragment) => {
    // a quotation running on past the fragment (a quote over several paragraphs) has no closing mark here
    const rest = fragment.replace(QUOTED, ' ').replace(/(?:[“"«„]|'')[\s\S]*$/, ' ');
    return !/[\p{L}\p{N}]/u.test(rest);
  });
}

function parseAnn(ann: string, text: string): GoldStatement[] {
  const spans = new Map<string, Span>();
  const relations: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.trim().split(' ').map(Number) as [number, number]);
      spans.set(id, { type: type ?? '', fragments });
    } else if (id.startsWith('E')) {
      relations.push(Object.fromEntries(body.split(' ').map((part) => part.split(':') as [string, string])));
    }
  }
  const statements: GoldStatement[] = [];
  for (const relation of relations) {
    const content = relation.Content ? spans.get(relation.Content) : undefined;
    if (!content || content.fragments.length === 0) continue;
    // a discontinuous content (interrupted by its attribution) is one statement from its first to its last fragment
    const start = Math.min(...content.fragments.map((f) => f[0]));
    const end = Math.max(...content.fragments.map((f) => f[1]));
    const fragmentTexts = content.fragments.map(([a, b]) => text.slice(a, b));
    const direct = OPENS_WITH_QUOTE.test(text.slice(start, end));
    const source = relation.Source ? spans.get(relation.Source) : undefined;
    const speaker = source ? source.fragments.map(([a, b]) => text.slice(a, b)).join(' ').trim() || null : null;
    statements.push({
      start, end, direct, fullQuote: direct && isPureQuote(fragmentTexts), speaker,
      ...(speaker ? { speakerVia: PRONOUN.test(speaker) ? ('pronoun' as const) : ('name' as const) } : {}),
    });
  }
  return statements.sort((a, b) => a.start - b.start);
}

/** Every text of DIR once: when several annotators annotated one text (name_ab12.ann) the first annotation counts. */
export function readBrat(dir: string): GoldArticle[] {
  const seen = new Set<string>();
  const articles: GoldArticle[] = [];
  for (const file of fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const base = file.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
    const textFile = path.join(dir, 'text', `${base}.txt`);
    if (seen.has(base) || !fs.existsSync(textFile)) continue;
    seen.add(base);
    const text = fs.readFileSync(textFile, 'utf8');
    articles.push({ id: base, text, statements: parseAnn(fs.readFileSync(path.join(dir, 'attributions', file), 'utf8'), text) });
  }
  return articles;
}
