// A realistic report model built by hand, for the tests of every report format: eight clips in English, Russian,
// Arabic (right to left) and Chinese, in three topic groups, with statements by officials, highlights with notes and
// tags (one orphaned), and figures that agree with the clips. `clipCount` repeats the clips (fresh ids) for
// large-model tests; `clipCount: 0` gives an empty report.
import type { Tone } from '../../db/types';
import type {
  Count,
  ReportAnnotation,
  ReportClip,
  ReportDefinition,
  ReportFigures,
  ReportGroup,
  ReportGrouping,
  ReportModel,
  ReportStatement,
  ReportTemplate,
} from '../../electron/reports/model';

export interface SampleReportOptions {
  template?: ReportTemplate;
  /** Overrides of the definition's options (grouping, fullText, annotations, statements, charts). */
  options?: Partial<ReportDefinition['options']>;
  /** Overrides of the definition's title, author and organization. */
  definition?: Partial<Pick<ReportDefinition, 'title' | 'author' | 'organization'>>;
  /** How many clips: the eight sample clips, repeated with fresh ids when more are asked for (default 8). */
  clipCount?: number;
}

/** Highlight colours, as the reader offers them (#rrggbb). */
export const SAMPLE_COLORS = { yellow: '#ffe066', green: '#b2f2bb', blue: '#a5d8ff', red: '#ffc9c9', purple: '#e5dbff' } as const;

export const SAMPLE_PERIOD = { from: '2025-03-03', to: '2025-03-09' } as const;
export const SAMPLE_GENERATED_AT = '2025-03-10T08:30:00.000Z';

interface QuoteSpec {
  /** The words as they stand in the text (must occur in it). */
  exact: string;
  color?: string;
  note?: string | null;
  tags?: string[];
  /** True for a highlight that lost its place in the text (start and end null). */
  orphaned?: boolean;
}

interface StatementSpec {
  /** The quoted words as they stand in the text. */
  text: string;
  kind: 'direct' | 'reported';
  cue: string | null;
  speaker: string | null;
  official: string | null;
  tone?: Tone | null;
  tags?: string[];
}

interface ClipSpec {
  key: string;
  group: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  date: string;
  url: string | null;
  language: string;
  dir: 'ltr' | 'rtl';
  tone: Tone | null;
  toneSuggested: boolean;
  topics: string[];
  tags: Array<{ name: string; color: string }>;
  paragraphs: string[];
  /** How many paragraphs the excerpt holds (default 1); `cut` cuts the excerpt inside its last paragraph with an ellipsis. */
  excerptParagraphs?: number;
  cut?: number;
  statements: StatementSpec[];
  highlights: QuoteSpec[];
}

const TAG = {
  priority: { name: 'priority', color: '#e03131' },
  energy: { name: 'energy', color: '#f08c00' },
  followUp: { name: 'follow-up', color: '#1971c2' },
  briefing: { name: 'briefing', color: '#2f9e44' },
} as const;

/** The eight sample clips as written; `sampleReportModel` turns them into ReportClips with offsets. */
const CLIPS: ClipSpec[] = [
  {
    key: 'gas-corridor',
    group: 'Energy',
    title: 'Energy minister outlines expansion of the southern gas corridor',
    outlet: 'Caspian Herald',
    byline: 'Nadia Rahimova',
    date: '2025-03-03T09:15:00Z',
    url: 'https://caspianherald.example/energy/gas-corridor-expansion?ref=rss&lang=en',
    language: 'en',
    dir: 'ltr',
    tone: 'positive',
    toneSuggested: false,
    topics: ['Energy', 'Infrastructure'],
    tags: [TAG.priority, TAG.energy],
    paragraphs: [
      'Energy Minister Anar Karimov said on Monday that the southern gas corridor would double its capacity by 2027. "We are ready to deliver more gas to our European partners," Karimov told reporters after the ministerial meeting.',
      'The expansion needs new compressor stations along the route and a second line under the sea. Officials expect the first contracts to be signed before the summer.',
      'Analysts said the timeline was ambitious but achievable if financing is secured early.',
    ],
    statements: [
      { text: 'We are ready to deliver more gas to our European partners', kind: 'direct', cue: 'told', speaker: 'Anar Karimov', official: 'Anar Karimov', tone: 'positive', tags: ['energy'] },
    ],
    highlights: [
      { exact: 'double its capacity by 2027', color: SAMPLE_COLORS.yellow, note: 'Key figure for the briefing: check against last year’s target.', tags: ['figures', 'priority'] },
      { exact: 'a second line under the sea', color: SAMPLE_COLORS.blue, note: 'Not in the ministry’s own readout.', tags: ['verify'] },
      { exact: 'the southern gas corridor', color: SAMPLE_COLORS.green, note: null, tags: [] },
    ],
  },
  {
    key: 'gas-transit-ru',
    group: 'Energy',
    title: 'Волков: переговоры о транзите газа продолжатся в апреле',
    outlet: 'Коммерсантъ',
    byline: 'Ирина Смирнова',
    date: '2025-03-04T07:40:00Z',
    url: 'https://kommersant.example/doc/7712345',
    language: 'ru',
    dir: 'ltr',
    tone: 'neutral',
    toneSuggested: true,
    topics: ['Energy', 'Diplomacy'],
    tags: [TAG.energy],
    paragraphs: [
      'Заместитель министра иностранных дел Сергей Волков заявил, что переговоры о транзите газа продолжатся в апреле. «Мы рассчитываем на конструктивный диалог со всеми партнёрами», — сказал Волков журналистам в Москве.',
      'Следующий раунд консультаций пройдёт в Баку. Стороны обсудят тарифы и сроки поставок.',
    ],
    statements: [
      { text: 'Мы рассчитываем на конструктивный диалог со всеми партнёрами', kind: 'direct', cue: 'сказал', speaker: 'Сергей Волков', official: 'Sergei Volkov', tone: 'neutral' },
      { text: 'переговоры о транзите газа продолжатся в апреле', kind: 'reported', cue: 'заявил', speaker: 'Сергей Волков', official: 'Sergei Volkov', tone: null },
    ],
    highlights: [
      { exact: 'конструктивный диалог', color: SAMPLE_COLORS.purple, note: 'Смягчённая формулировка по сравнению с февралём.', tags: ['тон'] },
      { exact: 'Следующий раунд консультаций пройдёт в Баку', color: SAMPLE_COLORS.yellow, note: 'Venue confirmed; add to the calendar.', tags: ['follow-up'] },
    ],
  },
  {
    key: 'energy-zh',
    group: 'Energy',
    title: '外交部：中方愿与各方加强能源合作',
    outlet: '新华网',
    byline: null,
    date: '2025-03-05T03:00:00Z',
    url: 'https://news.example.cn/2025-03/05/c_1130.htm',
    language: 'zh',
    dir: 'ltr',
    tone: 'positive',
    toneSuggested: true,
    topics: ['Energy', 'Trade'],
    tags: [],
    paragraphs: [
      '外交部发言人王磊在例行记者会上表示，中方愿与各方加强能源合作。王磊说：“我们欢迎一切有利于地区稳定的倡议。”',
      '他还表示，双方将在下个月举行新一轮磋商，讨论管道建设和投资问题。',
    ],
    statements: [{ text: '我们欢迎一切有利于地区稳定的倡议。', kind: 'direct', cue: '说', speaker: '王磊', official: 'Wang Lei', tone: 'positive' }],
    highlights: [{ exact: '加强能源合作', color: SAMPLE_COLORS.red, note: '与上周的表态一致。', tags: ['能源'] }],
  },
  {
    key: 'talks-doha',
    group: 'Diplomacy',
    title: 'Foreign ministers to meet in Doha for regional talks',
    outlet: 'Gulf Times',
    byline: 'Omar Farouk',
    date: '2025-03-05T11:20:00Z',
    url: 'https://gulftimes.example/story/regional-talks',
    language: 'en',
    dir: 'ltr',
    tone: 'neutral',
    toneSuggested: false,
    topics: ['Diplomacy'],
    tags: [TAG.briefing],
    paragraphs: [
      'Foreign ministers from six countries will meet in Doha next week for two days of regional talks, the host ministry said.',
      'Spokesperson Layla Haddad said the talks would focus on "dialogue and peaceful solutions to every dispute". Diplomats expect a joint statement at the end of the meeting.',
    ],
    statements: [
      { text: 'dialogue and peaceful solutions to every dispute', kind: 'direct', cue: 'said', speaker: 'Layla Haddad', official: 'Layla Haddad', tone: 'positive' },
    ],
    highlights: [
      { exact: 'Diplomats expect a joint statement', color: SAMPLE_COLORS.green, note: 'Ask the embassy for the draft.', tags: ['follow-up'] },
      // Lost its place when the clip's text was corrected: listed under the text, never shaded.
      { exact: 'a joint communiqué on maritime security', color: SAMPLE_COLORS.purple, note: 'Orphaned: the sentence was edited out of the article.', tags: ['orphan'], orphaned: true },
    ],
  },
  {
    key: 'talks-ar',
    group: 'Diplomacy',
    title: 'الخارجية تعلن جولة جديدة من المحادثات الإقليمية في الدوحة',
    outlet: 'الجزيرة نت',
    byline: 'سارة المنصوري',
    date: '2025-03-05T14:05:00Z',
    url: 'https://aljazeera.example/news/2025/3/5/talks',
    language: 'ar',
    dir: 'rtl',
    tone: 'positive',
    toneSuggested: false,
    topics: ['Diplomacy'],
    tags: [TAG.priority],
    paragraphs: [
      'أعلنت وزارة الخارجية اليوم عن جولة جديدة من المحادثات الإقليمية في الدوحة. وقالت المتحدثة باسم الوزارة ليلى حداد: «نحن ملتزمون بالحوار وبالحلول السلمية لكل الخلافات».',
      'ومن المتوقع أن يشارك وزراء من ست دول في الاجتماع الذي يستمر يومين.',
    ],
    statements: [
      { text: 'نحن ملتزمون بالحوار وبالحلول السلمية لكل الخلافات', kind: 'direct', cue: 'قالت', speaker: 'ليلى حداد', official: 'Layla Haddad', tone: 'positive' },
    ],
    highlights: [{ exact: 'جولة جديدة من المحادثات الإقليمية', color: SAMPLE_COLORS.yellow, note: 'ملاحظة: قارن مع بيان الأسبوع الماضي.', tags: ['مهم'] }],
  },
  {
    key: 'sanctions-ru',
    group: 'Diplomacy',
    title: 'МИД России осудил новые санкции',
    outlet: 'РИА Новости',
    byline: null,
    date: '2025-03-07T16:45:00Z',
    url: null,
    language: 'ru',
    dir: 'ltr',
    tone: 'negative',
    toneSuggested: true,
    topics: ['Diplomacy', 'Sanctions'],
    tags: [],
    paragraphs: [
      'Официальный представитель МИД Мария Орлова осудила новые санкции и назвала их «недружественным шагом». По её словам, Москва оставляет за собой право на ответные меры.',
      'Эксперты считают, что ответ последует в ближайшие недели.',
    ],
    statements: [
      { text: 'недружественным шагом', kind: 'direct', cue: 'назвала', speaker: 'Мария Орлова', official: 'Maria Orlova', tone: 'negative' },
      { text: 'Москва оставляет за собой право на ответные меры', kind: 'reported', cue: 'По её словам', speaker: 'Мария Орлова', official: 'Maria Orlova', tone: 'negative' },
    ],
    highlights: [],
  },
  {
    key: 'trade-deal',
    group: 'Trade',
    title: 'Trade agreement cuts tariffs on agricultural goods',
    outlet: 'Caspian Herald',
    byline: 'Nadia Rahimova',
    date: '2025-03-06T08:00:00Z',
    url: 'https://caspianherald.example/economy/trade-agreement',
    language: 'en',
    dir: 'ltr',
    tone: null,
    toneSuggested: false,
    topics: ['Trade'],
    tags: [TAG.followUp],
    paragraphs: [
      'The two governments signed a trade agreement on Thursday that cuts tariffs on agricultural goods by a third over five years. Deputy Trade Minister Elif Demir said the deal would "open new markets for our farmers and keep prices stable for families across the region".',
      'Exporters welcomed the agreement, though some producers warned that the quotas were too small.',
      'The agreement still needs to be ratified by both parliaments.',
    ],
    excerptParagraphs: 1,
    cut: 120,
    statements: [
      { text: 'open new markets for our farmers and keep prices stable for families across the region', kind: 'direct', cue: 'said', speaker: 'Elif Demir', official: 'Elif Demir', tone: 'positive' },
    ],
    highlights: [
      { exact: 'cuts tariffs on agricultural goods by a third', color: SAMPLE_COLORS.yellow, note: 'Headline number.', tags: ['figures'] },
      { exact: 'the quotas were too small', color: SAMPLE_COLORS.red, note: 'Counterpoint for the analysis section.', tags: ['risk', 'follow-up'] },
    ],
  },
  {
    key: 'trade-zh',
    group: 'Trade',
    title: '中欧班列今年前两个月开行数量同比增长',
    outlet: '人民日报',
    byline: '李华',
    date: '2025-03-05T02:30:00Z',
    url: 'https://people.example.cn/n1/2025/0306/c1004.html',
    language: 'zh',
    dir: 'ltr',
    tone: 'positive',
    toneSuggested: true,
    topics: ['Trade', 'Infrastructure'],
    tags: [TAG.briefing],
    paragraphs: ['今年前两个月，中欧班列开行数量同比增长百分之十二，运送货物超过二十万标箱。', '商务部副部长陈静表示，班列为沿线国家的贸易提供了稳定通道。'],
    statements: [{ text: '班列为沿线国家的贸易提供了稳定通道', kind: 'reported', cue: '表示', speaker: '陈静', official: 'Chen Jing', tone: 'positive' }],
    highlights: [{ exact: '同比增长百分之十二', color: SAMPLE_COLORS.green, note: null, tags: ['数据'] }],
  },
];

/** The titles of the eight sample clips, in order. */
export const SAMPLE_TITLES: readonly string[] = CLIPS.map((c) => c.title);

/** Strings that only come out right when the format handles each script: one from each non-Latin clip. */
export const SAMPLE_SCRIPTS = {
  cyrillic: 'Мы рассчитываем на конструктивный диалог',
  arabic: 'نحن ملتزمون بالحوار',
  chinese: '中方愿与各方加强能源合作',
} as const;

function required(text: string, part: string, what: string): number {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`sampleReportModel: "${part}" is not in the text of ${what}`);
  return at;
}

function excerptOf(spec: ClipSpec, text: string): string {
  const count = spec.excerptParagraphs ?? 1;
  const shown = spec.paragraphs.slice(0, count).join('\n\n');
  if (spec.cut === undefined || spec.cut >= shown.length) return shown === text ? text : shown;
  const cut = shown.slice(0, spec.cut);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function clipFrom(spec: ClipSpec, copy: number): ReportClip {
  const suffix = copy === 0 ? '' : `-${copy}`;
  const id = `clip-${spec.key}${suffix}`;
  const text = spec.paragraphs.join('\n\n');
  const statements: ReportStatement[] = spec.statements.map((s, i) => {
    const start = required(text, s.text, spec.key);
    return {
      id: `${id}-st${i + 1}`,
      clipId: id,
      text: s.text,
      start,
      end: start + s.text.length,
      kind: s.kind,
      cue: s.cue,
      speaker: s.speaker,
      speakerKind: s.speaker ? 'person' : 'unknown',
      official: s.official,
      tone: s.tone ?? null,
      tags: s.tags ?? [],
      unverified: false,
    };
  });
  const annotations: ReportAnnotation[] = spec.highlights.map((h, i) => {
    const start = h.orphaned ? null : required(text, h.exact, spec.key);
    const end = start === null ? null : start + h.exact.length;
    const statement = start === null ? undefined : statements.find((s) => s.start <= start && s.end >= (end ?? start));
    return {
      id: `${id}-hl${i + 1}`,
      clipId: id,
      exact: h.exact,
      prefix: start === null ? '' : text.slice(Math.max(0, start - 24), start),
      suffix: end === null ? '' : text.slice(end, end + 24),
      start,
      end,
      color: h.color ?? SAMPLE_COLORS.yellow,
      note: h.note ?? null,
      tags: h.tags ?? [],
      statementId: statement?.id ?? null,
      created: '2025-03-07T10:00:00.000Z',
      modified: '2025-03-07T10:05:00.000Z',
    };
  });
  return {
    id,
    title: spec.title,
    outlet: spec.outlet,
    byline: spec.byline,
    date: spec.date,
    url: spec.url === null ? null : copy === 0 ? spec.url : `${spec.url}${spec.url.includes('?') ? '&' : '?'}copy=${copy}`,
    language: spec.language,
    dir: spec.dir,
    tone: spec.tone,
    toneSuggested: spec.toneSuggested,
    topics: [...spec.topics],
    tags: spec.tags.map((t) => ({ ...t })),
    excerpt: excerptOf(spec, text),
    text,
    statements,
    annotations,
    pinned: spec.key === 'gas-corridor' && copy === 0,
  };
}

/** The clips of the sample, `count` of them (the eight repeated with fresh ids), each with its sample group. */
export function sampleClips(count = CLIPS.length): Array<{ clip: ReportClip; group: string }> {
  const out: Array<{ clip: ReportClip; group: string }> = [];
  for (let i = 0; i < count; i++) {
    const spec = CLIPS[i % CLIPS.length]!;
    out.push({ clip: clipFrom(spec, Math.floor(i / CLIPS.length)), group: spec.group });
  }
  return out;
}

function counted(values: Iterable<string>): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const dayOf = (date: string) => date.slice(0, 10);

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** Figures computed from the clips, as the builder computes them (spike: ≥3 clips and above mean + 2 sd). */
export function figuresOf(clips: readonly ReportClip[], period: { from: string; to: string }): ReportFigures {
  const perDayCount = new Map<string, number>();
  // Undated clips (date null) are on no day and no week, as in the builder.
  const dated = clips.flatMap((c) => (c.date ? [{ ...c, date: c.date }] : []));
  for (const c of dated) perDayCount.set(dayOf(c.date), (perDayCount.get(dayOf(c.date)) ?? 0) + 1);
  const perDay = daysBetween(period.from, period.to).map((day) => ({ day, count: perDayCount.get(day) ?? 0, spike: false }));
  const mean = perDay.reduce((s, d) => s + d.count, 0) / Math.max(1, perDay.length);
  const sd = Math.sqrt(perDay.reduce((s, d) => s + (d.count - mean) ** 2, 0) / Math.max(1, perDay.length));
  for (const d of perDay) d.spike = d.count >= 3 && d.count > mean + 2 * sd;
  const statements = clips.flatMap((c) => c.statements);
  const tone = { positive: 0, neutral: 0, negative: 0, unset: 0 };
  for (const c of clips) tone[c.tone ?? 'unset']++;
  const weeks = new Map<string, { week: string; positive: number; neutral: number; negative: number }>();
  for (const c of dated) {
    const week = mondayOf(dayOf(c.date));
    const w = weeks.get(week) ?? { week, positive: 0, neutral: 0, negative: 0 };
    if (c.tone) w[c.tone]++;
    weeks.set(week, w);
  }
  return {
    clipCount: clips.length,
    outletCount: new Set(clips.map((c) => c.outlet).filter((o): o is string => o !== null)).size,
    statementCount: statements.length,
    officialCount: new Set(statements.map((s) => s.official).filter((o): o is string => o !== null)).size,
    speakerKinds: {
      person: statements.filter((s) => s.speakerKind === 'person').length,
      institution: statements.filter((s) => s.speakerKind === 'institution').length,
      anonymous: statements.filter((s) => s.speakerKind === 'anonymous').length,
      unknown: statements.filter((s) => s.speakerKind === 'unknown').length,
    },
    annotationCount: clips.reduce((s, c) => s + c.annotations.length, 0),
    undatedCount: clips.length - dated.length,
    perDay,
    outlets: counted(clips.map((c) => c.outlet ?? 'Unknown outlet')),
    officials: counted(statements.map((s) => s.official).filter((o): o is string => o !== null)),
    topics: counted(clips.flatMap((c) => c.topics)),
    languages: counted(clips.map((c) => c.language ?? 'unknown')),
    tone,
    toneByWeek: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
  };
}

function groupsOf(entries: ReadonlyArray<{ clip: ReportClip; group: string }>, grouping: ReportGrouping): ReportGroup[] {
  if (entries.length === 0) return [];
  if (grouping === 'none') return [{ heading: null, clips: entries.map((e) => e.clip) }];
  const keyOf = (e: { clip: ReportClip; group: string }): string => {
    switch (grouping) {
      case 'topic':
        return e.group;
      case 'outlet':
        return e.clip.outlet ?? 'Unknown outlet';
      case 'day':
        return e.clip.date ? dayOf(e.clip.date) : 'Undated';
      case 'official':
        return e.clip.statements.find((s) => s.official)?.official ?? 'No official quoted';
    }
  };
  const groups = new Map<string, ReportClip[]>();
  for (const e of entries) {
    const key = keyOf(e);
    groups.set(key, [...(groups.get(key) ?? []), e.clip]);
  }
  const keys = [...groups.keys()];
  if (grouping === 'day') keys.sort();
  return keys.map((heading) => ({ heading, clips: groups.get(heading)! }));
}

function statementsByOfficialOf(clips: readonly ReportClip[]): ReportModel['statementsByOfficial'] {
  const byOfficial = new Map<string, ReportModel['statementsByOfficial'][number]['statements']>();
  for (const clip of clips) {
    for (const s of clip.statements) {
      if (!s.official) continue;
      const list = byOfficial.get(s.official) ?? [];
      list.push({ ...s, clipTitle: clip.title, outlet: clip.outlet, date: clip.date });
      byOfficial.set(s.official, list);
    }
  }
  return [...byOfficial]
    .map(([official, statements]) => ({ official, statements: statements.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff')) }))
    .sort((a, b) => b.statements.length - a.statements.length || a.official.localeCompare(b.official));
}

function summaryOf(f: ReportFigures): string[] {
  if (f.clipCount === 0) return ['No clips in this period.'];
  const lines = [`${f.clipCount} clips from ${f.outletCount} outlets between 3 and 9 March 2025.`];
  const busiest = [...f.perDay].sort((a, b) => b.count - a.count)[0];
  if (busiest) lines.push(`Busiest day: ${busiest.day} (${busiest.count} clips).`);
  if (f.officials[0]) lines.push(`${f.statementCount} statements by ${f.officialCount} officials; most quoted: ${f.officials[0].label} (${f.officials[0].count}).`);
  if (f.topics[0]) lines.push(`Leading topic: ${f.topics[0].label} (${f.topics[0].count} clips).`);
  lines.push(`Tone: ${f.tone.positive} positive, ${f.tone.neutral} neutral, ${f.tone.negative} negative, ${f.tone.unset} not set.`);
  return lines;
}

/** A whole report model, as the builder would produce it for the sample clips. */
export function sampleReportModel(options: SampleReportOptions = {}): ReportModel {
  const template = options.template ?? 'coverage';
  const definition: ReportDefinition = {
    title: 'Energy and diplomacy coverage, 3–9 March 2025',
    author: 'Press Office',
    organization: 'Ministry of Foreign Affairs',
    ...options.definition,
    template,
    selection: { query: 'topic:Energy OR topic:Diplomacy OR topic:Trade', from: SAMPLE_PERIOD.from, to: SAMPLE_PERIOD.to, picked: [], excluded: [], pinned: ['clip-gas-corridor'], order: [] },
    options: { grouping: 'topic', fullText: false, annotations: true, statements: true, charts: true, attributions: 'leave-out', ...options.options },
  };
  const entries = sampleClips(options.clipCount ?? CLIPS.length);
  const clips = entries.map((e) => e.clip);
  const figures = figuresOf(clips, SAMPLE_PERIOD);
  return {
    definition,
    generatedAt: SAMPLE_GENERATED_AT,
    period: { ...SAMPLE_PERIOD },
    sources: figures.outlets.map((o) => o.label),
    method: `Clips matching "${definition.selection.query}" published between ${SAMPLE_PERIOD.from} and ${SAMPLE_PERIOD.to}, with pinned clips first.`,
    toneScale: 'Positive, neutral or negative, as set by a person; tones marked “suggested” are the scorer’s and were not reviewed.',
    unverifiedLeftOut: 0,
    summary: summaryOf(figures),
    figures,
    groups: groupsOf(entries, definition.options.grouping),
    statementsByOfficial: statementsByOfficialOf(clips),
  };
}
