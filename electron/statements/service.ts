// Statements in the library: found when a clip arrives (and again on demand), linked to officials in the
// registry, and corrected by people. What a person confirmed, corrected, rejected or added is never touched by
// the machine again: re-extraction replaces only the machine's own untouched findings.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ArticleStore } from '../../db/articles';
import { LibraryError } from '../../db/errors';
import { OfficialStore, type AliasRecord, type RoleRecord } from '../../db/officials';
import { StatementStore, type TimelineEntry } from '../../db/statements';
import type { OfficialRecord, SpeakerKind, StatementRecord } from '../../db/types';
import { RouteError } from '../api/errors';
import { anchor } from '../annotations/anchor';
import type { PrefoundStatements } from '../extraction/task';
import { extractStatements, introducedPeople } from './extract';
import { checkProposal } from './proposal-check';
import { signatureTable } from '../clipping/agency-signatures';
import { foldName, nameSkeleton } from './names';
import type { AgencySignature, ReviewPage } from '../api/types';
import { reviewQueue } from './review';

export interface OfficialDetail extends OfficialRecord {
  aliases: AliasRecord[];
  roles: RoleRecord[];
}

export type { TimelineEntry };

/** What a person gives when adding an official by hand (the contract's officials.create, defaults applied). */
export interface OfficialDraft {
  name: string;
  role?: string | null | undefined;
  aliases: string[];
  country?: string | null | undefined;
  organization?: string | null | undefined;
  roles: Array<{ title: string; organization?: string | null; validFrom?: string | null; validTo?: string | null }>;
}

export interface StatementCorrection {
  speaker?: string | null | undefined;
  status?: 'found' | 'confirmed' | 'rejected' | undefined;
  start?: number | undefined;
  end?: number | undefined;
  kind?: 'direct' | 'reported' | undefined;
  /** What the speaker is, as the person says; a speaker named without it is taken for a person. */
  speakerKind?: Exclude<SpeakerKind, 'unknown'> | undefined;
}

/** No speaker is an unknown one; a speaker a person named is what they said it is, a person unless told otherwise. */
function speakerKindOf(speaker: string | null, said: SpeakerKind): SpeakerKind {
  if (speaker === null) return 'unknown';
  return said === 'unknown' ? 'person' : said;
}

const keysOf = (name: string) => ({ folded: foldName(name), skeleton: nameSkeleton(name) });

/**
 * A role title as it is compared: case, diacritics, punctuation and spacing folded, and trailing numbers dropped.
 * Text pasted many times over numbers its copies ("…of Azerbaijan-91"), and each copy's apposition would otherwise
 * be a role of its own.
 */
export function foldRole(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/(?:\s+|^)\d+\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A role title as stored: the copy number glued on by repeated text ("-91") is not part of the title. */
export function cleanRole(title: string): string {
  return title.replace(/\s*[-‐–—]\s*\d+\s*$/u, '').replace(/\s+/gu, ' ').trim();
}

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

export class StatementService {
  readonly store: StatementStore;
  readonly officials: OfficialStore;

  constructor(
    private readonly db: Database,
    private readonly articles: ArticleStore,
    /** The library's own agency signatures, outlets and never speakers; none when left out. */
    private readonly userSignatures: () => readonly AgencySignature[] = () => [],
  ) {
    this.store = new StatementStore(db);
    this.officials = new OfficialStore(db);
  }

  /** The official a name belongs to: an alias in any spelling or script; a lone surname is too ambiguous. */
  officialFor(name: string | null): string | null {
    return this.matchName(name)?.id ?? null;
  }

  /**
   * The official a name belongs to, and the part of the name that matched: a name found after a title may carry
   * a word of the title with it ("Грузии Нино Беридзе"), so shorter endings of the name are tried too.
   */
  matchName(name: string | null): { id: string; name: string } | undefined {
    const words = name?.trim().split(/\s+/) ?? [];
    for (let from = 0; words.length - from >= 2; from++) {
      const candidate = words.slice(from).join(' ');
      const ids = this.officials.match(keysOf(candidate));
      const accepted = ids.length > 1 ? ids.filter((id) => this.officials.get(id).status === 'accepted') : ids;
      if (accepted.length === 1) return { id: accepted[0]!, name: candidate };
    }
    return undefined;
  }

  /**
   * Finds (again) the statements of one article; the caller holds the transaction. `prefound` is what an
   * extractor already found off this thread; it is used only if it was found in this very text under this outlet.
   */
  extractFor(articleId: string, prefound?: PrefoundStatements): number {
    const article = this.articles.get(articleId);
    const usable = prefound !== undefined && prefound.text === article.text && prefound.outlet === article.outlet && prefound.originalPublication === article.originalPublication;
    const people = usable ? prefound.people : introducedPeople(article.text);
    const statements = usable ? prefound.statements : extractStatements(article.text, { outlet: article.outlet, originalPublication: article.originalPublication, signatures: signatureTable(this.userSignatures()) });
    // Appositions and titles introduce people with their roles: known officials gain the role, new people are proposed.
    for (const person of people) {
      if (!checkProposal(person.name, person.role).ok) continue;
      // A spelling variant of someone known ("Hikmət Hacıyev" for "Hikmet Hajiyev") joins them as a spelling.
      const known = this.matchName(person.name);
      if (known) this.officials.addAlias(known.id, known.name, keysOf(known.name));
      const id = known?.id ?? this.officials.create({ id: randomUUID(), canonicalName: person.name, status: 'proposed' }, keysOf(person.name)).id;
      if (person.role) this.officials.addRole(id, { title: cleanRole(person.role), sourceArticleId: article.id }, foldRole);
    }
    this.store.deleteMachineFindings(articleId);
    const kept = this.store.forArticle(articleId);
    let count = 0;
    for (const found of statements) {
      if (kept.some((k) => overlapShare(k, found) >= 0.5)) continue;
      const match = this.matchName(found.speaker);
      this.store.insert({
        id: randomUUID(),
        articleId,
        start: found.start,
        end: found.end,
        text: found.text,
        kind: found.kind,
        speakerMention: found.mention,
        speakerName: match?.name ?? found.speaker,
        // A name linked to an official is a person whatever the extractor guessed.
        speakerKind: match?.id ? 'person' : found.speakerKind,
        chain: found.chain,
        officialId: match?.id ?? null,
        cue: found.cue,
        confidence: found.confidence,
        status: 'found',
        origin: 'machine',
      });
      count++;
    }
    return count;
  }

  /**
   * After an article's text was corrected: statements people confirmed, corrected or added follow their words to
   * where they now are. One whose words are gone is marked rejected rather than deleted, so the person sees it.
   */
  followText(articleId: string): void {
    const text = this.articles.get(articleId).text;
    for (const statement of this.store.forArticle(articleId)) {
      if (statement.origin === 'machine' && statement.status === 'found') continue;
      const found = anchor(text, { position: { type: 'TextPositionSelector', start: statement.start, end: statement.end }, quote: { type: 'TextQuoteSelector', exact: statement.text, prefix: '', suffix: '' } });
      if (found.status === 'orphaned') this.store.update(statement.id, { status: 'rejected' });
      else this.store.update(statement.id, { start: found.start, end: found.end, text: text.slice(found.start, found.end) });
    }
  }

  forArticle(articleId: string): StatementRecord[] {
    return this.store.forArticle(articleId);
  }

  reviewQueue(cursor: number, limit: number): ReviewPage {
    return reviewQueue(this.db, cursor, limit);
  }

  private span(articleId: string, start: number, end: number): { start: number; end: number; text: string } {
    const text = this.articles.get(articleId).text;
    if (!(start >= 0 && end <= text.length && start < end)) throw new RouteError('INVALID_INPUT', `A statement must lie within the text (0 to ${text.length}) and not be empty.`);
    // Spaces at either end are not part of what was said.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start === end) throw new RouteError('INVALID_INPUT', 'The selection holds only white space.');
    return { start, end, text: text.slice(start, end) };
  }

  correct(id: string, correction: StatementCorrection): StatementRecord {
    const current = this.store.get(id);
    const changes: Parameters<StatementStore['update']>[1] = {};
    let corrected = false;
    if (correction.speaker !== undefined) {
      const speaker = correction.speaker?.trim() || null;
      Object.assign(changes, { speakerName: speaker, officialId: this.officialFor(speaker), speakerKind: speakerKindOf(speaker, correction.speakerKind ?? 'person') });
      corrected = true;
    } else if (correction.speakerKind !== undefined && correction.speakerKind !== current.speakerKind) {
      changes.speakerKind = speakerKindOf(current.speakerName, correction.speakerKind);
      corrected = true;
    }
    if (correction.start !== undefined || correction.end !== undefined) {
      Object.assign(changes, this.span(current.articleId, correction.start ?? current.start, correction.end ?? current.end));
      corrected = true;
    }
    if (correction.kind !== undefined && correction.kind !== current.kind) {
      changes.kind = correction.kind;
      corrected = true;
    }
    if (correction.status !== undefined) changes.status = correction.status;
    else if (corrected) changes.status = 'corrected';
    return this.store.update(id, changes);
  }

  /**
   * The other statements of the clip attributed through the same chain of mentions as this one ("Hajiyev", "he",
   * "the presidential aide"), as the machine left them: those a person confirmed, corrected or rejected are theirs.
   */
  sameChain(id: string): StatementRecord[] {
    const current = this.store.get(id);
    if (current.chain === null) return [];
    return this.forArticle(current.articleId).filter((s) => s.id !== id && s.chain === current.chain && s.status === 'found');
  }

  /** Gives every statement of this one's chain the speaker a person gave it; returns the statements changed. */
  correctChain(id: string, correction: Pick<StatementCorrection, 'speaker' | 'speakerKind'>): StatementRecord[] {
    return this.sameChain(id).map((s) => this.correct(s.id, { speaker: correction.speaker, ...(correction.speakerKind && { speakerKind: correction.speakerKind }) }));
  }

  add(articleId: string, start: number, end: number, speaker: string | null, kind: 'direct' | 'reported'): StatementRecord {
    const span = this.span(articleId, start, end);
    const id = randomUUID();
    this.store.insert({ id, articleId, ...span, kind, speakerMention: null, speakerName: speaker, speakerKind: speakerKindOf(speaker, 'person'), chain: null, officialId: this.officialFor(speaker), cue: null, confidence: 1, status: 'confirmed', origin: 'person' });
    return this.store.get(id);
  }

  split(id: string, at: number): StatementRecord[] {
    const current = this.store.get(id);
    if (!(at > current.start && at < current.end)) throw new RouteError('INVALID_INPUT', 'Split the statement at a point inside it.');
    const first = this.correct(id, { end: at });
    const second = this.add(current.articleId, at, current.end, current.speakerName, current.kind);
    return [first, this.store.update(second.id, { status: 'corrected', cue: current.cue })];
  }

  merge(ids: string[]): StatementRecord {
    const statements = ids.map((id) => this.store.get(id)).sort((a, b) => a.start - b.start);
    const [first, ...rest] = statements;
    if (!first || rest.length === 0) throw new RouteError('INVALID_INPUT', 'Choose at least two statements to merge.');
    if (rest.some((s) => s.articleId !== first.articleId)) throw new RouteError('INVALID_INPUT', 'Only statements of one article can be merged.');
    for (const s of rest) this.store.remove(s.id);
    return this.correct(first.id, { start: first.start, end: Math.max(...statements.map((s) => s.end)) });
  }

  official(id: string): OfficialDetail {
    return { ...this.officials.get(id), aliases: this.officials.aliases(id), roles: this.officials.roles(id) };
  }

  // Each of these checks the official first: otherwise the new spelling meets the foreign key and SQLite's words
  // ("FOREIGN KEY constraint failed") would reach the person instead of which official is missing.
  acceptOfficial(id: string, canonicalName?: string): OfficialDetail {
    this.officials.assertExists(id);
    if (canonicalName) this.officials.addAlias(id, canonicalName, keysOf(canonicalName));
    this.officials.update(id, { status: 'accepted', ...(canonicalName && { canonicalName }) });
    this.relink();
    return this.official(id);
  }

  /** Renaming keeps the old name as a spelling, so statements made under it stay linked. */
  updateOfficial(id: string, changes: { canonicalName?: string | undefined; country?: string | null | undefined; organization?: string | null | undefined }): OfficialDetail {
    this.officials.assertExists(id);
    if (changes.canonicalName) this.officials.addAlias(id, changes.canonicalName, keysOf(changes.canonicalName));
    this.officials.update(id, changes);
    this.relink();
    return this.official(id);
  }

  addAlias(id: string, alias: string): OfficialDetail {
    this.officials.assertExists(id);
    this.officials.addAlias(id, alias, keysOf(alias));
    this.relink();
    return this.official(id);
  }

  /**
   * An official added by a person, accepted at once. Every spelling is checked before anything is written: a name
   * that already belongs to someone is refused with who it belongs to, so nobody is entered twice.
   */
  createOfficial(draft: OfficialDraft): OfficialDetail {
    const name = draft.name.trim();
    const spellings = [name, ...draft.aliases.map((a) => a.trim())].filter((a, i, all) => a !== '' && all.findIndex((b) => foldName(b) === foldName(a)) === i);
    for (const spelling of spellings) {
      const holder = this.officialFor(spelling);
      if (!holder) continue;
      const owner = this.officials.get(holder).canonicalName;
      throw new LibraryError('CONFLICT', spelling === name && foldName(owner) === foldName(name) ? `${name} is already in the registry (or a spelling of someone who is).` : `${spelling} is already in the registry, as a spelling of ${owner}.`);
    }
    const official = this.officials.create({ id: randomUUID(), canonicalName: name, status: 'accepted', country: draft.country || null, organization: draft.organization || null }, keysOf(name));
    for (const spelling of spellings.slice(1)) this.officials.addAlias(official.id, spelling, keysOf(spelling));
    const roles = [...(draft.role ? [{ title: draft.role }] : []), ...draft.roles];
    for (const role of roles) this.officials.addRole(official.id, { ...role, title: cleanRole(role.title) }, foldRole);
    this.relink();
    return this.official(official.id);
  }

  /** A role given by a person; the same title twice is kept once (the first, with the dates it lacked filled in). */
  addRole(id: string, role: { title: string; organization?: string | null; validFrom?: string | null; validTo?: string | null }): OfficialDetail {
    this.officials.addRole(id, { ...role, title: cleanRole(role.title) }, foldRole);
    return this.official(id);
  }

  mergeOfficials(fromId: string, intoId: string): OfficialDetail {
    this.officials.merge(fromId, intoId);
    // The two may have held the same role: the merged official holds it once.
    this.officials.dedupeRoles(intoId, foldRole);
    this.relink();
    return this.official(intoId);
  }

  splitAlias(aliasId: number): OfficialDetail {
    const id = this.officials.splitAlias(aliasId, randomUUID());
    return this.official(id);
  }

  timeline(id: string): TimelineEntry[] {
    return this.store.timeline(id);
  }

  /** After the registry changes, statements whose speaker now names an official are linked to it. */
  relink(): void {
    const unlinked = this.db
      .prepare<[], { id: string; speaker: string }>("SELECT id, speaker_name AS speaker FROM statements WHERE official_id IS NULL AND speaker_name IS NOT NULL AND status <> 'rejected'")
      .all();
    const link = this.db.prepare('UPDATE statements SET official_id = ? WHERE id = ?');
    for (const { id, speaker } of unlinked) {
      const official = this.officialFor(speaker);
      if (official) link.run(official, id);
    }
  }
}
