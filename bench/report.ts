// npm run bench:report [-- --clips N]: a coverage report of N clips (500 by default) in every format, timed, with
// the memory each format holds. The baseline, measured in the same run, is building the report's model (reading
// the clips and everything people added from the library); each format's time is on top of that.
// Targets (issue 7): PDF under 20 s, the others under 5 s, memory bounded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../db/connection';
import { reportDefinitionSchema } from '../electron/reports/definition';
import { findChromium } from '../electron/reports/formats/pdf';
import type { ReportFormat } from '../electron/reports/model';
import { ReportService } from '../electron/reports/service';
import { createServices } from '../electron/services';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--clips') + 1] ?? 500) || 500;

const OUTLETS = ['News.Az', 'Trend', 'Kaspi.News', 'Reuters', 'Interfax', 'TASS', 'Daily Sabah', 'Global Times'];
const PEOPLE = ['Hikmet Hajiyev', 'Jeyhun Bayramov', 'Nino Beridze', 'Marat Karabayev', 'Mukhtar Babayev'];
const SUBJECTS = ['the Middle Corridor', 'ferry capacity on the Caspian', 'the new rail link to Kars', 'green energy exports', 'digital customs procedures', 'the port of Alat'];
const RU = ['Министр заявил, что строительство терминала в порту Актау начнется осенью.', 'По словам эксперта, грузооборот вырастет вдвое.'];

function clipText(i: number): { text: string; date: string } {
  const who = PEOPLE[i % PEOPLE.length]!;
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  const day = new Date(Date.UTC(2024, 2, 1 + (i % 31) + (i % 7 === 0 ? 0 : 0))).toISOString().slice(0, 10);
  const paragraphs = [
    `${subject[0]!.toUpperCase()}${subject.slice(1)}: talks continue (${i})`,
    `Officials met on ${day} to discuss ${subject}, the ${i % 3 === 0 ? 'third' : 'latest'} round of talks this year, with delegations from several countries in attendance.`,
    `“We are ready to expand cooperation on ${subject},” ${who} said. “The region needs predictable routes and open markets.”`,
    `${who} stressed that investment in ${subject} would pay off within five years, adding that the partners had agreed on a timetable.`,
    i % 5 === 0 ? RU[i % RU.length]! : `Analysts said the plan was ambitious but achievable, and noted growing interest from European buyers in ${subject}.`,
    `The next meeting is planned for the autumn, when the working groups will report on ${subject} and related projects.`,
  ];
  return { text: paragraphs.join('\n\n'), date: day };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-bench-report-'));
  const library = openLibrary(path.join(dir, 'library.db'));
  const services = createServices(library);
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { text, date } = clipText(i);
    const { article } = services.library.clipText(text, { publishedAt: date, outlet: OUTLETS[i % OUTLETS.length]! });
    ids.push(article.id);
    // Highlights with notes and tags on every third clip: they must all reach every format.
    if (i % 3 === 0) {
      const start = article.text.indexOf('talks');
      if (start >= 0) services.library.organize.annotations.create({ articleId: article.id, start, end: start + 5, note: `Note ${i}`, tags: ['follow-up'] });
    }
  }
  console.log(`\nLibrary of ${count} clips built in ${((performance.now() - started) / 1000).toFixed(1)} s (extraction, statements, topics, tone).`);

  const definition = reportDefinitionSchema.parse({ title: 'March coverage', organization: 'Ministry', template: 'coverage', selection: { query: null }, options: { grouping: 'outlet' } });
  const reports = new ReportService(library.db, services.library.search);

  // Baseline: the model alone (reading the selection from the library), three times; the last counts.
  let baseline = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    reports.builder.build(definition);
    baseline = performance.now() - t;
  }
  const model = reports.builder.build(definition);
  console.log(`Baseline (building the model: ${model.figures.clipCount} clips, ${model.figures.statementCount} statements, ${model.figures.annotationCount} highlights): ${baseline.toFixed(0)} ms\n`);

  const formats: ReportFormat[] = ['html', 'md', 'csv', 'json', 'xlsx', 'docx', 'pdf'];
  console.log('format   time (s)   over baseline   size       heap held   target');
  for (const format of formats) {
    if (format === 'pdf' && !findChromium()) {
      console.log('pdf      skipped: no Chromium or Chrome found on this machine (set VERBATIM_CHROMIUM)');
      continue;
    }
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t = performance.now();
    const { bytes } = await reports.render(definition, format);
    const elapsed = performance.now() - t;
    // What the format still holds once its garbage is collected (the bytes themselves are still referenced).
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const target = format === 'pdf' ? 20_000 : 5_000;
    console.log(
      `${format.padEnd(8)} ${(elapsed / 1000).toFixed(2).padStart(8)}   ${`×${(elapsed / Math.max(1, baseline)).toFixed(1)}`.padStart(13)}   ${`${(bytes.length / 1024).toFixed(0)} KB`.padStart(9)}   ${`${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB`.padStart(15)}   ${elapsed < target ? 'met' : 'MISSED'} (< ${target / 1000} s)`,
    );
  }
  const libraryBytes = fs.statSync(path.join(dir, 'library.db')).size;
  console.log(`\nLibrary file ${(libraryBytes / 1048576).toFixed(1)} MB; peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB.`);
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
