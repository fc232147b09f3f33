// Reports as the routes and the CLI use them: a live preview (the HTML), a file in any format, and definitions
// saved by name to run again. PDF printing is given from outside: Electron prints in the desktop app, a Chromium
// found on the machine in the CLI and browser mode.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ReportDefinitionStore } from '../../db/report-definitions';
import { RouteError } from '../api/errors';
import type { ReportFile, ReportPreview, SavedReport } from '../api/types';
import type { SearchService } from '../search/service';
import { ReportBuilder } from './build';
import { reportDefinitionSchema } from './definition';
import { renderCsv } from './formats/csv';
import { renderDocx } from './formats/docx';
import { renderHtml } from './formats/html';
import { renderJson } from './formats/json';
import { renderMarkdown } from './formats/markdown';
import { defaultPdfPrinter, type PdfPrinter } from './formats/pdf';
import { renderXlsx } from './formats/xlsx';
import type { ReportDefinition, ReportFormat, ReportModel } from './model';

const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

export function fileNameFor(definition: ReportDefinition, period: ReportModel['period'], format: ReportFormat): string {
  const slug = definition.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'report';
  const when = period.from && period.to ? (period.from === period.to ? `-${period.from}` : `-${period.from}-to-${period.to}`) : '';
  return `${slug}${when}.${format}`;
}

export class ReportService {
  readonly builder: ReportBuilder;
  readonly store: ReportDefinitionStore;

  constructor(
    db: Database,
    search: SearchService,
    private readonly printer: () => PdfPrinter = () => defaultPdfPrinter(),
  ) {
    this.builder = new ReportBuilder(db, search);
    this.store = new ReportDefinitionStore(db);
  }

  preview(definition: ReportDefinition): ReportPreview {
    const model = this.builder.build(definition);
    return { html: renderHtml(model), clipCount: model.figures.clipCount };
  }

  /** The report as bytes in one format. */
  async render(definition: ReportDefinition, format: ReportFormat): Promise<{ fileName: string; mime: string; bytes: Buffer }> {
    const model = this.builder.build(definition);
    return { fileName: fileNameFor(definition, model.period, format), mime: MIME[format], bytes: await this.bytes(model, format) };
  }

  async file(definition: ReportDefinition, format: ReportFormat): Promise<ReportFile> {
    const { fileName, mime, bytes } = await this.render(definition, format);
    return { fileName, mime, data: bytes.toString('base64'), bytes: bytes.length };
  }

  list(): SavedReport[] {
    return this.store.list().map((row) => ({ id: row.id, name: row.name, definition: reportDefinitionSchema.parse(JSON.parse(row.definition)), createdAt: row.createdAt, updatedAt: row.updatedAt }));
  }

  save(id: string | undefined, name: string, definition: ReportDefinition): SavedReport {
    const clash = this.store.findByName(name);
    if (clash && clash.id !== id) throw new RouteError('REPORT_EXISTS', `There is already a saved report named “${clash.name}”.`);
    if (id) this.store.get(id);
    const row = this.store.save(id ?? randomUUID(), name, JSON.stringify(definition));
    return { id: row.id, name: row.name, definition, createdAt: row.createdAt, updatedAt: row.updatedAt };
  }

  /** A saved report by name (the CLI's --saved): its definition. */
  savedByName(name: string): ReportDefinition | undefined {
    const row = this.store.findByName(name);
    return row ? reportDefinitionSchema.parse(JSON.parse(row.definition)) : undefined;
  }

  private async bytes(model: ReportModel, format: ReportFormat): Promise<Buffer> {
    switch (format) {
      case 'html':
        return Buffer.from(renderHtml(model), 'utf8');
      case 'md':
        return Buffer.from(renderMarkdown(model), 'utf8');
      case 'csv':
        return Buffer.from(renderCsv(model), 'utf8');
      case 'json':
        return Buffer.from(renderJson(model), 'utf8');
      case 'xlsx':
        return renderXlsx(model);
      case 'docx':
        return renderDocx(model);
      case 'pdf':
        try {
          return await this.printer().print(renderHtml(model), { title: model.definition.title });
        } catch (err) {
          throw new RouteError('PDF_UNAVAILABLE', err instanceof Error ? err.message : String(err));
        }
    }
  }
}
