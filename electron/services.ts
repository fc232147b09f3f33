// Everything a running Verbatim serves, wired once: the library service, the job registry and the route table.
// The desktop shell, `verbatim serve` and the tests all build it this way.
import { availableParallelism } from 'node:os';
import type { Library } from '../db/connection';
import type { EventHub } from './api/events';
import { createRouteTable, type RouteTable } from './api/routes';
import { FeedService } from './feeds/service';
import type { SpawnExtractor } from './extraction/child';
import { ExtractionPool, sharedExtractionPool } from './extraction/pool';
import { UploadStaging } from './imports/staging';
import { JobRegistry } from './jobs/registry';
import { LibraryService } from './library/service';
import { ExternalChangeWatcher } from './library/external-changes';
import type { PdfPrinter } from './reports/formats/pdf';
import { ReportService } from './reports/service';

export interface AppServices {
  library: LibraryService;
  jobs: JobRegistry;
  feeds: FeedService;
  reports: ReportService;
  staging: UploadStaging;
  /** Reads every input in worker threads, each with its own time and memory budget. */
  extraction: ExtractionPool;
  table: RouteTable;
  /** Removes staged files and stops extraction children this wiring started; the caller closes the library. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** How PDFs are printed: Electron's own printer in the desktop app; by default a Chromium found on the machine. */
  pdfPrinter?: () => PdfPrinter;
  /** How extraction children start: a fork of Node by default; Electron's utilityProcess in the desktop app. */
  spawnExtractor?: SpawnExtractor;
}

export function createServices(library: Library, events?: EventHub, options: ServiceOptions = {}): AppServices {
  // The desktop app starts its children its own way (utilityProcess), with two where there are cores to spare.
  const extraction = options.spawnExtractor ? new ExtractionPool({ size: availableParallelism() >= 4 ? 2 : 1, spawn: options.spawnExtractor }) : sharedExtractionPool();
  const ownsExtraction = options.spawnExtractor !== undefined;
  const service = new LibraryService(library, events, extraction);
  const jobs = new JobRegistry(events);
  const feeds = new FeedService(service);
  const reports = new ReportService(library.db, service.search, options.pdfPrinter);
  const staging = new UploadStaging();
  // Only a wiring that tells windows anything needs to know what other processes wrote.
  const watcher = events ? new ExternalChangeWatcher(library.db, () => service.announceChanged()) : null;
  const close = async () => {
    watcher?.stop();
    staging.close();
    if (ownsExtraction) await extraction.close();
  };
  return { library: service, jobs, feeds, reports, staging, extraction, table: createRouteTable(service, jobs, feeds, reports, staging), close };
}
