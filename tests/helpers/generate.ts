// Fills a library with many generated clips, straight through SQL (the same columns the app writes), for the
// tests and measurements that need a big library.
import { randomUUID } from 'node:crypto';
import { openLibrary } from '../../db/connection';

const OUTLETS = ['News.Az', 'Kaspi.News', 'Steppe Herald', 'Caspian Wire', 'Daily Ledger'];
const TOPICS = ['ferry capacity', 'rail freight', 'customs rules', 'green energy', 'digital services'];

export function clipTitle(n: number): string {
  return `Clip ${String(n).padStart(6, '0')} on ${TOPICS[n % TOPICS.length]}`;
}

/** Clip n is published n hours after 2020-01-01, so the newest is the highest number. */
export function fillLibrary(dbPath: string, count: number): void {
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
      const text = `Officials discussed ${topic} at meeting ${n}. The delegation said progress on ${topic} was steady.\n\nA second paragraph for clip ${n}.`;
      insert.run(randomUUID(), outletIds[n % outletIds.length]!, clipTitle(n), published, published, published, text, `generated-${n}`);
    }
  })();
  library.close();
}
