// `verbatim search QUERY [--statements] [--limit N] [--sort S] [--json]`: the library's search from the command line,
// in the same query language as the app. A query that does not parse prints where, and exits 2.
import { explainWriteFailure } from '../../db/errors';
import { LibraryService } from '../library/service';
import { QueryError } from '../query/errors';
import { type CliIO, CliError } from './io';
import { openLibraryForCli } from './open-library';

export interface SearchCommandOptions {
  db?: string | undefined;
  json?: boolean | undefined;
  statements?: boolean | undefined;
  limit?: string | undefined;
  sort?: string | undefined;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 50;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new CliError(`--limit must be a whole number from 1 to 100000, not "${value}".`, 2);
  return limit;
}

function parseSort(value: string | undefined): 'relevance' | 'newest' | 'oldest' {
  if (value === undefined) return 'relevance';
  if (value === 'relevance' || value === 'newest' || value === 'oldest') return value;
  throw new CliError(`--sort is relevance, newest or oldest, not "${value}".`, 2);
}

export function searchCommand(io: CliIO, words: string[], options: SearchCommandOptions): number {
  const query = words.join(' ');
  if (query.trim() === '') throw new CliError('Give a query, e.g. verbatim search \'official:"Hikmet Hajiyev" "Middle Corridor"\' (see the README for the language).', 2);
  const limit = parseLimit(options.limit);
  const sort = parseSort(options.sort);
  // Searching only reads: a read-only, locked-for-writing or full library is searched from its index as it stands.
  const library = openLibraryForCli(options.db, io.env, { reading: true });
  let service: LibraryService | undefined;
  try {
    service = new LibraryService(library);
    const params = { query, sort, offset: 0, limit, facets: false };
    if (options.statements) {
      const result = service.search.statements(params);
      if (result.error) throw queryError(query, result.error);
      const out = result.items.map((s) => ({
        text: s.text,
        speaker: s.speaker,
        official: s.official,
        kind: s.kind,
        cue: s.cue,
        articleId: s.articleId,
        title: s.articleTitle,
        outlet: s.outlet,
        date: s.date,
        topics: s.topics,
      }));
      if (options.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      else {
        for (const s of out) io.stdout(`${s.date?.slice(0, 10) ?? 'undated   '}  ${s.official ?? s.speaker ?? 'unknown'}: “${s.text}”\n    ${s.title}${s.outlet ? ` · ${s.outlet}` : ''}\n`);
        io.stdout(`${result.total} statement${result.total === 1 ? '' : 's'} match${result.total > out.length ? ` (first ${out.length} shown)` : ''}.\n`);
      }
    } else {
      const result = service.search.articles(params);
      if (result.error) throw queryError(query, result.error);
      const out = result.items.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language, tone: a.tone, snippet: a.snippet, score: a.score }));
      if (options.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      else {
        for (const a of out) io.stdout(`${a.publishedAt?.slice(0, 10) ?? '—'.padEnd(10)}  ${(a.outlet ?? '—').padEnd(16)}  ${a.title}\n`);
        io.stdout(`${result.total} clip${result.total === 1 ? '' : 's'} match${result.total > out.length ? ` (first ${out.length} shown)` : ''}.\n`);
      }
    }
    // At most one line about the index, however many rows it misses.
    const note = service.search.indexNote();
    if (note) io.stderr(`verbatim: ${note}\n`);
    return 0;
  } catch (err) {
    // Damage met on the way (or a lock that outlasted the wait) is one sentence, not an internal failure.
    const explained = err instanceof CliError ? null : explainWriteFailure(library.path, err, { readOnlyWhy: library.readOnly, damaged: library.health() === 'damaged', busy: true });
    throw explained ? new CliError(explained.message) : err;
  } finally {
    service?.search.close();
    library.close();
  }
}

function queryError(query: string, error: { message: string; position: number; length: number }): CliError {
  const pointer = new QueryError(error.message, error.position, error.length, query).pointer();
  return new CliError(`the query does not parse: ${error.message}\n${pointer}`, 2);
}
