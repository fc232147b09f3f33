// Where the clip list's rows come from. The library's plain, newest-first list (and the trash) reads articles.list,
// which knows syndication; anything with a query, another order or a watchlist reads search.articles. Both give
// the same rows, in pages of PAGE_SIZE, so the virtual list does not care which.
import type { SearchFacets } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { PAGE_SIZE, type ListView } from '../../api/queries';
import { fetchArticleHits, searchKeys, type SearchParams } from './api';
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
  total: number;
  items: ListRow[];
  error: QueryError | null;
  facets: SearchFacets | null;
  tookMs: number | null;
}

export interface ListSource {
  key(page: number): readonly unknown[];
  fetch(page: number): Promise<ListPage>;
  /** True when the rows are search hits (with snippets and facets). */
  searching: boolean;
}

export function listSource(view: ListView, p: SearchParams): ListSource {
  const plain = view === 'trash' || (p.query === '' && p.sort !== 'oldest' && p.savedSearchId === null);
  if (plain) {
    const search = view === 'trash' ? p.query : '';
    return {
      searching: false,
      key: (page) => ['articles', 'rows', view, search, page],
      fetch: async (page) => {
        const data = await call('articles.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, trash: view === 'trash', ...(search && { search }) });
        return { total: data.total, items: data.items, error: null, facets: null, tookMs: null };
      },
    };
  }
  return {
    searching: true,
    key: (page) => searchKeys.articlePage(p, page),
    fetch: async (page) => {
      const data = await fetchArticleHits(p, page);
      return {
        total: data.total,
        error: data.error,
        facets: data.facets,
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
