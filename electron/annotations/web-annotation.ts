// Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), so that highlights and notes
// can leave Verbatim for any tool that reads the standard. Choices the model leaves open:
// - The colour is presentation, so it travels as the model's styling: an embedded CssStylesheet on the annotation
//   and a styleClass on the target (not a body: a body is content, and a colour is not something said about text).
// - A link to a statement is a SpecificResource body with purpose 'linking' pointing at urn:verbatim:statement:<id>.
//   The target stays the passage alone: the note is about those words, and a second target would tell readers that
//   the note also annotates a resource they cannot resolve.
// - TextPositionSelector counts Unicode code points, as the model requires. Verbatim stores UTF-16 offsets, so the
//   article's text is needed to convert them; without it the offsets are exported as stored (identical unless an
//   astral character, an emoji say, comes before the highlight).
// - An orphaned annotation keeps its TextQuoteSelector (what was highlighted) and loses its position, which no longer
//   points at those words.
import { randomUUID } from 'node:crypto';

export interface ExportableAnnotation {
  id: string;
  articleId: string;
  /** UTF-16 offsets into the article's plain text (negative or meaningless when orphaned). */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** A CSS colour, "#ffe066" or a colour name. */
  color: string;
  note: string | null;
  tags: string[];
  statementId: string | null;
  created: string;
  modified: string;
  orphaned?: boolean;
  /** BCP 47 language of the note, when known. */
  language?: string | null;
}

export interface AnnotationSource {
  id: string;
  url: string | null;
  title: string;
  /** The article's plain text, for code-point positions; optional (see the module comment). */
  text?: string;
}

export interface CollectionMeta {
  label: string;
  /** A UUID or an IRI; a fresh urn:uuid when absent. */
  id?: string;
}

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** Colours safe to write into a stylesheet: hex forms and plain names, nothing that could close the rule. */
const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NAMED_COLOR = /^[a-z]{3,30}$/i;
/** SQLite-style and other zone-less timestamps are UTC in this library. */
const ZONELESS = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** An IRI for an id: a UUID as urn:uuid, an IRI as given, anything else under urn:verbatim:<kind>. */
export function iriFor(id: string, kind: 'annotation' | 'collection' = 'annotation'): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (IRI.test(id)) return id;
  return `urn:verbatim:${kind}:${encodeURIComponent(id)}`;
}

export const articleIri = (id: string): string => `urn:verbatim:article:${encodeURIComponent(id)}`;
export const statementIri = (id: string): string => `urn:verbatim:statement:${encodeURIComponent(id)}`;

function isoTime(value: string): string | undefined {
  const time = new Date(ZONELESS.test(value) ? `${value.replace(' ', 'T')}Z` : value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** Code points in text[0, offset): the model's "character" positions. */
function codePoints(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; count it at the high half only.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

function styleClass(color: string): string | null {
  if (HEX_COLOR.test(color)) return `verbatim-highlight-${color.slice(1).toLowerCase()}`;
  if (NAMED_COLOR.test(color)) return `verbatim-highlight-${color.toLowerCase()}`;
  return null;
}

function body(a: ExportableAnnotation): object[] {
  const bodies: object[] = [];
  const note = a.note?.trim();
  if (note) {
    bodies.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain', ...(a.language ? { language: a.language } : {}) });
  }
  const tags = new Map<string, string>();
  for (const tag of a.tags) {
    const clean = tag.trim();
    if (clean && !tags.has(clean.toLocaleLowerCase())) tags.set(clean.toLocaleLowerCase(), clean);
  }
  for (const tag of tags.values()) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (a.statementId) bodies.push({ type: 'SpecificResource', purpose: 'linking', source: statementIri(a.statementId) });
  return bodies;
}

function annotation(a: ExportableAnnotation, source: AnnotationSource): Record<string, unknown> {
  const quote = { type: 'TextQuoteSelector', exact: a.exact, ...(a.prefix ? { prefix: a.prefix } : {}), ...(a.suffix ? { suffix: a.suffix } : {}) };
  const selector: object[] = [quote];
  const placed = !a.orphaned && Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end;
  if (placed) {
    const text = source.text;
    const inText = text !== undefined && a.end <= text.length;
    selector.push({ type: 'TextPositionSelector', start: inText ? codePoints(text, a.start) : a.start, end: inText ? codePoints(text, a.end) : a.end });
  }
  const cls = styleClass(a.color);
  const bodies = body(a);
  const created = isoTime(a.created);
  const modified = isoTime(a.modified);
  return {
    id: iriFor(a.id),
    type: 'Annotation',
    motivation: a.note?.trim() ? 'commenting' : 'highlighting',
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    ...(cls ? { stylesheet: { type: 'CssStylesheet', value: `.${cls} { background-color: ${a.color}; }` } } : {}),
    ...(bodies.length ? { body: bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: source.url ?? articleIri(source.id),
      ...(cls ? { styleClass: cls } : {}),
      selector,
    },
  };
}

/** One annotation as a standalone JSON-LD document. */
export function toWebAnnotation(a: ExportableAnnotation, source: AnnotationSource): object {
  return { '@context': ANNO_CONTEXT, ...annotation(a, source) };
}

/** Many annotations as an AnnotationCollection whose single first page holds them all. */
export function toAnnotationCollection(items: ReadonlyArray<{ annotation: ExportableAnnotation; source: AnnotationSource }>, meta: CollectionMeta): object {
  const id = meta.id ? iriFor(meta.id, 'collection') : `urn:uuid:${randomUUID()}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: meta.label,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: items.map((i) => annotation(i.annotation, i.source)) },
  };
}
