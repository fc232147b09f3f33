// The library as the routes and the CLI see it: clipping (text, HTML, files, addresses), listing, editing, trash.
import { randomUUID } from 'node:crypto';
import { ArticleStore, type ArticleRecord } from '../../db/articles';
import type { Library } from '../../db/connection';
import { schemaVersion } from '../../db/migrate';
import { OutletStore } from '../../db/outlets';
import { writeTransaction } from '../../db/write-transaction';
import type { EventHub } from '../api/events';
import type { AppInfo, Article, ArticlePage, ReanchorReport, ClipResult, OutletSummary, PastePreview, SourceKind, SyndicationGroup } from '../api/types';
import { contentHash } from '../clipping/hash';
import { RouteError } from '../api/errors';
import type { ExtractedArticle } from '../clipping/article';
import { articleFromText } from '../clipping/from-text';
import { withSignatureTable } from '../clipping/agency-signatures';
import { AgencySignatureSetting } from './agency-signature-setting';
import { urlKey } from '../clipping/url-key';
import { safeWebUrl } from '../clipping/safe-url';
import type { FetchOptions } from '../clipping/fetch-url';
import type { InputHints } from '../clipping/sources/from-bytes';
import { extractFileWith, extractUrlWith } from '../extraction/inputs';
import { inlineExtraction, type Extractor } from '../extraction/pool';
import type { ExtractionTask, PrefoundStatements } from '../extraction/task';
import { APP_VERSION } from '../version';
import { StatementService } from '../statements/service';
import { OrganizeService } from '../organize/service';
import { SavedSearches } from '../search/saved';
import { SearchService } from '../search/service';
import { Syndication } from './syndication';
import { analyseClipText } from './check-text';
import { toFtsMatch } from './simple-search';

export interface ClipOverrides {
  title?: string | undefined;
  outlet?: string | null | undefined;
  publishedAt?: string | null | undefined;
}

export interface ClipSource {
  kind: SourceKind;
  /** The input as received, kept so that a better extractor can redo the work. */
  original?: string | null;
  /** The file, feed or message it came from. */
  name?: string | null;
}

export interface ArticleEdit {
  title?: string | undefined;
  outlet?: string | null | undefined;
  publishedAt?: string | null | undefined;
}

export class LibraryService {
  readonly extractor: Extractor;
  readonly agencySignatures: AgencySignatureSetting;
  readonly articles: ArticleStore;
  readonly outlets: OutletStore;
  readonly syndication: Syndication;
  readonly statements: StatementService;
  readonly organize: OrganizeService;
  readonly search: SearchService;
  readonly saved: SavedSearches;

  constructor(
    readonly library: Library,
    private readonly events?: EventHub,
    /** Where inputs are read: child processes in the app and `serve` (extraction/pool.ts); by default this thread. */
    extractor: Extractor = inlineExtraction,
  ) {
    this.agencySignatures = new AgencySignatureSetting(library.db);
    // Every input is read with the library's own agency signatures besides the built-in ones.
    this.extractor = { run: (task: ExtractionTask, label: string, signal?: AbortSignal) => extractor.run({ ...task, signatures: this.agencySignatures.user() }, label, signal) };
    this.articles = new ArticleStore(library.db);
    this.outlets = new OutletStore(library.db);
    this.syndication = new Syndication(library.db);
    // Statements found again here (re-extraction, an edited text) know the library's own agencies, as the child does.
    this.statements = new StatementService(library.db, this.articles, () => this.agencySignatures.user());
    this.organize = new OrganizeService(library.db, this.articles);
    this.search = new SearchService(library.db, { file: library.path, nativeBinding: library.nativeBinding });
    this.saved = new SavedSearches(library.db, this.search);
  }

  info(): AppInfo {
    return {
      version: APP_VERSION,
      libraryPath: this.library.path,
      schemaVersion: schemaVersion(this.library.db),
      articleCount: this.articles.list({ offset: 0, limit: 1, inTrash: false }).total,
      trashCount: this.articles.list({ offset: 0, limit: 1, inTrash: true }).total,
      readOnly: this.library.readOnly,
      health: this.library.health(),
    };
  }

  /** Clips plain text. The same text already in the library is recognised and not stored twice. */
  clipText(raw: string, overrides: ClipOverrides = {}, sourceKind: SourceKind = 'paste', sourceName: string | null = null): ClipResult {
    analyseClipText(raw);
    const article = withSignatureTable(this.agencySignatures.user(), () => articleFromText(raw));
    return this.clipArticle(article, { kind: sourceKind, original: raw, name: sourceName }, overrides);
  }

  /**
   * Stores an extracted article, unless the library already has it: the same address (ignoring tracking
   * parameters and the like) or the same text. An article found in the trash comes back out of it instead.
   */
  clipArticle(extracted: ExtractedArticle, source: ClipSource, overrides: ClipOverrides = {}, found?: PrefoundStatements): ClipResult {
    if (extracted.text.trim() === '') throw new RouteError('EMPTY_INPUT', 'There is no article text here: it is empty, or only page clutter.');
    const hash = contentHash(extracted.text);
    const keys = [urlKey(extracted.canonicalUrl), urlKey(extracted.url)].filter((k): k is string => k !== undefined);
    const run = this.library.db.transaction((): ClipResult => {
      const existing = keys.map((k) => this.articles.findByUrlKey(k)).find((e) => e !== undefined) ?? this.articles.findByContentHash(hash);
      if (existing) {
        if (existing.deletedAt === null) return { article: this.articles.get(existing.id), status: 'duplicate' };
        this.articles.setTrashed([existing.id], false);
        return { article: this.articles.get(existing.id), status: 'restored' };
      }
      const outlet = overrides.outlet !== undefined ? overrides.outlet : extracted.outlet;
      const article = this.articles.insert({
        id: randomUUID(),
        title: overrides.title ?? (extracted.title || 'Untitled clip'),
        titleProvisional: overrides.title === undefined && extracted.titleProvisional,
        text: extracted.text,
        html: extracted.html,
        sourceKind: source.kind,
        sourceName: source.name ?? null,
        contentHash: hash,
        outletId: outlet ? this.outlets.ensure(outlet) : null,
        // The last gate before the store, whatever extractor made the article: only web addresses are kept.
        url: safeWebUrl(extracted.url),
        canonicalUrl: safeWebUrl(extracted.canonicalUrl),
        urlKey: keys[0] ?? null,
        byline: extracted.byline,
        publishedAt: overrides.publishedAt !== undefined ? overrides.publishedAt : extracted.publishedAt,
        language: extracted.language,
        dir: extracted.dir,
        originalPublication: extracted.originalPublication,
        tone: extracted.tone ?? null,
        original: source.original ?? null,
      });
      // Republished elsewhere? Joins the story's syndication group (same transaction: all or nothing).
      const group = this.syndication.assign(this.articles.seqOf(article.id), article.text);
      // Who said what: found now, in the same transaction, so a clip never exists without its statements.
      this.statements.extractFor(article.id, found);
      // Tone suggestions and topic rules, on the clip and its statements.
      this.organize.onClipped(article.id);
      // Watchlists: saved searches that this clip (or one of its statements) matches count it as new.
      this.saved.onClipped(article.id);
      return { article: group ? this.articles.get(article.id) : article, status: 'created' };
    });
    const result = run.immediate();
    this.changed([result.article.id]);
    return result;
  }

  /**
   * Clips every article of one input in one transaction: all of them are stored, or none. `found[i]`, when given,
   * holds the statements an extractor already found in articles[i].
   */
  clipArticles(articles: readonly ExtractedArticle[], source: ClipSource, found?: readonly PrefoundStatements[]): ClipResult[] {
    // Begun IMMEDIATE (and retried while another process writes): begun DEFERRED, it failed at once with "database
    // is locked" whenever another process committed between its first read and its first write.
    return writeTransaction(this.library.db, () => articles.map((article, i) => this.clipArticle(article, source, {}, found?.[i])));
  }

  /** A file's bytes (dropped, picked or read by the CLI): whatever kind it is, every article in it. */
  async clipFile(name: string, bytes: Uint8Array, hints: InputHints = {}): Promise<ClipResult[]> {
    const { articles, source, found } = await extractFileWith(this.extractor, name, bytes, hints);
    return this.clipArticles(articles, source, found);
  }

  /** A web address, fetched now. */
  async clipUrl(url: string, options: FetchOptions = {}): Promise<ClipResult[]> {
    const { articles, source, found } = await extractUrlWith(this.extractor, url, options);
    return this.clipArticles(articles, source, found);
  }

  /** What a paste would give, read by the extractor (off this thread in the app): for the review before saving. */
  async previewPasted(raw: string): Promise<PastePreview> {
    return (await this.extractor.run({ kind: 'preview', raw }, 'The pasted text')).preview!;
  }

  /** Pasted text, read by the extractor (off this thread in the app), then stored here. */
  async clipPasted(raw: string, overrides: ClipOverrides = {}): Promise<ClipResult> {
    const [clip] = (await this.extractor.run({ kind: 'text', raw }, 'The pasted text')).clips;
    return this.clipArticle(clip!.article, { kind: 'paste', original: raw, name: null }, overrides, clip!.found);
  }

  /** Pasted rich HTML, read by the extractor; its plain-text twin stands in when the markup holds no article. */
  async clipPastedHtml(html: string, plainText: string | undefined, overrides: ClipOverrides = {}): Promise<ClipResult> {
    const outcome = await this.extractor.run({ kind: 'html', html, plainText }, 'The pasted page');
    const [clip] = outcome.clips;
    const source: ClipSource = outcome.fellBackToText ? { kind: 'paste', original: plainText ?? '', name: null } : { kind: 'html', original: html };
    return this.clipArticle(clip!.article, source, overrides, clip!.found);
  }

  list(options: { offset: number; limit: number; trash: boolean; search?: string | undefined }): ArticlePage {
    const match = options.search ? toFtsMatch(options.search) : undefined;
    // Indexes first where it can; a read-only or full library is listed from the index as it stands.
    if (match) this.search.index.refresh();
    const page = this.articles.list({ offset: options.offset, limit: options.limit, inTrash: options.trash, match });
    return { total: page.total, offset: options.offset, items: page.items };
  }

  /** One clip for the reader, with whether its text is still the one Verbatim stored (its content hash). */
  get(id: string): Article {
    const article = this.articles.get(id);
    const integrity = contentHash(article.text) === this.articles.storedHash(id) ? 'ok' : 'changed-outside-verbatim';
    return { ...article, integrity };
  }

  update(id: string, edit: ArticleEdit): ArticleRecord {
    const run = this.library.db.transaction(() =>
      this.articles.update(id, {
        ...(edit.title !== undefined && { title: edit.title }),
        ...(edit.publishedAt !== undefined && { publishedAt: edit.publishedAt }),
        ...(edit.outlet !== undefined && { outletId: edit.outlet ? this.outlets.ensure(edit.outlet) : null }),
      }),
    );
    const article = run.immediate();
    this.changed([id]);
    return article;
  }

  /**
   * Corrects an article's text (an OCR slip, a paragraph the extractor missed). Highlights find their place again
   * or are listed as orphaned; statements people made or corrected follow their words, and the machine's are found
   * again; tone and topic rules run again.
   */
  updateText(id: string, text: string): { article: ArticleRecord; annotations: ReanchorReport } {
    const clean = text.replace(/\r\n?/g, '\n');
    if (clean.trim() === '') throw new RouteError('EMPTY_INPUT', 'An article cannot be left without text.');
    const run = this.library.db.transaction(() => {
      this.articles.update(id, { text: { text: clean, contentHash: contentHash(clean) } });
      this.statements.followText(id);
      this.statements.extractFor(id);
      return { article: this.articles.get(id), annotations: this.organize.onTextChanged(id) };
    });
    const result = run.immediate();
    this.changed([id]);
    return result;
  }

  trash(ids: readonly string[]): number {
    return this.changedCount(ids, this.articles.setTrashed(ids, true));
  }

  restore(ids: readonly string[]): number {
    return this.changedCount(ids, this.articles.setTrashed(ids, false));
  }

  purge(ids: readonly string[]): number {
    return this.changedCount(ids, this.articles.purge(ids));
  }

  syndicationOf(id: string): SyndicationGroup {
    const article = this.articles.get(id);
    if (!article.syndicationGroup) return { representative: null, members: [] };
    const members = this.syndication.members(article.syndicationGroup).map((m) => ({ ...m, syndicationSize: 1 }));
    return { representative: members[0] ?? null, members };
  }

  outletList(): OutletSummary[] {
    return this.outlets.list();
  }

  /** Runs a change in one transaction and tells every window about it. */
  inTransaction<T>(change: () => T): T {
    const result = writeTransaction(this.library.db, change);
    this.announceChanged();
    return result;
  }

  /** Tells every window that the library changed in ways it cannot list (a regrouping, a big import). */
  announceChanged(): void {
    this.events?.emit({ type: 'library.changed' });
  }

  private changedCount(ids: readonly string[], count: number): number {
    if (count > 0) this.changed([...ids]);
    return count;
  }

  private changed(ids: string[]): void {
    this.events?.emit({ type: 'library.changed', ids });
  }
}
