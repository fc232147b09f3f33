// The news agencies and outlets whose signatures a wire text carries: "BAKU, Azerbaijan, March 12. /Trend/",
// "МОСКВА, 12 марта. /ТАСС/.", "新华社北京3月12日电", "Ankara (AA) -", "(AZERTAC)", or a last line that is only
// the name. A built-in table of the agencies common in the region, extended by the library's own entries
// (Settings); the entries a person added win over the built-in ones for the same signature.
//
// The table in force is the one the current extraction was started with (withSignatureTable): the extraction runs
// in a child process (extraction/pool.ts), so the library's entries travel with each task instead of being read from
// the library there.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AgencySignature } from '../api/types';

export type { AgencySignature };

export const BUILT_IN_AGENCIES: readonly AgencySignature[] = [
  { outlet: 'Trend', signatures: ['Trend', 'Trend News Agency', 'Trend.az'], country: 'Azerbaijan', language: null },
  { outlet: 'AZERTAC', signatures: ['AZERTAC', 'AzerTac', 'AZƏRTAC', 'АЗЕРТАДЖ', 'Azerbaijan State News Agency'], country: 'Azerbaijan', language: null },
  { outlet: 'APA', signatures: ['APA', 'APA.az', 'Azeri-Press Agency'], country: 'Azerbaijan', language: null },
  { outlet: 'Report.az', signatures: ['Report.az', 'Report', 'Report News Agency'], country: 'Azerbaijan', language: null },
  { outlet: 'Azernews', signatures: ['Azernews', 'Azernews.az'], country: 'Azerbaijan', language: 'en' },
  { outlet: 'News.Az', signatures: ['News.Az'], country: 'Azerbaijan', language: null },
  { outlet: 'Turan', signatures: ['Turan', 'Turan Information Agency'], country: 'Azerbaijan', language: null },
  { outlet: 'TASS', signatures: ['TASS', 'ТАСС', 'ИТАР-ТАСС', 'ITAR-TASS'], country: 'Russia', language: null },
  { outlet: 'RIA Novosti', signatures: ['RIA Novosti', 'РИА Новости', 'RIA'], country: 'Russia', language: null },
  { outlet: 'Interfax', signatures: ['Interfax', 'Интерфакс', 'Interfax-Azerbaijan', 'Интерфакс-Азербайджан'], country: 'Russia', language: null },
  { outlet: 'Sputnik', signatures: ['Sputnik', 'Sputnik Azerbaijan', 'Спутник'], country: 'Russia', language: null },
  { outlet: 'Xinhua', signatures: ['Xinhua', 'Xinhua News Agency', '新华社', '新华网', 'شينخوا'], country: 'China', language: null },
  { outlet: 'Anadolu Agency', signatures: ['Anadolu Agency', 'Anadolu Ajansı', 'AA', 'الأناضول'], country: 'Türkiye', language: null },
  { outlet: 'WAM', signatures: ['WAM', 'Emirates News Agency', 'وام'], country: 'United Arab Emirates', language: null },
  { outlet: 'IRNA', signatures: ['IRNA', 'ایرنا'], country: 'Iran', language: null },
  { outlet: 'Kazinform', signatures: ['Kazinform', 'Казинформ'], country: 'Kazakhstan', language: null },
  { outlet: 'Reuters', signatures: ['Reuters', 'Рейтер'], country: null, language: null },
  { outlet: 'AP', signatures: ['AP', 'Associated Press'], country: 'United States', language: null },
  { outlet: 'AFP', signatures: ['AFP', 'Agence France-Presse', 'France-Presse'], country: 'France', language: null },
];

/** Signatures compare without case, width or spacing differences ("AzerTac" = "AZERTAC"). */
export function foldSignature(s: string): string {
  // Every speaker phrase is asked about: plain ASCII, which NFKC leaves as it is, skips the normalisation.
  const plain = PRINTABLE_ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKC').toLocaleLowerCase('en-US');
  return plain.replace(/\s+/g, ' ').trim();
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// '-' stays as it is: outside a class it is no operator, and a unicode-mode pattern refuses it escaped.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Chinese and Japanese signatures run into the next word ("新华社北京"): no word boundary is asked of them there. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function alternative(signature: string): string {
  const before = CJK.test(signature[0]!) ? '' : String.raw`(?<![\p{L}\p{N}])`;
  const after = CJK.test(signature[signature.length - 1]!) ? '' : String.raw`(?![\p{L}\p{N}])`;
  return `${before}${escapeRegExp(signature).replace(/\s+/g, String.raw`\s+`)}${after}`;
}

/** A dateline has ended by this many characters into a paragraph. */
const DATELINE_REACH = 120;

export class SignatureTable {
  private readonly byFolded = new Map<string, string>();
  /** Any signature, longest first (so that "Anadolu Agency" wins over "AA" and "RIA Novosti" over "RIA"). */
  private readonly any: string;
  private readonly slashed: RegExp;
  private readonly bracketed: RegExp;
  private readonly xinhuaStyle: RegExp;
  private readonly afterDate: RegExp;
  private readonly lastLine: RegExp;

  constructor(readonly entries: readonly AgencySignature[]) {
    // Earlier entries win: the library's own come first.
    for (const entry of entries) for (const s of [entry.outlet, ...entry.signatures]) if (!this.byFolded.has(foldSignature(s))) this.byFolded.set(foldSignature(s), entry.outlet);
    const all = [...new Set(entries.flatMap((e) => [e.outlet, ...e.signatures]).map((s) => s.trim()).filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
    this.any = all.length > 0 ? `(${all.map(alternative).join('|')})` : '(?!)';
    // "/Trend/", "/ТАСС/.", "/ وام /"; not a photo credit's "JIM WATSON/AFP/Getty Images", glued to its words.
    this.slashed = new RegExp(String.raw`(?<![\p{L}\p{N}])/\s*${this.any}\s*/(?![\p{L}\p{N}])`, 'iu');
    // "(AZERTAC)", "Ankara (AA) -", "（新华社）"
    this.bracketed = new RegExp(String.raw`[(（]\s*${this.any}\s*[)）]`, 'iu');
    // "新华社北京3月12日电": the agency, a place, a date and 电 ("wired").
    this.xinhuaStyle = new RegExp(String.raw`^\s*${this.any}[^。，\n]{0,24}?电`, 'iu');
    // "Baku, March 12, AZERTAC" or "Bakı, 12 mart, AZƏRTAC": a place and a date, then the agency.
    this.afterDate = new RegExp(String.raw`^[\p{L} .'-]{2,40},[^,\n]{0,30}\d[^,\n]{0,12}[,.]\s*${this.any}\s*[.:–—-]`, 'iu');
    // A last line that is only the name, perhaps framed: "Trend", "— ТАСС", "(AZERTAC)", "Source: APA".
    this.lastLine = new RegExp(String.raw`^[\s(（/—–-]*(?:(?:source|источник|mənbə|kaynak|المصدر|来源)\s*[:：]\s*)?${this.any}[\s)）/.]*$`, 'iu');
  }

  /** The entry's outlet name for a name as written ("AA" → "Anadolu Agency"), if it is one of the table's signatures. */
  canonical(name: string): string | undefined {
    return this.byFolded.get(foldSignature(name));
  }

  /** The outlet a paragraph's dateline names, if it names one of the table's signatures. */
  outletInDateline(paragraph: string): string | undefined {
    const head = paragraph.trimStart().slice(0, DATELINE_REACH);
    for (const pattern of [this.xinhuaStyle, this.slashed, this.bracketed, this.afterDate]) {
      const found = pattern.exec(head)?.[1];
      if (found) return this.canonical(found);
    }
    return undefined;
  }

  /** The outlet a signature line names ("Trend", "— ТАСС", "(AZERTAC)"), if the whole line is one. */
  outletOfSignatureLine(line: string): string | undefined {
    const t = line.trim();
    if (t.length > 60) return undefined;
    const found = this.lastLine.exec(t)?.[1];
    return found ? this.canonical(found) : undefined;
  }
}

const compiled = new Map<string, SignatureTable>();

/** The library's entries before the built-in ones, compiled once per distinct set of entries. */
export function signatureTable(userEntries: readonly AgencySignature[] = []): SignatureTable {
  const key = JSON.stringify(userEntries);
  let table = compiled.get(key);
  if (!table) {
    table = new SignatureTable([...userEntries, ...BUILT_IN_AGENCIES]);
    // A handful of distinct tables in a process's life; the bound only guards against a caller that varies them.
    if (compiled.size > 16) compiled.clear();
    compiled.set(key, table);
  }
  return table;
}

const current = new AsyncLocalStorage<SignatureTable>();

/** Runs `work` with the library's entries in force for every outlet found in it (through its awaits too). */
export function withSignatureTable<T>(userEntries: readonly AgencySignature[] | undefined, work: () => T): T {
  return current.run(signatureTable(userEntries ?? []), work);
}

/** The table in force: the one the extraction was started with, or the built-in one. */
export function currentSignatureTable(): SignatureTable {
  return current.getStore() ?? signatureTable();
}
