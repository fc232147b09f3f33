// Where the clip list's rows come from. The library's plain, newest-first list (and the trash) reads articles.list,
// which knows syndication; anything with a query, another order or a watchlist reads search.articlePage. Both give
// the same rows, in pages of PAGE_SIZE, so the virtual list does not care which. A search's total and facets come
// from a summary request of their own, sent beside the first page, so that the rows never wait for the counting.
import type { SearchSummary } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { PAGE_SIZE, type ListView } from '../../api/queries';
import { fetchArticlePage, fetchArticleSummary, searchKeys, type SearchParams } from './api';
import type { QueryError } from './QueryBox';

export interface ListRow {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  statementCount: number;
  syndicationSize: number;
  /** The first line of the text, or the passage around the first match. */
  excerpt: string;
  highlights?: Array<[number, number]>;
  titleHighlights?: Array<[number, number]>;
  isNew?: boolean;
}

export interface ListPage {
  /** Null while a search's summary is still counting (see ListSource.summary). */
  total: number | null;
  items: ListRow[];
  /** Whether rows come after this page. */
  more: boolean;
  error: QueryError | null;
  tookMs: number | null;
}

export interface ListSummaryQuery {
  key: readonly unknown[];
  fetch(): Promise<SearchSummary>;
}

export interface ListSource {
  key(page: number): readonly unknown[];
  fetch(page: number): Promise<ListPage>;
  /** A search's total and facets, asked for beside its first page; null for the plain list (its pages count). */
  summary: ListSummaryQuery | null;
  /** True when the rows are search hits (with snippets and facets). */
  searching: boolean;
}

export function listSource(view: ListView, p: SearchParams): ListSource {
  const plain = view === 'trash' || (p.query === '' && p.sort !== 'oldest' && p.savedSearchId === null);
  if (plain) {
    const search = view === 'trash' ? p.query : '';
    return {
      searching: false,
      summary: null,
      key: (page) => ['articles', 'rows', view, search, page],
      fetch: async (page) => {
        const data = await call('articles.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, trash: view === 'trash', ...(search && { search }) });
        return { total: data.total, items: data.items, more: page * PAGE_SIZE + data.items.length < data.total, error: null, tookMs: null };
      },
    };
  }
  return {
    searching: true,
    summary: { key: searchKeys.articleSummary(p), fetch: () => fetchArticleSummary(p) },
    key: (page) => searchKeys.articlePage(p, page),
    fetch: async (page) => {
      const data = await fetchArticlePage(p, page);
      return {
        total: data.total,
        more: data.more,
        error: data.error,
        tookMs: data.tookMs,
        items: data.items.map((hit) => ({
          id: hit.id,
          title: hit.title,
          outlet: hit.outlet,
          publishedAt: hit.publishedAt,
          statementCount: hit.statementCount,
          syndicationSize: 1,
          excerpt: hit.snippet,
          highlights: hit.highlights,
          titleHighlights: hit.titleHighlights,
          isNew: hit.isNew,
        })),
      };
    },
  };
}
