// npm run bench:statements -- --brat DIR [--brat DIR2 ...] [--baseline REV] [--no-corpus]
// Also, unless --no-corpus, the real pages labelled by hand in bench/gold/corpus-statements.json (tuning and
// held-out halves apart; see bench/corpus-gold.ts).
// Scores the statement extractor with the judge's scorer (../shared/tools/score-statements.mjs) on attributions in
// brat standoff format (PolNeAR's layout: DIR/attributions/*.ann and DIR/text/*.txt; its train or dev split, never
// test), beside the extractor of an earlier revision (default 148959e) run on the same gold in the same run.
//
// Gold, as the scorer's README asks: one statement per attribution relation, its Content span, from the first to
// the last fragment when the content is interrupted by its attribution; direct when the content opens with a
// quotation mark ('' typewriter quotes included), fullQuote when nothing but punctuation is left outside the quotes.
// The speaker is the Source span's surface text: resolving a pronoun source ("he") to the person, as the judge's
// own file does with CoreNLP coreference, is not possible here, so such gold speakers keep the pronoun and carry
// speakerVia 'pronoun' (the scorer reports them apart, in its "coreference" bucket); speakerVia 'name' otherwise.
// The gold JSONL is written under /work/.eval (corpus text never goes into a repository).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBrat, type GoldArticle } from './brat-gold';
import { readCorpusGold } from './corpus-gold';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const scorer = path.resolve(repo, '../shared/tools/score-statements.mjs');
const adapter = path.join(repo, 'bench/statements-adapter.mjs');
const evalDir = process.env.EVAL_DIR ?? path.resolve(repo, '../.eval');

const args = process.argv.slice(2);
const values = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []));
const dirs = values('--brat').filter((dir) => {
  const usable = fs.existsSync(path.join(dir, 'attributions')) && fs.existsSync(path.join(dir, 'text'));
  if (!usable) console.log(`bench:statements: ${dir} skipped, it has no attributions/ and text/ folders`);
  return usable;
});
const baseline = values('--baseline').at(-1) ?? '148959e';
const labelFile = path.join(repo, 'bench/gold/corpus-statements.json');
const corpusDir = path.resolve(repo, '../shared/corpus/readability-test-pages');
const withCorpus = !args.includes('--no-corpus') && fs.existsSync(labelFile) && fs.existsSync(corpusDir);
if (dirs.length === 0 && !withCorpus) {
  console.error('usage: npm run bench:statements -- --brat DIR [--brat DIR ...] [--baseline REV]');
  process.exit(2);
}
if (!fs.existsSync(scorer)) {
  console.error(`bench:statements: the scorer ${scorer} is missing`);
  process.exit(2);
}

interface Row { tp: number; gold: number; pred: number; P: number; R: number; F1: number }
interface Summary {
  articles: number;
  allFair: Row;
  directPure: Row;
  speaker: { pairs: number; acc: number; attributedRecall: number; goldWithSpeaker: number };
  msPerArticle: number;
}

function score(gold: string, root: string, out: string): Summary & { articlesPerSecond: number } {
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--module', adapter, '--json', out, '--quiet'], {
    env: { ...process.env, STATEMENTS_ROOT: root }, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (run.status !== 0) throw new Error(`scorer failed (${root}): ${run.stderr}`);
  const speed = spawnSync(process.execPath, [path.join(repo, 'bench/statements-speed.mjs'), gold], {
    env: { ...process.env, STATEMENTS_ROOT: root }, encoding: 'utf8',
  });
  if (speed.status !== 0) throw new Error(`speed run failed (${root}): ${speed.stderr}`);
  return { ...(JSON.parse(fs.readFileSync(out, 'utf8')) as Summary), articlesPerSecond: Number(speed.stdout.trim()) };
}

/** The baseline's extractor from a detached worktree under /tmp, removed afterwards. */
function withBaseline<T>(rev: string, use: (root: string) => T): T {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-baseline-'));
  fs.rmSync(root, { recursive: true });
  execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', '--quiet', root, rev]);
  try {
    fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
    return use(root);
  } finally {
    execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', root]);
  }
}

const outDir = path.join(evalDir, 'bench-statements');
fs.mkdirSync(outDir, { recursive: true });
const writeGold = (name: string, articles: GoldArticle[]) => {
  const gold = path.join(outDir, `${name}.jsonl`);
  fs.writeFileSync(gold, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return gold;
};
const splits = dirs.map((dir) => {
  const name = path.basename(path.resolve(dir));
  return { dir, name, gold: writeGold(name, readBrat(dir)) };
});
if (withCorpus) {
  // the pages labelled by hand (bench/gold/corpus-statements.json): the held-out half is for reading, not tuning
  for (const split of readCorpusGold(labelFile, corpusDir)) {
    const name = `corpus-${split.name}`;
    for (const miss of split.unlocated) console.log(`${name}: statement not found in the extracted text: ${miss}`);
    splits.push({ dir: `corpus pages, ${split.name} half`, name, gold: writeGold(name, split.articles) });
  }
}

const current = splits.map((s) => score(s.gold, repo, path.join(outDir, `${s.name}.current.json`)));
const previous = withBaseline(baseline, (root) => splits.map((s) => score(s.gold, root, path.join(outDir, `${s.name}.baseline.json`))));

const f = (x: number) => x.toFixed(4);
const prf = (r: Row) => `P ${f(r.P)}  R ${f(r.R)}  F1 ${f(r.F1)}  (${r.gold} gold, ${r.pred} predicted, ${r.tp} matched)`;
const lines = (label: string, r: Summary & { articlesPerSecond: number }) => [
  `  ${label}`,
  `    all, split-tolerant   ${prf(r.allFair)}`,
  `    direct, pure quotes   ${prf(r.directPure)}`,
  `    speaker accuracy      ${f(r.speaker.acc)} over ${r.speaker.pairs} matched pairs with a gold speaker`,
  `    attributed recall     ${f(r.speaker.attributedRecall)} of ${r.speaker.goldWithSpeaker} gold statements with a speaker`,
  `    speed                 ${r.articlesPerSecond} articles/s on one core, steady state (scorer's pass: ${r.msPerArticle.toFixed(2)} ms each, first call included)`,
];
splits.forEach((s, i) => {
  console.log(`\n${s.dir}: ${current[i]!.articles} articles (gold ${s.gold})`);
  for (const l of [...lines('now', current[i]!), ...lines(`baseline ${baseline}`, previous[i]!)]) console.log(l);
});
