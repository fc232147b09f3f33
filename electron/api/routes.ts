// The route table: one handler per route of the contract. Both transports serve exactly this table.
import type { RouteName, RouteParams, RouteResult } from './contract';
import type { LibraryService } from '../library/service';

export type RouteHandler<N extends RouteName> = (params: RouteParams<N>) => RouteResult<N> | Promise<RouteResult<N>>;
export type RouteTable = { [N in RouteName]: RouteHandler<N> };

export function createRouteTable(library: LibraryService): RouteTable {
  return {
    'app.info': () => library.info(),
    'clips.preview': ({ text }) => library.preview(text),
    'clips.fromText': ({ text, ...overrides }) => library.clipText(text, overrides),
    'articles.list': (params) => library.list(params),
    'articles.get': ({ id }) => library.get(id),
    'articles.update': ({ id, ...edit }) => library.update(id, edit),
    'articles.trash': ({ ids }) => ({ count: library.trash(ids) }),
    'articles.restore': ({ ids }) => ({ count: library.restore(ids) }),
    'articles.purge': ({ ids }) => ({ count: library.purge(ids) }),
    'outlets.list': () => library.outletList(),
  };
}
