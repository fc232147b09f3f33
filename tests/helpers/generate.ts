// Fills a library with many generated clips, straight through SQL (the same columns the app writes), for the
// tests and measurements that need a big library.
import { randomUUID } from 'node:crypto';
import { openLibrary } from '../../db/connection';
import { contentHash } from '../../electron/clipping/hash';
import { Syndication } from '../../electron/library/syndication';

const OUTLETS = ['News.Az', 'Kaspi.News', 'Steppe Herald', 'Caspian Wire', 'Daily Ledger'];
const TOPICS = ['ferry capacity', 'rail freight', 'customs rules', 'green energy', 'digital services'];

export function clipTitle(n: number): string {
  return `Clip ${String(n).padStart(6, '0')} on ${TOPICS[n % TOPICS.length]}`;
}

/** Clip n is published n hours after 2020-01-01, so the newest is the highest number. */
const WORDS = 'port ferry rail customs tariff cargo container terminal minister agreement corridor transit border freight energy pipeline grid solar wind digital network tender budget loan bank summit delegation talks treaty visit forum exhibition investment'.split(' ');

/** A sentence of its own for each clip, so that generated clips are not near-duplicates of each other. */
function sentence(n: number, salt: number): string {
  let x = (n * 2654435761 + salt * 40503) >>> 0;
  const words: string[] = [];
  for (let i = 0; i < 12; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + i) >>> 0;
    words.push(WORDS[x % WORDS.length]!);
  }
  return words.join(' ');
}

export async function fillLibrary(dbPath: string, count: number): Promise<void> {
  const library = openLibrary(dbPath);
  const { db } = library;
  const outletIds = OUTLETS.map((name) => {
    db.prepare("INSERT INTO outlets (name, name_key, created_at) VALUES (?, lower(?), '2020-01-01T00:00:00Z')").run(name, name);
    return db.prepare('SELECT id FROM outlets WHERE name = ?').pluck().get(name) as number;
  });
  const insert = db.prepare(
    `INSERT INTO articles (id, outlet_id, title, title_provisional, published_at, clipped_at, updated_at, language, text, source_kind, content_hash)
     VALUES (?, ?, ?, 0, ?, ?, ?, 'en', ?, 'paste', ?)`,
  );
  const start = Date.UTC(2020, 0, 1);
  db.transaction(() => {
    for (let n = 1; n <= count; n++) {
      const published = new Date(start + n * 3_600_000).toISOString().replace('.000Z', 'Z');
      const topic = TOPICS[n % TOPICS.length]!;
      const text = `Officials discussed ${topic} at meeting ${n}: ${sentence(n, 1)}.\n\n${sentence(n, 2)}. A second paragraph for clip ${n}.`;
      insert.run(randomUUID(), outletIds[n % outletIds.length]!, clipTitle(n), published, published, published, text, contentHash(text));
    }
  })();
  // Indexed for syndication as the app would have done, so no catch-up job runs when the library opens.
  await new Syndication(db).backfill();
  library.close();
}
