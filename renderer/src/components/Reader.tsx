// The reader: the clip's metadata (each part editable), its title, its tone, tags and topics, and its text in a
// readable column with statements and highlights, the text first: the statements and highlights stand beside it on
// a wide pane and fold to a summary line above it on a narrow one (see ReaderSide).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AnnotationRecord, Article, StatementInfo } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { invalidateLibrary, useArticle, useOutlets } from '../api/queries';
import { formatPublished, languageName } from '../format';
import { ArticleHtml } from './ArticleHtml';
import { ArticleText, selectionOffsets, type ArticleTextHandle } from './ArticleText';
import { EditableText } from './EditableText';
import { useToast } from './Toasts';
import { EditTextDialog } from './reader/EditTextDialog';
import { FindBar } from './reader/FindBar';
import { ReaderSide } from './reader/ReaderSide';
import { rangeAt } from './reader/textRange';
import { useRememberedFlag } from './reader/useRemembered';
import { useWidth } from './reader/useWidth';
import { HighlightPopover, type HighlightTarget } from './reader/HighlightPopover';
import { shortcutAllowed } from './keys';
import { OrganizeStrip } from './reader/OrganizeStrip';
import { useOrganization } from './reader/useOrganization';

interface Props {
  onOpen?(id: string): void;
  articleId: string | null;
  /** Where a statement opened from the explorer starts: it is scrolled into view and marked active. */
  focusOffset?: number | null;
  editingTitle: boolean;
  onEditingTitleChange(editing: boolean): void;
  onTrash(article: Article): void;
  onRestore(article: Article): void;
  onPurge(article: Article): void;
}

const SOURCE_LABEL: Record<Article['sourceKind'], string> = {
  paste: 'Pasted',
  'text-file': 'Text file',
  html: 'Web page',
  url: 'Web',
  feed: 'Feed',
  email: 'E-mail',
  pdf: 'PDF',
  list: 'Clip list',
};

/** From this width of the reader's pane on, the statements stand in a column beside the text. */
export const SIDE_COLUMN_FROM_PX = 780;

export function Reader({ onOpen, articleId, focusOffset = null, editingTitle, onEditingTitleChange, onTrash, onRestore, onPurge }: Props) {
  const article = useArticle(articleId);
  const outlets = useOutlets();
  const group = useQuery({
    queryKey: ['syndication', articleId, article.data?.syndicationGroup],
    queryFn: () => call('articles.syndication', { id: articleId! }),
    enabled: articleId !== null && Boolean(article.data?.syndicationGroup),
  });
  const client = useQueryClient();
  const toast = useToast();
  const [confirmPurge, setConfirmPurge] = useState(false);
  const [layout, setLayout] = useState<'text' | 'original'>('text');
  const [activeStatement, setActiveStatement] = useState<string | null>(null);
  const [articleNode, setArticleNode] = useState<HTMLElement | null>(null);
  const paneWidth = useWidth(articleNode?.parentElement);
  const wide = paneWidth === null || paneWidth >= SIDE_COLUMN_FROM_PX;
  const [openWide, setOpenWide] = useRememberedFlag('statements-wide', true);
  const [openNarrow, setOpenNarrow] = useRememberedFlag('statements-narrow', false);
  const panelOpen = wide ? openWide : openNarrow;
  const setPanelOpen = wide ? setOpenWide : setOpenNarrow;
  const [highlightsOpen, setHighlightsOpen] = useRememberedFlag('highlights', true);
  const [finding, setFinding] = useState(false);
  const textHandle = useRef<ArticleTextHandle>(null);
  const scrollElement = useCallback(() => articleNode?.parentElement ?? null, [articleNode]);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const statements = useQuery({
    queryKey: ['statements', articleId],
    queryFn: () => call('statements.list', { articleId: articleId! }),
    enabled: articleId !== null,
  });
  const officials = useQuery({ queryKey: ['officials', 'names'], queryFn: () => call('officials.list', {}), staleTime: 30_000 });
  const organization = useOrganization(articleId);
  const tagInputRef = useRef<HTMLInputElement>(null);
  const textWrapRef = useRef<HTMLDivElement>(null);
  // The highlight form, remembered with the clip it belongs to so that opening another clip leaves it behind.
  const [popover, setPopover] = useState<{ articleId: string; target: HighlightTarget; position: { top: number; left: number }; focus: boolean } | null>(null);
  const [editingText, setEditingText] = useState(false);
  const shownPopover = popover?.articleId === articleId ? popover : null;
  useFocusStatement(articleId, focusOffset, statements.data, bodyRef, textHandle, setActiveStatement);

  /** Where the form goes: under the selected words or the highlight, inside the text's column. */
  const placeBelow = (rect: DOMRect) => {
    const box = textWrapRef.current?.getBoundingClientRect();
    if (!box) return { top: 0, left: 0 };
    return { top: rect.bottom - box.top + 8, left: Math.max(0, Math.min(rect.left - box.left, box.width - 320)) };
  };

  const openNewHighlight = (focus: boolean): boolean => {
    const offsets = selectionOffsets(bodyRef.current);
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    if (!offsets || !range || articleId === null) return false;
    const statement = (statements.data ?? []).find((s) => s.status !== 'rejected' && s.start <= offsets.start && offsets.end <= s.end) ?? null;
    setPopover({ articleId, target: { kind: 'new', ...offsets, statement }, position: placeBelow(range.getBoundingClientRect()), focus });
    return true;
  };

  const openHighlight = async (annotation: AnnotationRecord, element?: HTMLElement) => {
    // A long text may not have the highlight's paragraph in the page yet.
    if (!element && annotation.start !== null) await textHandle.current?.reveal(annotation.start);
    const mark = element ?? bodyRef.current?.querySelector<HTMLElement>(`[data-annotation="${annotation.id}"]`);
    if (!mark || articleId === null) return;
    if (!element) mark.scrollIntoView({ block: 'center' });
    setPopover({ articleId, target: { kind: 'edit', annotation }, position: placeBelow(mark.getBoundingClientRect()), focus: !element });
  };

  const closePopover = (saved: boolean) => {
    setPopover(null);
    if (saved) {
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    }
  };

  /** Brings the words at `offset` into view in the text, unless they are on screen already. */
  const showInText = async (offset: number) => {
    await textHandle.current?.reveal(offset);
    const mark = bodyRef.current?.querySelector<HTMLElement>(`[data-offset="${offset}"]`);
    const pane = scrollElement();
    if (!mark || !pane) return;
    const box = mark.getBoundingClientRect();
    const view = pane.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) mark.scrollIntoView({ block: 'center' });
  };

  /** Shows what find found: its paragraph brought into the page and the words selected (H then highlights them). */
  const revealFound = async (start: number, end: number) => {
    await textHandle.current?.reveal(start);
    const range = bodyRef.current ? rangeAt(bodyRef.current, start, end) : null;
    if (!range) return;
    const selected = window.getSelection();
    selected?.removeAllRanges();
    selected?.addRange(range);
    setSelection({ start, end });
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };

  // H highlights the selection, T goes to the article's tags (1/2/3 for tone live in the organize strip, with Undo).
  // Ctrl/Cmd+F finds in a long clip, whose text is only partly in the page for the browser's own find.
  // Re-subscribed each render so the handler sees the current clip and selection.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const open = article.data;
      if (open && (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'f' || event.key === 'F') && textHandle.current?.partial) {
        event.preventDefault();
        setFinding(true);
        return;
      }
      if (!open || open.deletedAt || !shortcutAllowed(event)) return;
      if (event.key === 'h' || event.key === 'H') {
        event.preventDefault();
        if (!openNewHighlight(true)) toast({ message: 'Select words in the text first, then press H to highlight them.' });
      } else if (event.key === 't' || event.key === 'T') {
        event.preventDefault();
        tagInputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (articleId === null) {
    return (
      <div className="reader-empty">
        <p className="reader-empty-title">No clip selected</p>
        <p>
          Choose a clip in the list, or move through it with <kbd>J</kbd> and <kbd>K</kbd>.
        </p>
      </div>
    );
  }
  if (article.isError) return <div className="reader-empty" role="alert">This clip could not be opened: {errorMessage(article.error)}</div>;
  if (!article.data) return <div className="reader-empty" aria-busy="true" />;
  const a = article.data;

  const save = async (change: { title?: string; outlet?: string | null; publishedAt?: string | null }, what: string) => {
    const before = { title: a.title, outlet: a.outlet, publishedAt: a.publishedAt };
    const updated = await call('articles.update', { id: a.id, ...change });
    client.setQueryData(['article', a.id], updated);
    invalidateLibrary(client, [a.id]);
    toast({
      message: `${what} changed.`,
      action: {
        label: 'Undo',
        run: () => {
          const revert = Object.fromEntries(Object.keys(change).map((k) => [k, before[k as keyof typeof before]]));
          call('articles.update', { id: a.id, ...revert })
            .then((reverted) => {
              client.setQueryData(['article', a.id], reverted);
              invalidateLibrary(client, [a.id]);
            })
            .catch((err: unknown) => toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` }));
        },
      },
    });
  };

  const language = languageName(a.language);

  return (
    <article ref={setArticleNode} className={`reader ${wide ? 'reader-wide' : 'reader-narrow'}`} aria-label="Reader" lang={a.language ?? undefined}>
      {a.deletedAt && (
        <div className="trash-banner" role="note">
          <span>This clip is in the trash.</span>
          <button type="button" className="button" onClick={() => onRestore(a)}>
            Restore
          </button>
          <button
            type="button"
            className={`button ${confirmPurge ? 'danger' : ''}`}
            onClick={() => {
              if (confirmPurge) onPurge(a);
              else {
                setConfirmPurge(true);
                window.setTimeout(() => setConfirmPurge(false), 4000);
              }
            }}
          >
            {confirmPurge ? 'Click again to delete forever' : 'Delete forever'}
          </button>
        </div>
      )}
      {a.integrity === 'changed-outside-verbatim' && (
        <div className="trash-banner integrity-banner" role="alert">
          <span>
            <strong>This clip’s text was changed outside Verbatim.</strong> It no longer matches what Verbatim stored, so the file was edited by another program or is damaged. Check it before quoting it: run <code>verbatim check</code>, or restore the library from a backup.
          </span>
        </div>
      )}
      <header className="reader-header">
        <div className="reader-meta">
          <EditableText
            label="Outlet"
            value={a.outlet ?? ''}
            placeholder="Add outlet"
            listId="outlet-names"
            className="meta-outlet"
            onSave={(v) => save({ outlet: v === '' ? null : v }, 'Outlet')}
          />
          <span aria-hidden="true">·</span>
          <EditableText
            label="Publication date"
            value={a.publishedAt ?? ''}
            display={a.publishedAt ? formatPublished(a.publishedAt) : undefined}
            placeholder="Add date"
            hint="YYYY-MM-DD"
            onSave={(v) => save({ publishedAt: v === '' ? null : v }, 'Date')}
          />
          {a.byline && (
            <>
              <span aria-hidden="true">·</span>
              <span className="meta-byline" dir="auto">{a.byline}</span>
            </>
          )}
          {language && (
            <>
              <span aria-hidden="true">·</span>
              <span>{language}</span>
            </>
          )}
          <span aria-hidden="true">·</span>
          <span title={a.sourceName ?? undefined}>{SOURCE_LABEL[a.sourceKind]}</span>
          {a.url && (
            <>
              <span aria-hidden="true">·</span>
              <a className="meta-link" href={a.url} target="_blank" rel="noopener noreferrer" title={a.url}>
                Open the original
              </a>
            </>
          )}
          <datalist id="outlet-names">
            {outlets.data?.map((o) => <option key={o.id} value={o.name} />)}
          </datalist>
          {!a.deletedAt && (
            <div className="reader-actions">
              {a.html && (
                <div className="segmented" role="group" aria-label="Show the article as">
                  <button type="button" aria-pressed={layout === 'text'} onClick={() => setLayout('text')}>
                    Text
                  </button>
                  <button type="button" aria-pressed={layout === 'original'} onClick={() => setLayout('original')}>
                    Original layout
                  </button>
                </div>
              )}
              {layout === 'text' && (
                <button type="button" className="button subtle" onClick={() => setEditingText(true)} title="Correct the article’s text; highlights follow their words">
                  Edit text…
                </button>
              )}
              <button type="button" className="button subtle" onClick={() => onTrash(a)} title="Move to trash (Delete)">
                Move to trash
              </button>
            </div>
          )}
        </div>
        <h1 className="reader-title" dir="auto">
          <EditableText
            label="Title"
            value={a.title}
            placeholder="Add a title"
            multiline
            editing={editingTitle}
            onEditingChange={onEditingTitleChange}
            inputClassName="title-input"
            onSave={(v) => save({ title: v }, 'Title')}
          />
        </h1>
        {a.originalPublication && (
          <p className="original-publication">
            First given to <strong dir="auto">{a.originalPublication}</strong>
          </p>
        )}
        {group.data && group.data.members.length > 1 && (
          <div className="syndication">
            <span className="field-label">The same story in {group.data.members.length} outlets</span>
            <ul>
              {group.data.members.map((m) => (
                <li key={m.id}>
                  {m.id === a.id ? (
                    <strong>{m.outlet ?? 'Unknown outlet'}</strong>
                  ) : (
                    <button type="button" className="link-button inline" onClick={() => onOpen?.(m.id)}>
                      {m.outlet ?? 'Unknown outlet'}
                    </button>
                  )}
                  <span> · {formatPublished(m.publishedAt)}</span>
                  {m.id === group.data.representative?.id && <span className="badge">first</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        {a.titleProvisional && (
          <p className="provisional">
            Title found in the text; press <kbd>E</kbd> or click it to correct it.
          </p>
        )}
      </header>
      {!a.deletedAt && <OrganizeStrip articleId={a.id} organization={organization.data} tagInputRef={tagInputRef} />}
      {organization.isError && (
        <p className="ro-form-error" role="alert">
          Tone, tags and highlights could not be loaded: {errorMessage(organization.error)}
        </p>
      )}
      <EditTextDialog article={a} open={editingText} onClose={() => setEditingText(false)} />
      <div className="reader-columns">
      {!a.deletedAt && (
        <ReaderSide
          articleId={a.id}
          articleTitle={a.title}
          statements={statements.data}
          organization={organization.data}
          activeStatement={activeStatement}
          onActivateStatement={(id) => {
            setActiveStatement(id);
            const statement = statements.data?.find((st) => st.id === id);
            if (statement) void showInText(statement.start);
          }}
          officialNames={officials.data?.map((o) => o.canonicalName) ?? []}
          selection={selection}
          onStatementAdded={() => {
            setSelection(null);
            window.getSelection()?.removeAllRanges();
          }}
          onOpenHighlight={(annotation) => void openHighlight(annotation)}
          onHighlightPlaced={() => closePopover(true)}
          statementsOpen={panelOpen}
          onStatementsOpen={setPanelOpen}
          highlightsOpen={highlightsOpen}
          onHighlightsOpen={setHighlightsOpen}
        />
      )}
      {layout === 'original' && a.html ? (
        <ArticleHtml html={a.html} />
      ) : (
        <div className="reader-text-wrap" ref={textWrapRef}>
          {finding && <FindBar text={a.text} onReveal={(start, end) => void revealFound(start, end)} onClose={() => setFinding(false)} />}
          <div
            ref={bodyRef}
            onMouseUp={() => {
              const offsets = selectionOffsets(bodyRef.current);
              setSelection(offsets);
              // A new selection offers the highlight form; a click elsewhere in the text closes the form (a click on a
              // highlight then opens that one).
              if (offsets && !a.deletedAt) openNewHighlight(false);
              else if (shownPopover) setPopover(null);
            }}
            onKeyUp={() => setSelection(selectionOffsets(bodyRef.current))}
          >
            <ArticleText
              key={a.id}
              text={a.text}
              scrollElement={scrollElement}
              handleRef={textHandle}
              dir={a.dir}
              statements={statements.data ?? []}
              activeId={activeStatement}
              onStatementClick={(id) => {
                setActiveStatement(id);
                setPanelOpen(true);
              }}
              annotations={organization.data?.annotations ?? []}
              activeAnnotationId={shownPopover?.target.kind === 'edit' ? shownPopover.target.annotation.id : null}
              onAnnotationClick={(id, element) => {
                const annotation = organization.data?.annotations.find((x) => x.id === id);
                if (annotation) void openHighlight(annotation, element);
              }}
            />
          </div>
          {shownPopover && (
            <HighlightPopover
              key={shownPopover.target.kind === 'edit' ? shownPopover.target.annotation.id : `${shownPopover.target.start}-${shownPopover.target.end}`}
              articleId={a.id}
              target={shownPopover.target}
              position={shownPopover.position}
              focus={shownPopover.focus}
              onClose={closePopover}
            />
          )}
        </div>
      )}
      </div>
    </article>
  );
}

/**
 * Scrolls the statement that starts at `offset` into view and marks it, once per article and offset; in a long text
 * its paragraph is brought into the page first.
 */
function useFocusStatement(
  articleId: string | null,
  offset: number | null,
  statements: StatementInfo[] | undefined,
  bodyRef: RefObject<HTMLDivElement | null>,
  textHandle: RefObject<ArticleTextHandle | null>,
  activate: (id: string) => void,
): void {
  const done = useRef('');
  useEffect(() => {
    const key = `${articleId}:${offset}`;
    const handle = textHandle.current;
    if (offset === null || !statements || !handle || done.current === key) return;
    done.current = key;
    void handle.reveal(offset).then(() => {
      const mark = bodyRef.current?.querySelector<HTMLElement>(`mark[data-offset="${offset}"]`);
      if (!mark) return;
      const statement = statements.find((s) => s.start === offset);
      if (statement) activate(statement.id);
      mark.scrollIntoView({ block: 'center' });
    });
  });
}
