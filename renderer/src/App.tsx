// The window: sidebar, clip list and reader, the paste-anywhere handler and the keyboard shortcuts.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticlePage, ArticleSummary, ClipResult } from '../../electron/api/types';
import { call, errorMessage } from './api/client';
import { fetchPage, invalidateLibrary, keys, PAGE_SIZE, useLibraryEvents, type ListView, type View } from './api/queries';
import { ArticleList, type ArticleListHandle } from './components/ArticleList';
import { EmptyLibrary, EmptyTrash, NoMatches } from './components/EmptyLibrary';
import { FeedDetail, FeedsPane, useFeeds } from './components/Feeds';
import { OfficialDetailView, OfficialsPane } from './components/Officials';
import { Organize } from './components/organize/Organize';
import { useGoToOrganize } from './components/organize/useGoToOrganize';
import { JobStrip } from './components/JobStrip';
import { PasteDialog } from './components/PasteDialog';
import { Reader } from './components/Reader';
import { SettingsDialog } from './components/SettingsDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Sidebar } from './components/Sidebar';
import { Splitter, usePaneWidth } from './components/Splitter';
import { useToast } from './components/Toasts';
import { ACCEPTED_FILES, asWebAddress } from './api/files';
import { useClipping } from './useClipping';
import { formatPublished } from './format';

const VIEW_TITLES: Record<View, string> = { library: 'Library', trash: 'Trash', feeds: 'Feeds', officials: 'Officials', organize: 'Organize' };

interface Selection {
  id: string;
  index: number;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function App() {
  useLibraryEvents();
  const client = useQueryClient();
  const toast = useToast();
  const [view, setView] = useState<View>('library');
  const [feedId, setFeedId] = useState<string | null>(null);
  const [officialId, setOfficialId] = useState<string | null>(null);
  const feeds = useFeeds();
  const listView: ListView = view === 'trash' ? 'trash' : 'library';
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Selection | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [editingTitle, setEditingTitle] = useState(false);
  const [sidebarWidth, setSidebarWidth] = usePaneWidth('sidebar', 200, 160, 320);
  const [listWidth, setListWidth] = usePaneWidth('list', 380, 260, 640);
  const listRef = useRef<ArticleListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchInput.trim()), 150);
    return () => window.clearTimeout(timer);
  }, [searchInput]);

  const itemAt = useCallback(
    async (index: number): Promise<ArticleSummary | undefined> => {
      const page = Math.floor(index / PAGE_SIZE);
      const data = await client.fetchQuery<ArticlePage>({ queryKey: keys.page(listView, search, page), queryFn: () => fetchPage(listView, search, page), staleTime: 5_000 });
      return data.items[index % PAGE_SIZE];
    },
    [client, listView, search],
  );

  const select = useCallback((id: string, index: number) => {
    setSelected({ id, index });
    setEditingTitle(false);
    listRef.current?.scrollToIndex(index);
  }, []);

  const move = useCallback(
    async (delta: number) => {
      if (view !== 'library' && view !== 'trash') return;
      const total = client.getQueryData<ArticlePage>(keys.page(listView, search, 0))?.total ?? 0;
      if (total === 0) return;
      const from = selected ? selected.index : -1;
      const next = Math.min(total - 1, Math.max(0, from + delta));
      const item = await itemAt(next);
      if (item) select(item.id, next);
    },
    [client, view, listView, search, selected, itemAt, select],
  );

  const showView = useCallback((next: View) => {
    setView(next);
    setSelected(null);
  }, []);
  useGoToOrganize(useCallback(() => showView('organize'), [showView]));
  const openArticle = useCallback((id: string) => {
    setView('library');
    setSelected({ id, index: -1 });
  }, []);

  const onClipped = useCallback(
    (result: ClipResult) => {
      const { article, status } = result;
      setView('library');
      setSearchInput('');
      setSearch('');
      setSelected({ id: article.id, index: -1 });
      invalidateLibrary(client, [article.id]);
      const where = [article.outlet, article.publishedAt && formatPublished(article.publishedAt)].filter(Boolean).join(', ');
      if (status === 'duplicate') {
        toast({ message: `Already in your library: “${article.title}”.` });
        return;
      }
      toast({
        message: `${status === 'restored' ? 'Restored from the trash' : 'Clipped'}: “${article.title}”${where ? ` (${where})` : ''}.`,
        action: {
          label: 'Undo',
          run: () => {
            call('articles.trash', { ids: [article.id] })
              .then(() => invalidateLibrary(client, [article.id]))
              .catch((err: unknown) => toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` }));
          },
        },
      });
    },
    [client, toast],
  );

  const { clipText, clipHtml, clipUrl, clipFiles } = useClipping(onClipped);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pickFiles = useCallback(() => fileInput.current?.click(), []);
  const pickFolder = useCallback(() => folderInput.current?.click(), []);
  // React does not know the folder picker's attribute; it is set on the element directly.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);

  const trash = useCallback(
    async (article: Pick<Article, 'id' | 'title'>) => {
      try {
        const index = selected?.id === article.id ? selected.index : -1;
        // The clip below takes the removed one's place; at the end of the list, the one above.
        const next = index >= 0 ? await itemAt(index + 1) : undefined;
        const previous = index > 0 && !next ? await itemAt(index - 1) : undefined;
        await call('articles.trash', { ids: [article.id] });
        invalidateLibrary(client, [article.id]);
        if (next) setSelected({ id: next.id, index });
        else if (previous) setSelected({ id: previous.id, index: index - 1 });
        else setSelected(null);
        toast({
          message: `Moved to the trash: “${article.title}”.`,
          action: {
            label: 'Undo',
            run: () => {
              call('articles.restore', { ids: [article.id] })
                .then(() => invalidateLibrary(client, [article.id]))
                .catch((err: unknown) => toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` }));
            },
          },
        });
      } catch (err) {
        toast({ tone: 'error', message: `Could not move it to the trash: ${errorMessage(err)}` });
      }
    },
    [client, itemAt, selected, toast],
  );

  const restore = useCallback(
    async (article: Article) => {
      try {
        await call('articles.restore', { ids: [article.id] });
        invalidateLibrary(client, [article.id]);
        setSelected(null);
        toast({ message: `Restored to the library: “${article.title}”.` });
      } catch (err) {
        toast({ tone: 'error', message: `Could not restore it: ${errorMessage(err)}` });
      }
    },
    [client, toast],
  );

  const purge = useCallback(
    async (article: Article) => {
      try {
        await call('articles.purge', { ids: [article.id] });
        invalidateLibrary(client, [article.id]);
        setSelected(null);
        toast({ message: `Deleted for good: “${article.title}”.` });
      } catch (err) {
        toast({ tone: 'error', message: `Could not delete it: ${errorMessage(err)}` });
      }
    },
    [client, toast],
  );

  // Ctrl/⌘+V anywhere outside a text field clips what is on the clipboard.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || dialogOpen()) return;
      const data = event.clipboardData;
      const text = data?.getData('text/plain') ?? '';
      const html = data?.getData('text/html') ?? '';
      const files = Array.from(data?.files ?? []);
      event.preventDefault();
      const url = asWebAddress(text);
      if (files.length > 0) void clipFiles(files);
      else if (url) void clipUrl(url);
      else if (html.trim() !== '') void clipHtml(html, text);
      else if (text.trim() !== '') void clipText(text);
      else toast({ tone: 'error', message: 'The clipboard holds no text to clip. Copy the article’s text and paste again.' });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [clipText, clipHtml, clipUrl, clipFiles, toast]);

  // Files dropped anywhere on the window are clipped; the page never navigates to them.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDropping(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDropping(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      depth = 0;
      setDropping(false);
      void clipFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [clipFiles]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        pickFiles();
        return;
      }
      if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      if (mod || event.altKey || isTyping(event.target) || dialogOpen()) return;
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          event.preventDefault();
          void move(1);
          break;
        case 'k':
        case 'ArrowUp':
          event.preventDefault();
          void move(-1);
          break;
        case 'Enter':
          if (selected) readerRef.current?.focus();
          break;
        case 'e':
          if (selected) {
            event.preventDefault();
            setEditingTitle(true);
          }
          break;
        case 'n':
          event.preventDefault();
          setPasteOpen(true);
          break;
        case 'Delete':
        case 'Backspace':
          if (selected && view === 'library') {
            event.preventDefault();
            const title = client.getQueryData<Article>(keys.article(selected.id))?.title ?? 'clip';
            void trash({ id: selected.id, title });
          }
          break;
        case '?':
          setShortcutsOpen(true);
          break;
        default:
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, move, pickFiles, selected, trash, view]);

  const empty = search ? <NoMatches search={search} /> : view === 'trash' ? <EmptyTrash /> : <EmptyLibrary onNewClip={() => setPasteOpen(true)} onImport={pickFiles} />;

  return (
    <div className="app" style={{ gridTemplateColumns: `${sidebarWidth}px 1px ${listWidth}px 1px minmax(0, 1fr)` }}>
      <Sidebar view={view} onView={showView} onNewClip={() => setPasteOpen(true)} onImport={pickFiles} onImportFolder={pickFolder} onShortcuts={() => setShortcutsOpen(true)} onSettings={() => setSettingsOpen(true)} />
      <Splitter label="Resize the sidebar" width={sidebarWidth} min={160} max={320} onResize={setSidebarWidth} />
      {view === 'organize' ? (
        <Organize onOpenArticle={openArticle} />
      ) : (
        <>
          <section className="list-pane" aria-label={VIEW_TITLES[view]}>
            <div className="list-header">
              <h1 className="list-title">{VIEW_TITLES[view]}</h1>
              {(view === 'library' || view === 'trash') && (
                <input
                  ref={searchRef}
                  className="search"
                  type="search"
                  value={searchInput}
                  placeholder="Search clips   Ctrl+K"
                  aria-label="Search clips"
                  onChange={(e) => setSearchInput(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      setSearchInput('');
                      e.currentTarget.blur();
                    } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
                      e.preventDefault();
                      e.currentTarget.blur();
                      void move(selected ? 0 : 1);
                    }
                  }}
                />
              )}
            </div>
            {view === 'feeds' ? (
              <FeedsPane selectedId={feedId} onSelect={setFeedId} />
            ) : view === 'officials' ? (
              <OfficialsPane selectedId={officialId} onSelect={setOfficialId} />
            ) : (
              <ArticleList
                ref={listRef}
                view={listView}
                search={search}
                selectedId={selected?.id ?? null}
                onSelect={(item, index) => select(item.id, index)}
                empty={empty}
              />
            )}
          </section>
          <Splitter label="Resize the list" width={listWidth} min={260} max={640} onResize={setListWidth} />
          <main className="reader-pane" ref={readerRef} tabIndex={-1}>
            {view === 'feeds' ? (
              <FeedDetail feed={feeds.data?.find((f) => f.id === feedId)} onRemoved={() => setFeedId(null)} />
            ) : view === 'officials' ? (
              <OfficialDetailView
                id={officialId}
                onRemoved={() => setOfficialId(null)}
                onOpenArticle={openArticle}
              />
            ) : (
              <Reader
                onOpen={(id) => setSelected({ id, index: -1 })}
                articleId={selected?.id ?? null}
                editingTitle={editingTitle}
                onEditingTitleChange={setEditingTitle}
                onTrash={(a) => void trash(a)}
                onRestore={(a) => void restore(a)}
                onPurge={(a) => void purge(a)}
              />
            )}
          </main>
        </>
      )}
      <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onClipped={onClipped} onClipUrl={(url) => void clipUrl(url)} />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_FILES}
        aria-label="Files to import"
        onChange={(e) => {
          void clipFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        onChange={(e) => {
          // Hidden files (.DS_Store and the like) are not clips.
          void clipFiles(Array.from(e.target.files ?? []).filter((f) => !/(^|\/)\./.test(f.webkitRelativePath || f.name)));
          e.target.value = '';
        }}
      />
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          <div>
            <strong>Drop to clip</strong>
            <span>Web pages, saved pages, text, e-mails, PDFs, clip logs, feeds or a zip of them</span>
          </div>
        </div>
      )}
      <JobStrip />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
