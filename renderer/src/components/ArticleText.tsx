// The article's text in its paragraphs, with each statement underlined in its speaker's colour and the speaker
// named after it (colour is never the only label). Every run of text carries its offset, so that a selection can
// be turned back into offsets into the article's text. Highlights are marks inside those runs (nested where they
// overlap, each translucent so both show); a statement's underline and a highlight's background layer.
// A long text is rendered a few blocks at a time around what is on screen (see VirtualBlocks), so that a 3 MB clip
// opens as fast as a short one; `handleRef.reveal` brings any offset into the page first.
import { useImperativeHandle, useMemo, type ReactNode, type Ref } from 'react';
import type { AnnotationRecord, StatementInfo } from '../../../electron/api/types';
import { textBlocks, type TextBlock } from './reader/blocks';
import { highlightPieces, HighlightRun } from './reader/HighlightRun';
import { VirtualBlocks } from './reader/VirtualBlocks';

export function speakerHue(name: string | null): number {
  if (!name) return 6;
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 6;
}

export function shortName(name: string | null): string {
  if (!name) return 'unknown';
  return name.split(/\s+/).at(-1) ?? name;
}

export interface ArticleTextHandle {
  /** Renders the block holding `offset` and scrolls it into view; resolves once it is in the page. */
  reveal(offset: number): Promise<void>;
  /** True when only part of the text is in the page, so the browser's own find cannot see all of it. */
  partial: boolean;
}

/** Up to this many blocks everything is rendered at once (and the browser's find sees it all). */
export const RENDER_ALL_UP_TO = 150;

interface Props {
  text: string;
  dir: 'ltr' | 'rtl' | null;
  statements: StatementInfo[];
  activeId: string | null;
  onStatementClick(id: string): void;
  annotations?: AnnotationRecord[];
  activeAnnotationId?: string | null;
  onAnnotationClick?(id: string, element: HTMLElement): void;
  /** The element that scrolls the text (the reader's pane); needed for long texts. */
  scrollElement?: () => HTMLElement | null;
  handleRef?: Ref<ArticleTextHandle>;
}

interface Segment {
  start: number;
  end: number;
  statement?: StatementInfo;
}

/** The index of the first statement (sorted by start) that can reach into `from`. */
function firstReaching(statements: StatementInfo[], from: number): number {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (statements[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  // A statement that starts before the block can run into it; a few steps back cover those (statements are
  // sentences, and only a handful start between the start of a long one and its end).
  return Math.max(0, low - 16);
}

function segmentsOf(pStart: number, pEnd: number, statements: StatementInfo[]): Segment[] {
  const segments: Segment[] = [];
  let at = pStart;
  for (let i = firstReaching(statements, pStart); i < statements.length && statements[i]!.start < pEnd; i++) {
    const s = statements[i]!;
    if (s.end <= pStart || s.end <= at) continue;
    const start = Math.max(s.start, at, pStart);
    const end = Math.min(s.end, pEnd);
    if (start > at) segments.push({ start: at, end: start });
    segments.push({ start, end, statement: s });
    at = end;
  }
  if (at < pEnd) segments.push({ start: at, end: pEnd });
  return segments;
}

export function ArticleText({ text, dir, statements, activeId, onStatementClick, annotations = [], activeAnnotationId = null, onAnnotationClick, scrollElement, handleRef }: Props) {
  const blocks = useMemo(() => textBlocks(text), [text]);
  const visible = useMemo(() => statements.filter((s) => s.status !== 'rejected').sort((a, b) => a.start - b.start), [statements]);
  const placed = useMemo(() => annotations.filter((a) => a.start !== null && a.end !== null), [annotations]);
  const partial = blocks.length > RENDER_ALL_UP_TO && scrollElement !== undefined;
  // A text rendered whole answers for itself; a partial one's handle is VirtualBlocks'.
  useImperativeHandle(partial ? undefined : handleRef, () => ({ reveal: () => Promise.resolve(), partial: false }), []);

  // A run of text with the highlights over it; a run no highlight touches stays a bare string, as before.
  const runs = (start: number, end: number): ReactNode => {
    const pieces = highlightPieces(start, end, placed);
    if (pieces.length === 1 && pieces[0]!.covering.length === 0) return text.slice(start, end);
    return pieces.map((piece) => (
      <HighlightRun key={piece.start} text={text} piece={piece} activeId={activeAnnotationId} onClick={(id, el) => onAnnotationClick?.(id, el)} />
    ));
  };

  const renderBlock = (p: TextBlock, index: number) => (
    <p key={p.start} dir="auto" data-block={index} className={blocks[index + 1]?.continued ? 'continues' : undefined}>
      {segmentsOf(p.start, p.end, visible).map((seg) => {
        const content = text.slice(seg.start, seg.end);
        if (!seg.statement) {
          const inner = runs(seg.start, seg.end);
          if (typeof inner !== 'string') return <span key={seg.start}>{inner}</span>;
          return (
            <span key={seg.start} data-offset={seg.start}>
              {content}
            </span>
          );
        }
        const s = seg.statement;
        const last = seg.end === Math.min(s.end, p.end);
        return (
          <span key={seg.start} className="statement-run">
            <mark
              data-offset={seg.start}
              className={`statement hue-${speakerHue(s.speakerName)}${s.id === activeId ? ' active' : ''}${s.kind === 'reported' ? ' reported' : ''}`}
              title={`${s.speakerName ?? 'Unknown speaker'}${s.cue ? ` · ${s.cue}` : ''} · ${s.kind === 'direct' ? 'quotation' : 'reported'}`}
              onClick={() => onStatementClick(s.id)}
            >
              {runs(seg.start, seg.end)}
            </mark>
            {last && s.end <= p.end && (
              <span className={`speaker-tag hue-${speakerHue(s.speakerName)}`} aria-label={`said by ${s.speakerName ?? 'an unknown speaker'}`} contentEditable={false}>
                {shortName(s.speakerName)}
              </span>
            )}
          </span>
        );
      })}
    </p>
  );

  if (partial) return <VirtualBlocks blocks={blocks} dir={dir} scrollElement={scrollElement} renderBlock={renderBlock} handleRef={handleRef} />;
  return (
    <div className="reader-body" dir={dir ?? 'auto'}>
      {blocks.map(renderBlock)}
    </div>
  );
}

/** The offsets into the article's text of the current selection inside the reader, if any. */
export function selectionOffsets(container: HTMLElement | null): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const element = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-offset]');
    if (!element || !container.contains(element)) return null;
    return Number(element.dataset.offset) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
