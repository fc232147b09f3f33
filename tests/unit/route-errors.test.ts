// Every route of the contract, called through dispatch() with ids that lead nowhere: ids nobody made, ids of
// things that were removed (a purged clip, a merged official, a deleted tag), and ids of the wrong kind (a tag's id
// where an official's is expected). Whatever a route answers, it must be a sentence for the person using the app:
// never INTERNAL, never SQLite's or JavaScript's own words. The inputs are generated from the contract's schemas,
// so a route added later is walked too.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { FeedStore } from '../../db/feeds';
import BetterSqlite3 from 'better-sqlite3';
import { contract, type RouteName } from '../../electron/api/contract';
import { setFaultLog, toWireError } from '../../electron/api/errors';
import { dispatch } from '../../electron/api/dispatch';
import type { AnnotationRecord, ClipResult, OfficialDetail, SavedReport, SavedSearch, StatementInfo, TagRecord, TopicRecord } from '../../electron/api/types';
import type { WireError } from '../../electron/api/wire';
import { testApp, type TestApp } from '../helpers/app';
import { fixture } from '../helpers/library';

type Kind = 'article' | 'trashedArticle' | 'statement' | 'official' | 'tag' | 'topic' | 'annotation' | 'savedSearch' | 'report' | 'feed' | 'job';
type NumberKind = 'alias' | 'role';

interface Pool {
  live: Partial<Record<Kind, string>>;
  gone: Partial<Record<Kind, string>>;
  numbers: Record<NumberKind, number> & { goneRole: number };
}

/** Words that only ever come from SQLite or from a bug, never from a message written for a person. */
const RAW = /constraint|SQLITE|undefined|TypeError|Cannot read|null pointer|is not a function|of null/i;

let dir: string;
let baseFile: string;
let pool: Pool;

/** Waits for the jobs a route started; returns the failed ones (a job's error reaches the user too). */
/** Closes what a test app started besides the library (extraction workers, staged files), where it has a close(). */
async function closeApp(app: TestApp): Promise<void> {
  await (app.services as { close?: () => Promise<void> }).close?.();
  app.library.close();
}

async function waitForJobs(app: TestApp): Promise<Array<{ id: string; error: string }>> {
  for (;;) {
    const jobs = app.services.jobs.list();
    const running = jobs.filter((j) => j.state === 'running');
    if (running.length === 0) return jobs.flatMap((j) => (j.error ? [{ id: j.id, error: j.error }] : []));
    // A finished job may be pruned from the registry before it is asked about; ask again.
    await Promise.all(running.map((j) => app.services.jobs.finished(j.id).catch(() => undefined)));
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-route-errors-'));
  baseFile = path.join(dir, 'base.db');
  const app = testApp(openLibrary(baseFile));
  const call = app.call.bind(app);
  const live: Pool['live'] = {};
  const gone: Pool['gone'] = {};

  const { article } = await call<ClipResult>('clips.fromText', { text: fixture('pasted-interview.txt') });
  live.article = article.id;
  const statements = await call<StatementInfo[]>('statements.list', { articleId: article.id });
  live.statement = statements[0]!.id;

  const trashed = await call<ClipResult>('clips.fromText', { text: '“The ferry line to Aktau opens in May,” the harbour master said on Monday. Published 2024-02-01.' });
  await call('articles.trash', { ids: [trashed.article.id] });
  live.trashedArticle = trashed.article.id;

  const purged = await call<ClipResult>('clips.fromText', { text: '“We will build two more berths at Poti,” the port director said on Tuesday. Published 2024-03-01.' });
  const purgedStatements = await call<StatementInfo[]>('statements.list', { articleId: purged.article.id });
  gone.statement = purgedStatements[0]!.id;
  await call('articles.trash', { ids: [purged.article.id] });
  await call('articles.purge', { ids: [purged.article.id] });
  gone.article = purged.article.id;

  const official = await call<OfficialDetail>('officials.create', { name: 'Walter Ferrymann', role: 'Harbour Commissioner' });
  live.official = official.id;
  const withRole = await call<OfficialDetail>('officials.addRole', { id: official.id, title: 'Deputy Harbour Commissioner' });
  const removedRole = withRole.roles.at(-1)!;
  await call('officials.removeRole', { id: official.id, roleId: removedRole.id });
  const merged = await call<OfficialDetail>('officials.create', { name: 'Gunnar Mergewell', role: null });
  await call('officials.merge', { fromId: merged.id, intoId: official.id });
  gone.official = merged.id;

  const tag = await call<TagRecord>('tags.create', { name: 'ports' });
  await call('tags.apply', { targets: [{ kind: 'article', id: article.id }], add: ['ports'] });
  live.tag = tag.id;
  const doomedTag = await call<TagRecord>('tags.create', { name: 'doomed' });
  await call('tags.remove', { id: doomedTag.id });
  gone.tag = doomedTag.id;

  const topic = await call<{ topic: TopicRecord }>('topics.create', { name: 'Ferries', rule: 'ferry' });
  live.topic = topic.topic.id;
  const doomedTopic = await call<{ topic: TopicRecord }>('topics.create', { name: 'Doomed topic' });
  await call('topics.remove', { id: doomedTopic.topic.id });
  gone.topic = doomedTopic.topic.id;

  const start = article.text.indexOf('ferry capacity');
  const highlight = await call<AnnotationRecord>('annotations.create', { articleId: article.id, start, end: start + 'ferry capacity'.length, note: 'tonnage?' });
  live.annotation = highlight.id;
  const doomedHighlight = await call<AnnotationRecord>('annotations.create', { articleId: article.id, start, end: start + 5 });
  await call('annotations.remove', { id: doomedHighlight.id });
  gone.annotation = doomedHighlight.id;

  const saved = await call<SavedSearch>('savedSearches.create', { name: 'Ferries', query: 'ferry' });
  live.savedSearch = saved.id;
  const doomedSaved = await call<SavedSearch>('savedSearches.create', { name: 'Doomed', query: 'doom' });
  await call('savedSearches.remove', { id: doomedSaved.id });
  gone.savedSearch = doomedSaved.id;

  const report = await call<SavedReport>('reports.save', { name: 'Weekly', definition: { title: 'Weekly ports' } });
  live.report = report.id;
  const doomedReport = await call<SavedReport>('reports.save', { name: 'Doomed', definition: { title: 'Doomed' } });
  await call('reports.remove', { id: doomedReport.id });
  gone.report = doomedReport.id;

  // Subscribing fetches the feed; these build machines are offline, so the feeds are written straight to the store.
  const feeds = new FeedStore(app.library.db);
  live.feed = feeds.insert({ id: randomUUID(), url: 'http://127.0.0.1:9/live.xml', title: 'Live', siteUrl: null, pollMinutes: 60 }).id;
  gone.feed = feeds.insert({ id: randomUUID(), url: 'http://127.0.0.1:9/gone.xml', title: 'Gone', siteUrl: null, pollMinutes: 60 }).id;
  feeds.remove(gone.feed);

  const detail = await call<OfficialDetail>('officials.get', { id: official.id });
  pool = { live, gone, numbers: { alias: detail.aliases[0]!.id, role: detail.roles[0]!.id, goneRole: removedRole.id } };
  await waitForJobs(app);
  await closeApp(app);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// ---- inputs generated from the schemas ------------------------------------------------------------------------

const PREFIX_KIND: Record<string, Kind> = {
  articles: 'article',
  statements: 'statement',
  officials: 'official',
  tags: 'tag',
  topics: 'topic',
  annotations: 'annotation',
  savedSearches: 'savedSearch',
  reports: 'report',
  feeds: 'feed',
  jobs: 'job',
};

const FIELD_KIND: Record<string, Kind> = {
  articleId: 'article',
  articleIds: 'article',
  picked: 'article',
  excluded: 'article',
  pinned: 'article',
  order: 'article',
  statementId: 'statement',
  savedSearchId: 'savedSearch',
  topicId: 'topic',
  topicIds: 'topic',
  parentId: 'topic',
};

const TARGET_KINDS = new Set(['article', 'statement', 'annotation']);

const TEXT = 'Ferries cross the Caspian Sea every day, the harbour master said. “We carry more cargo than ever,” he added. Published 2024-01-05.';

const STRING_SAMPLES: Record<string, string> = {
  url: 'http://127.0.0.1:9/unreachable',
  text: TEXT,
  html: `<article><h1>Ferries</h1><p>${TEXT}</p></article>`,
  data: Buffer.from(TEXT).toString('base64'),
  color: '#336699',
  publishedAt: '2024-01-05',
  validFrom: '2024-01-01',
  validTo: '2024-12-31',
  from: '2024-01-01',
  to: '2024-12-31',
  query: 'ferries',
  rule: 'ferries',
  speaker: 'Walter Ferrymann',
  alias: 'Walt Ferrymann',
  canonicalName: 'Walter T. Ferrymann',
  title: 'A walk through the routes',
};

const NUMBER_SAMPLES: Record<string, number> = { start: 0, end: 20, at: 10, pollMinutes: 30, syndicationThreshold: 0.5 };

/** Where an id goes in an input, and what kind of thing it should name there. */
interface IdSlot {
  path: string;
  expects: Kind | NumberKind | undefined;
  numeric: boolean;
  /** The path of a sibling `kind` field (targets of tags and topics) and its options. */
  kindField?: { path: string; options: string[] };
}

interface Walk {
  route: RouteName;
  slots: IdSlot[];
  /** Leave out what is optional or has a default. */
  minimal: boolean;
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) optional = true;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else return { inner, optional };
  }
}

function expectedKind(route: RouteName, field: string, siblingKind: string | undefined): Kind | undefined {
  if (siblingKind) return siblingKind as Kind;
  if (FIELD_KIND[field]) return FIELD_KIND[field];
  const prefix = route.split('.')[0]!;
  if (route === 'tone.set') return undefined;
  return PREFIX_KIND[prefix];
}

function liveIdFor(kind: Kind | NumberKind | undefined): string | number {
  if (kind === 'alias' || kind === 'role') return pool.numbers[kind];
  return (kind && pool.live[kind]) ?? randomUUID();
}

function sample(schema: z.ZodType, walk: Walk, at: string[], siblings: Record<string, unknown> = {}): unknown {
  const key = at.join('.');
  const field = [...at].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    const shape = inner.shape as Record<string, z.ZodType>;
    // The kind of a target is decided first: the id beside it should name a thing of that kind.
    const entries = Object.entries(shape).sort(([a], [b]) => (a === 'kind' ? -1 : b === 'kind' ? 1 : 0));
    for (const [name, child] of entries) {
      if (walk.minimal && unwrap(child).optional) continue;
      const value = sample(child, walk, [...at, name], out);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (inner instanceof z.ZodArray) {
    const minimum = (inner.def.checks ?? []).map((c) => c._zod.def as { check: string; minimum?: unknown }).find((d) => d.check === 'min_length')?.minimum;
    const count = Math.max(1, typeof minimum === 'number' ? minimum : 0);
    return Array.from({ length: count }, (_, i) => sample((inner as z.ZodArray<z.ZodType>).element, walk, [...at, String(i)], siblings));
  }
  if (inner instanceof z.ZodUUID) {
    const kindSchema = unwrap((contractShapeAt(walk.route, at.slice(0, -1)) ?? {})['kind'] ?? z.never()).inner;
    // A target ({ kind, id }) of tags, topics and tone; a statement's own `kind` (direct, reported) is not one.
    const kindOptions = kindSchema instanceof z.ZodEnum && (kindSchema.options as string[]).every((o) => TARGET_KINDS.has(o)) ? kindSchema : undefined;
    const slot: IdSlot = {
      path: key,
      expects: expectedKind(walk.route, field, kindOptions && typeof siblings['kind'] === 'string' ? siblings['kind'] : undefined),
      numeric: false,
      ...(kindOptions && { kindField: { path: [...at.slice(0, -1), 'kind'].join('.'), options: kindOptions.options as string[] } }),
    };
    walk.slots.push(slot);
    return liveIdFor(slot.expects);
  }
  if (inner instanceof z.ZodNumber) {
    if (field === 'aliasId' || field === 'roleId') {
      const expects = field === 'aliasId' ? 'alias' : 'role';
      walk.slots.push({ path: key, expects, numeric: true });
      return liveIdFor(expects);
    }
    return NUMBER_SAMPLES[field] ?? inner.minValue ?? 0;
  }
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodEnum) {
    const options = inner.options as string[];
    // PDF needs a Chromium; every format goes through the same checks before rendering.
    if (field === 'format') return 'json';
    return options[0];
  }
  if (inner instanceof z.ZodBase64) return STRING_SAMPLES['data'];
  if (inner instanceof z.ZodString) {
    if (STRING_SAMPLES[field]) return STRING_SAMPLES[field];
    return `Walk ${field} ${walk.route}`.slice(0, inner.maxLength ?? 80);
  }
  throw new Error(`route-errors: no sample for ${walk.route} ${key} (${inner.constructor.name}); teach sample() this schema`);
}

/** The shape of the object at a path of a route's input (to find a target's `kind` beside its `id`). */
function contractShapeAt(route: RouteName, at: string[]): Record<string, z.ZodType> | undefined {
  let schema: z.ZodType = contract[route].input;
  for (const part of at) {
    const { inner } = unwrap(schema);
    if (inner instanceof z.ZodArray && /^\d+$/.test(part)) schema = (inner as z.ZodArray<z.ZodType>).element;
    else if (inner instanceof z.ZodObject) schema = (inner.shape as Record<string, z.ZodType>)[part] ?? z.never();
    else return undefined;
  }
  const { inner } = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

function setAt(input: unknown, at: string, value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const parts = at.split('.');
  let node: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
  return copy;
}

interface Call {
  route: RouteName;
  what: string;
  input: unknown;
  /** Whether the id at the slot names something that is not there, or not of the kind the route expects. */
  misdirected: boolean;
  slot?: IdSlot;
}

function callsFor(route: RouteName): Call[] {
  const calls: Call[] = [];
  for (const minimal of [false, true]) {
    const walk: Walk = { route, slots: [], minimal };
    const base = sample(contract[route].input, walk, []);
    calls.push({ route, what: minimal ? 'minimal input' : 'full input', input: base, misdirected: false });
    if (minimal) continue;
    for (const slot of walk.slots) {
      const candidates: Array<{ label: string; value: string | number; right: boolean }> = slot.numeric
        ? [
            // Alias and role ids are both small numbers: the same number may well name a thing of either kind.
            { label: 'an alias id', value: pool.numbers.alias, right: slot.expects === 'alias' || pool.numbers.alias === pool.numbers.role },
            { label: 'a role id', value: pool.numbers.role, right: slot.expects === 'role' || pool.numbers.alias === pool.numbers.role },
            { label: 'a removed role', value: pool.numbers.goneRole, right: false },
            { label: 'an unknown number', value: 987_654_321, right: false },
          ]
        : [
            { label: 'an unknown id', value: randomUUID(), right: false },
            // A clip in the trash is still a clip: it can be read, tagged and corrected.
            ...Object.entries(pool.live).map(([kind, id]) => ({ label: `a live ${kind}`, value: id, right: kind === slot.expects || (kind === 'trashedArticle' && slot.expects === 'article') })),
            ...Object.entries(pool.gone).map(([kind, id]) => ({ label: `a removed ${kind}`, value: id, right: false })),
          ];
      const kinds = slot.kindField?.options ?? [undefined];
      for (const kind of kinds) {
        for (const candidate of candidates) {
          let input = setAt(base, slot.path, candidate.value);
          if (kind !== undefined && slot.kindField) input = setAt(input, slot.kindField.path, kind);
          const right = kind !== undefined ? candidate.label === `a live ${kind}` || (kind === 'article' && candidate.label === 'a live trashedArticle') : candidate.right;
          calls.push({ route, what: `${slot.path} = ${candidate.label}${kind ? ` (kind ${kind})` : ''}`, input, misdirected: !right, slot });
        }
      }
    }
  }
  return calls;
}

/** Routes whose whole point is the thing their `id` names: a wrong id there can only be an error, never a result. */
const MUST_REFUSE = /^(officials\.(get|accept|addAlias|merge|update|addRole|updateRole|removeRole|splitAlias|timeline)|statements\.(correct|split|merge|list|add)|tags\.(update|merge|apply)|topics\.(update|assign)|annotations\.(update|place|create)|savedSearches\.(update|markSeen)|feeds\.(poll|update)|jobs\.cancel|articles\.(get|update|updateText|syndication)|organize\.article|tone\.set)$/;

const totals = { calls: 0, routes: 0, refused: 0, unexplained: 0 };

function copyOfBase(): string {
  const file = path.join(fs.mkdtempSync(path.join(dir, 'route-')), 'library.db');
  fs.copyFileSync(baseFile, file);
  return file;
}

describe('every route, given ids that lead nowhere', () => {
  const routes = Object.keys(contract) as RouteName[];

  it.each(routes)('%s answers in plain words', async (route) => {
    const app = testApp(openLibrary(copyOfBase()));
    const logged: string[] = [];
    const problems: string[] = [];
    try {
      const reportedJobs = new Set<string>();
      for (const call of callsFor(route)) {
        const response = await dispatch(app.services.table, call.route, call.input, (message, err) => logged.push(`${message}: ${String(err)}`));
        totals.calls++;
        // Jobs run one after another, so that each call finds the library as the last one left it.
        for (const job of await waitForJobs(app)) {
          if (!reportedJobs.has(job.id) && RAW.test(job.error)) problems.push(`${call.what}: a job failed with: ${job.error}`);
          reportedJobs.add(job.id);
        }
        if (response.ok) {
          // Taking a tag that is not there off something changes nothing, and says so by its count.
          const lenient = call.slot?.path.startsWith('remove.') === true;
          if (call.misdirected && !lenient && MUST_REFUSE.test(route)) problems.push(`${call.what}: answered ok instead of refusing`);
          continue;
        }
        totals.refused++;
        const error: WireError = response.error;
        if (error.code === 'INTERNAL' || RAW.test(error.message)) {
          totals.unexplained++;
          problems.push(`${call.what}: ${error.code} ${error.message}`);
        }
      }
    } finally {
      await closeApp(app);
    }
    totals.routes++;
    expect(problems, `${route}:\n${problems.join('\n')}\n${logged.join('\n')}`).toEqual([]);
  });

  afterAll(() => {
    console.log(`route errors: ${totals.calls} calls over ${totals.routes} routes, ${totals.refused} refused, ${totals.unexplained} internal or in SQLite's words`);
  });
});

describe('what a missing thing is called', () => {
  it('names the official that is not there, for accept and update alike', async () => {
    const app = testApp(openLibrary(copyOfBase()));
    try {
      const id = randomUUID();
      for (const [route, input] of [
        ['officials.accept', { id, canonicalName: 'Walter Ferrymann' }],
        ['officials.update', { id, canonicalName: 'Walter Ferrymann' }],
        ['officials.update', { id, country: 'Georgia' }],
        ['officials.addRole', { id, title: 'Minister' }],
        ['officials.merge', { fromId: id, intoId: pool.live.official }],
        ['officials.merge', { fromId: pool.gone.official, intoId: pool.live.official }],
      ] as const) {
        const error = await app.fails(route, input);
        expect(error.code, `${route} ${JSON.stringify(input)}`).toBe('NOT_FOUND');
        expect(error.message).toMatch(/^There is no official with the id [0-9a-f-]{36}; it may have been removed or merged\.$/);
      }
      const tag = await app.fails('officials.accept', { id: pool.live.tag });
      expect(tag).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(pool.live.tag!) });
    } finally {
      await closeApp(app);
    }
  });

  it('refuses a role of another official rather than changing it', async () => {
    const app = testApp(openLibrary(copyOfBase()));
    try {
      const other = await app.call<OfficialDetail>('officials.create', { name: 'Olga Otherova', role: 'Consul' });
      const error = await app.fails('officials.updateRole', { id: other.id, roleId: pool.numbers.role, title: 'Hijacked' });
      expect(error.code).toBe('NOT_FOUND');
      const owner = await app.call<OfficialDetail>('officials.get', { id: pool.live.official });
      expect(owner.roles.map((r) => r.title)).not.toContain('Hijacked');
    } finally {
      await closeApp(app);
    }
  });
});

describe('SQLite’s own failures', () => {
  /** Real errors from real SQLite, each the way a route would meet it. */
  function failures(): Array<{ what: string; err: unknown; code: string }> {
    const file = path.join(fs.mkdtempSync(path.join(dir, 'sqlite-')), 'plain.db');
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE parents (id TEXT PRIMARY KEY, name TEXT UNIQUE); CREATE TABLE children (parent TEXT REFERENCES parents (id), n INTEGER CHECK (n > 0))');
    db.prepare("INSERT INTO parents VALUES ('p', 'one')").run();
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (err) {
        return err;
      }
      throw new Error('expected SQLite to refuse');
    };
    const out: Array<{ what: string; err: unknown; code: string }> = [
      { what: 'a foreign key', err: caught(() => db.prepare("INSERT INTO children VALUES ('nobody', 1)").run()), code: 'NOT_FOUND' },
      { what: 'a unique name', err: caught(() => db.prepare("INSERT INTO parents VALUES ('q', 'one')").run()), code: 'CONFLICT' },
      { what: 'a check', err: caught(() => db.prepare("INSERT INTO children VALUES ('p', 0)").run()), code: 'CONFLICT' },
    ];
    // A full disk, as SQLite reports it: the file may not grow.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    out.push({ what: 'a full disk', err: caught(() => db.prepare('INSERT INTO parents VALUES (?, ?)').run('big', 'x'.repeat(100_000))), code: 'DISK_FULL' });
    const other = new BetterSqlite3(file);
    other.prepare('BEGIN IMMEDIATE').run();
    const waiting = new BetterSqlite3(file, { timeout: 0 });
    out.push({ what: 'another writer', err: caught(() => waiting.prepare("INSERT INTO parents VALUES ('r', 'two')").run()), code: 'LIBRARY_LOCKED' });
    other.prepare('ROLLBACK').run();
    const readOnly = new BetterSqlite3(file, { readonly: true });
    out.push({ what: 'a read-only library', err: caught(() => readOnly.prepare("INSERT INTO parents VALUES ('s', 'three')").run()), code: 'LIBRARY_READ_ONLY' });
    // Damage cannot be made to order in a few lines; SQLite's error for it has this shape.
    out.push({ what: 'a damaged library', err: new BetterSqlite3.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT'), code: 'LIBRARY_DAMAGED' });
    out.push({ what: 'a failing disk', err: new BetterSqlite3.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE'), code: 'DISK_ERROR' });
    for (const d of [readOnly, waiting, other, db]) d.close();
    return out;
  }

  it('each becomes a sentence with a stable code, SQLite’s words going to the log only', () => {
    const logged: string[] = [];
    const previous = setFaultLog((message, err) => logged.push(`${message}: ${err instanceof Error ? err.message : String(err)}`));
    try {
      const all = failures();
      for (const { what, err, code } of all) {
        const wire = toWireError(err);
        expect(wire.code, what).toBe(code);
        expect(wire.message, what).not.toMatch(RAW);
        expect(wire.message, what).not.toMatch(/locked|malformed|I\/O error|full\b.*database/);
        expect(wire.message, what).toMatch(/^[A-Z].*\.$/);
      }
      expect(logged).toHaveLength(all.length);
      expect(logged.join('\n')).toContain('FOREIGN KEY constraint failed');
      expect(logged.join('\n')).toContain('database or disk is full');
    } finally {
      setFaultLog(previous);
    }
  });
});
