import fs from 'node:fs';
import { extractStatements } from './electron/statements/extract';
const dir = '/tmp/polnear/train';
const seen = new Set<string>();
const want = process.argv[2]!;
let shown = 0; let total = 0;
for (const file of fs.readdirSync(`${dir}/attributions`).sort()) {
  const base = file.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (seen.has(base) || !fs.existsSync(`${dir}/text/${base}.txt`)) continue;
  seen.add(base);
  const text = fs.readFileSync(`${dir}/text/${base}.txt`, 'utf8');
  const lines = fs.readFileSync(`${dir}/attributions/${file}`, 'utf8').split('\n');
  const spans = new Map<string, { frags: number[][]; text: string }>();
  const rels: Record<string, string>[] = [];
  for (const l of lines) { const [id, body, t] = l.split('\t'); if (!id || !body) continue; if (id.startsWith('T')) { const [, ...rest] = body.split(' '); spans.set(id, { frags: rest.join(' ').split(';').map((f) => f.trim().split(' ').map(Number)), text: t ?? '' }); } else if (id.startsWith('E')) rels.push(Object.fromEntries(body.split(' ').map((p) => p.split(':') as [string, string]))); }
  const preds = extractStatements(text);
  for (const r of rels) {
    const c = spans.get(r.Content!); if (!c) continue;
    const [a, b] = c.frags[0]!;
    const covered = preds.reduce((n, p) => n + Math.max(0, Math.min(p.end, b!) - Math.max(p.start, a!)), 0);
    if (covered >= 0.5 * (b! - a!)) continue;
    const cue = (r.Cue ? spans.get(r.Cue)?.text : '')?.toLowerCase() ?? '';
    if (cue !== want) continue;
    total++;
    const cueAt = spans.get(r.Cue!)!.frags[0]![0]!;
    const from = Math.min(a!, cueAt) ; const to = Math.max(b!, cueAt + 10);
    if (shown < 14 && to - from < 260) { shown++; console.log(`${JSON.stringify(text.slice(from - 25, to + 5))}`); }
  }
}
console.log(want, 'misses', total);
