// The reader: the clip's metadata (each part editable), its title, and its text in a readable column.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Article } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { invalidateLibrary, useArticle, useOutlets } from '../api/queries';
import { formatPublished, languageName } from '../format';
import { ArticleHtml } from './ArticleHtml';
import { ArticleText, selectionOffsets } from './ArticleText';
import { StatementsPanel } from './StatementsPanel';
import { EditableText } from './EditableText';
import { useToast } from './Toasts';

interface Props {
  onOpen?(id: string): void;
  articleId: string | null;
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

export function Reader({ onOpen, articleId, editingTitle, onEditingTitleChange, onTrash, onRestore, onPurge }: Props) {
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
  const [panelOpen, setPanelOpen] = useState(true);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const statements = useQuery({
    queryKey: ['statements', articleId],
    queryFn: () => call('statements.list', { articleId: articleId! }),
    enabled: articleId !== null,
  });
  const officials = useQuery({ queryKey: ['officials', 'names'], queryFn: () => call('officials.list', {}), staleTime: 30_000 });

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
    <article className="reader" aria-label="Reader" lang={a.language ?? undefined}>
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
            <button type="button" className="button subtle" onClick={() => onTrash(a)} title="Move to trash (Delete)">
              Move to trash
            </button>
          </div>
        )}
      </header>
      {!a.deletedAt && (
        <details className="statements-details" open={panelOpen} onToggle={(e) => setPanelOpen((e.target as HTMLDetailsElement).open)}>
          <summary>
            {statements.data ? `${statements.data.filter((st) => st.status !== 'rejected').length} statements` : 'Statements'}
            {statements.data && statements.data.length > 0 && (
              <span className="summary-speakers">
                {' '}
                by {[...new Set(statements.data.filter((st) => st.status !== 'rejected').map((st) => st.speakerName ?? 'unknown'))].join(', ')}
              </span>
            )}
          </summary>
          <StatementsPanel
            articleId={a.id}
            statements={statements.data ?? []}
            activeId={activeStatement}
            onActivate={setActiveStatement}
            officialNames={officials.data?.map((o) => o.canonicalName) ?? []}
            selection={selection}
            onAdded={() => {
              setSelection(null);
              window.getSelection()?.removeAllRanges();
            }}
          />
        </details>
      )}
      {layout === 'original' && a.html ? (
        <ArticleHtml html={a.html} />
      ) : (
        <div
          ref={bodyRef}
          onMouseUp={() => setSelection(selectionOffsets(bodyRef.current))}
          onKeyUp={() => setSelection(selectionOffsets(bodyRef.current))}
        >
          <ArticleText
            text={a.text}
            dir={a.dir}
            statements={statements.data ?? []}
            activeId={activeStatement}
            onStatementClick={(id) => {
              setActiveStatement(id);
              setPanelOpen(true);
            }}
          />
        </div>
      )}
    </article>
  );
}
