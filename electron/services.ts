// Everything a running Verbatim serves, wired once: the library service, the job registry and the route table.
// The desktop shell, `verbatim serve` and the tests all build it this way.
import type { Library } from '../db/connection';
import type { EventHub } from './api/events';
import { createRouteTable, type RouteTable } from './api/routes';
import { FeedService } from './feeds/service';
import { JobRegistry } from './jobs/registry';
import { LibraryService } from './library/service';

export interface AppServices {
  library: LibraryService;
  jobs: JobRegistry;
  feeds: FeedService;
  table: RouteTable;
}

export function createServices(library: Library, events?: EventHub): AppServices {
  const service = new LibraryService(library, events);
  const jobs = new JobRegistry(events);
  const feeds = new FeedService(service);
  return { library: service, jobs, feeds, table: createRouteTable(service, jobs, feeds) };
}
