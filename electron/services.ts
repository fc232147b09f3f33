// Everything a running Verbatim serves, wired once: the library service, the job registry and the route table.
// The desktop shell, `verbatim serve` and the tests all build it this way.
import type { Library } from '../db/connection';
import type { EventHub } from './api/events';
import { createRouteTable, type RouteTable } from './api/routes';
import { FeedService } from './feeds/service';
import { UploadStaging } from './imports/staging';
import { JobRegistry } from './jobs/registry';
import { LibraryService } from './library/service';
import type { PdfPrinter } from './reports/formats/pdf';
import { ReportService } from './reports/service';

export interface AppServices {
  library: LibraryService;
  jobs: JobRegistry;
  feeds: FeedService;
  reports: ReportService;
  staging: UploadStaging;
  table: RouteTable;
}

export interface ServiceOptions {
  /** How PDFs are printed: Electron's own printer in the desktop app; by default a Chromium found on the machine. */
  pdfPrinter?: () => PdfPrinter;
}

export function createServices(library: Library, events?: EventHub, options: ServiceOptions = {}): AppServices {
  const service = new LibraryService(library, events);
  const jobs = new JobRegistry(events);
  const feeds = new FeedService(service);
  const reports = new ReportService(library.db, service.search, options.pdfPrinter);
  const staging = new UploadStaging();
  return { library: service, jobs, feeds, reports, staging, table: createRouteTable(service, jobs, feeds, reports, staging) };
}
