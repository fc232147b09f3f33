// Over every page of ../shared/corpus: no statement's speaker is a document, a law, a place or a quantifier, and a
// statement's speaker kind agrees with its speaker. The pages are read at run time and never copied into the project.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../electron/clipping/html/extract';
import { extractStatements } from '../../electron/statements/extract';
import { SEED_FILE } from '../helpers/library';

const PAGES = path.resolve(path.dirname(SEED_FILE), '..', 'readability-test-pages');
const present = fs.existsSync(PAGES);
if (!present) console.log(`corpus speakers skipped: ${PAGES} is absent`);

/** Words a speaker never ends in, written independently of the classifier's lexicons. */
const NOT_A_SPEAKER = /(?:^|\s)(?:report|poll|polls|survey|study|law|bill|act|constitution|constitución|treaty|census|paper|document|article)$|^(?:few|some|many|most|others|several|security|anyone|someone)$|\d\s*(?:%|percent)|^(?:cape|lake|mount)\s/iu;

describe('speakers over every page of the corpus', () => {
  it.skipIf(!present)('never names a document, a law, a place or a quantifier, and types every speaker', () => {
    const pages = fs.readdirSync(PAGES).filter((d) => fs.existsSync(path.join(PAGES, d, 'source.html')));
    const texts = pages.map((d) => extractFromHtml(fs.readFileSync(path.join(PAGES, d, 'source.html'), 'utf8')));
    const seed = fs.existsSync(SEED_FILE) ? [fs.readFileSync(SEED_FILE, 'utf8')] : [];
    const speakers = new Map<string, string>();
    for (const [text, options] of [...texts.map((a) => [a.text, { outlet: a.outlet, originalPublication: a.originalPublication }] as const), ...seed.map((t) => [t, {}] as const)]) {
      for (const s of extractStatements(text, options)) {
        expect(s.speakerKind === 'unknown', `${s.speaker}`).toBe(s.speaker === null);
        if (s.speaker === null) continue;
        expect(s.speaker, s.speaker).not.toMatch(NOT_A_SPEAKER);
        expect(s.speaker, s.speaker).not.toMatch(/\n/);
        expect(s.chain).not.toBeNull();
        speakers.set(s.speaker, s.speakerKind);
      }
    }
    expect(speakers.size).toBeGreaterThan(50);
    console.log([...speakers].map(([name, kind]) => `${kind}: ${name}`).sort().join('; '));
  }, 120_000);
});
