// The window: sidebar, clip list and reader, the paste-anywhere handler and the keyboard shortcuts.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Article, ClipResult, SavedSearch } from '../../electron/api/types';
import type { StatementPlace } from './components/explorer/ReviewQueue';
import { call, errorMessage } from './api/client';
import { invalidateLibrary, keys, PAGE_SIZE, useLibraryEvents, type ListView, type View } from './api/queries';
import { ArticleList, type ArticleListHandle } from './components/ArticleList';
import { EmptyLibrary, EmptyTrash, NoMatches } from './components/EmptyLibrary';
import { EmptyTrashButton } from './components/EmptyTrashButton';
import { FeedDetail, FeedsPane, useFeeds } from './components/Feeds';
import { OfficialDetailView, OfficialsPane } from './components/Officials';
import { useResumedRegistryUndo } from './components/officials/useRegistryUndo';
import { Organize } from './components/organize/Organize';
import { Explorer } from './components/explorer/Explorer';
import { Reports } from './components/reports/Reports';
import { useGoToKeys } from './components/useGoToKeys';
import { dialogOpen, isTyping } from './components/keys';
import { BulkBar } from './components/search/BulkBar';
import { BulkTagDialog } from './components/search/BulkTagDialog';
import { FacetPanel } from './components/search/FacetPanel';
import { knownRows, useListCount } from './components/search/listCount';
import { listSource, type ListPage, type ListRow } from './components/search/listSource';
import { QueryBox } from './components/search/QueryBox';
import { SaveSearchDialog } from './components/search/SaveSearchDialog';
import { SearchToolbar } from './components/search/SearchToolbar';
import { searchKeys } from './components/search/api';
import { useMultiSelect } from './components/search/useMultiSelect';
import { useSearchState } from './components/search/useSearchState';
import { useWatchSession } from './components/search/useWatchSession';
import { JobStrip } from './components/JobStrip';
import { LargePasteDialog } from './components/LargePasteQuestion';
import { LARGE_PASTE_BYTES, pasteSize, type PasteSize } from './components/paste-size';
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

const VIEW_TITLES: Record<View, string> = { library: 'Library', trash: 'Trash', statements: 'Statements', feeds: 'Feeds', officials: 'Officials', organize: 'Organize', reports: 'Reports' };

interface Selection {
  id: string;
  index: number;
}

export function App() {
  useLibraryEvents();
  // A removal or merge of an official that a reload interrupted offers its Undo again, wherever the app opens.
  useResumedRegistryUndo();
  const client = useQueryClient();
  const toast = useToast();
  const [view, setView] = useState<View>('library');
  const [feedId, setFeedId] = useState<string | null>(null);
  const [officialId, setOfficialId] = useState<string | null>(null);
  const feeds = useFeeds();
  const listView: ListView = view === 'trash' ? 'trash' : 'library';
  const library = useSearchState();
  const statementSearch = useSearchState();
  const { query: libraryQuery, sort: librarySort, savedSearchId } = library.params;
  const source = useMemo(() => listSource(listView, { query: libraryQuery, sort: librarySort, savedSearchId }), [listView, libraryQuery, librarySort, savedSearchId]);
  // A search's rows come first; its total and facets follow from their own request.
  const { first: firstPage, total: listTotal, facets: searchFacets, facetsPending } = useListCount(source);
  const [facetsOpen, setFacetsOpen] = useState(false);
  const facetsId = useId();
  // The plain list (articles.list) has no facets; the panel then asks the search for the whole library's.
  const libraryFacets = useQuery({
    queryKey: searchKeys.facetsOnly(libraryQuery),
    queryFn: () => call('search.facets', { scope: 'articles', query: libraryQuery }),
    enabled: facetsOpen && view === 'library' && !source.searching,
  });
  const multi = useMultiSelect();
  const newIds = useWatchSession(savedSearchId, library.opened, firstPage.data?.items);
  const [focus, setFocus] = useState<{ articleId: string; offset: number } | null>(null);
  const [bulkTagOpen, setBulkTagOpen] = useState(false);
  const [savingSearch, setSavingSearch] = useState(false);
  const [selected, setSelected] = useState<Selection | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [largePaste, setLargePaste] = useState<{ size: PasteSize; clip(): void } | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [editingTitle, setEditingTitle] = useState(false);
  const [sidebarWidth, setSidebarWidth] = usePaneWidth('sidebar', 200, 160, 320);
  const [listWidth, setListWidth] = usePaneWidth('list', 380, 260, 640);
  const listRef = useRef<ArticleListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);

  const itemAt = useCallback(
    async (index: number): Promise<ListRow | undefined> => {
      const page = Math.floor(index / PAGE_SIZE);
      const data = await client.fetchQuery<ListPage>({ queryKey: source.key(page), queryFn: () => source.fetch(page), staleTime: 5_000 });
      return data.items[index % PAGE_SIZE];
    },
    [client, source],
  );

  const { only: pickOnly, extendTo: pickTo, toggle: pickToggle, clear: clearPicked } = multi;
  const { setNow: setLibraryQuery, run: runLibrarySaved } = library;
  const runStatementsSaved = statementSearch.run;
  const select = useCallback(
    (id: string, index: number) => {
      setSelected({ id, index });
      setEditingTitle(false);
      setFocus(null);
      pickOnly(id, index);
      listRef.current?.scrollToIndex(index);
    },
    [pickOnly],
  );

  /** J/K move the open clip; with Shift they stretch the picked range to it. */
  const move = useCallback(
    async (delta: number, extend = false) => {
      if (view !== 'library' && view !== 'trash') return;
      const total = knownRows(client, source);
      if (total === 0) return;
      const from = selected ? selected.index : -1;
      const next = Math.min(total - 1, Math.max(0, from + delta));
      const item = await itemAt(next);
      if (!item) return;
      if (extend && view === 'library') {
        setSelected({ id: item.id, index: next });
        listRef.current?.scrollToIndex(next);
        await pickTo(next, itemAt);
      } else select(item.id, next);
    },
    [client, view, source, selected, itemAt, select, pickTo],
  );

  const onRowClick = useCallback(
    (item: ListRow, index: number, event: MouseEvent) => {
      if (view === 'library' && (event.ctrlKey || event.metaKey)) {
        pickToggle(item.id, index, selected?.id ?? null);
        setSelected({ id: item.id, index });
      } else if (view === 'library' && event.shiftKey) {
        setSelected({ id: item.id, index });
        void pickTo(index, itemAt);
      } else select(item.id, index);
    },
    [view, pickToggle, pickTo, selected, itemAt, select],
  );

  const showView = useCallback(
    (next: View) => {
      setView(next);
      setSelected(null);
      clearPicked();
    },
    [clearPicked],
  );
  useGoToKeys(useMemo(() => ({ o: () => showView('organize'), s: () => showView('statements'), r: () => showView('reports') }), [showView]));
  const openArticle = useCallback((id: string) => {
    setView('library');
    setSelected({ id, index: -1 });
  }, []);
  /** From the explorer: the article in the library, scrolled to the statement and marked. */
  const openStatement = useCallback(
    (hit: StatementPlace) => {
      setView('library');
      setSelected({ id: hit.articleId, index: -1 });
      setFocus({ articleId: hit.articleId, offset: hit.start });
      clearPicked();
    },
    [clearPicked],
  );
  const runSaved = useCallback(
    (saved: SavedSearch) => {
      clearPicked();
      if (saved.scope === 'statements') {
        setView('statements');
        runStatementsSaved(saved);
      } else {
        setView('library');
        setSelected(null);
        runLibrarySaved(saved);
      }
    },
    [clearPicked, runLibrarySaved, runStatementsSaved],
  );

  const onClipped = useCallback(
    (result: ClipResult) => {
      const { article, status } = result;
      setView('library');
      setLibraryQuery('');
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
    [client, toast, setLibraryQuery],
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

  const trashPicked = useCallback(
    async (ids: string[]) => {
      try {
        const { count } = await call('articles.trash', { ids });
        invalidateLibrary(client, ids);
        clearPicked();
        setSelected(null);
        toast({
          message: `Moved ${count} clips to the trash.`,
          action: {
            label: 'Undo',
            run: () => {
              call('articles.restore', { ids })
                .then(() => invalidateLibrary(client, ids))
                .catch((err: unknown) => toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` }));
            },
          },
        });
      } catch (err) {
        toast({ tone: 'error', message: `Could not move them to the trash: ${errorMessage(err)}` });
      }
    },
    [client, clearPicked, toast],
  );
  const picked = useMemo(() => (view === 'library' && multi.checked.size > 1 ? [...multi.checked] : []), [view, multi.checked]);

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
      // A clipboard over a megabyte is asked about first: analysing it alone takes seconds.
      const size = files.length === 0 && !url ? pasteSize(html.length > text.length ? html : text) : null;
      const clip = html.trim() !== '' ? () => void clipHtml(html, text) : () => void clipText(text);
      if (files.length > 0) void clipFiles(files);
      else if (url) void clipUrl(url);
      else if (size && size.bytes > LARGE_PASTE_BYTES) setLargePaste({ size, clip });
      else if (html.trim() !== '' || text.trim() !== '') clip();
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
      if (mod && event.key.toLowerCase() === 'a' && view === 'library' && !isTyping(event.target) && !dialogOpen()) {
        event.preventDefault();
        void multi.all(knownRows(client, source), itemAt);
        return;
      }
      if (mod || event.altKey || isTyping(event.target) || dialogOpen()) return;
      switch (event.key) {
        case 'J':
          event.preventDefault();
          void move(1, true);
          break;
        case 'K':
          event.preventDefault();
          void move(-1, true);
          break;
        case 'Escape':
          if (picked.length > 0) clearPicked();
          break;
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
          if (picked.length > 0) {
            event.preventDefault();
            void trashPicked(picked);
          } else if (selected && view === 'library') {
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
  }, [client, move, pickFiles, selected, trash, view, multi, source, itemAt, picked, clearPicked, trashPicked]);

  const queryError = firstPage.data?.error ?? null;
  // While the person is still typing, the last run's error may point at text that has changed.
  const shownError = queryError && library.input.trim() === libraryQuery ? queryError : null;
  const empty = queryError ? (
    <div className="empty">
      <h2>The search cannot run yet</h2>
      <p>Correct the query where it is marked above; the “?” beside the box shows how searches are written.</p>
    </div>
  ) : libraryQuery ? (
    <NoMatches search={libraryQuery} />
  ) : view === 'trash' ? (
    <EmptyTrash />
  ) : (
    <EmptyLibrary onNewClip={() => setPasteOpen(true)} onImport={pickFiles} onFeeds={() => showView('feeds')} />
  );
  const activeWatchId = view === 'library' ? (library.watch?.id ?? null) : view === 'statements' ? (statementSearch.watch?.id ?? null) : null;

  return (
    <div className="app" style={{ gridTemplateColumns: `${sidebarWidth}px 1px ${listWidth}px 1px minmax(0, 1fr)` }}>
      <Sidebar
        view={view}
        onView={showView}
        onNewClip={() => setPasteOpen(true)}
        onImport={pickFiles}
        onImportFolder={pickFolder}
        onShortcuts={() => setShortcutsOpen(true)}
        onSettings={() => setSettingsOpen(true)}
        activeWatchId={activeWatchId}
        onRunSaved={runSaved}
      />
      <Splitter label="Resize the sidebar" width={sidebarWidth} min={160} max={320} onResize={setSidebarWidth} />
      {view === 'organize' ? (
        <Organize onOpenArticle={openArticle} />
      ) : view === 'reports' ? (
        <Reports />
      ) : view === 'statements' ? (
        <Explorer search={statementSearch} inputRef={searchRef} onOpenStatement={openStatement} onSaved={runSaved} />
      ) : (
        <>
          <section className="list-pane" aria-label={VIEW_TITLES[view]}>
            <div className="list-header">
              <div className="list-title-row">
                <h1 className="list-title">{VIEW_TITLES[view]}</h1>
                {view === 'library' && library.watch && <span className="watch-chip">Watchlist: {library.watch.name}</span>}
                {view === 'trash' && <EmptyTrashButton onEmptied={() => setSelected(null)} />}
              </div>
              {(view === 'library' || view === 'trash') && (
                <QueryBox
                  label="Search clips"
                  placeholder={view === 'trash' ? 'Search the trash   Ctrl+K' : 'Search clips   Ctrl+K'}
                  value={library.input}
                  onChange={library.setInput}
                  error={view === 'library' ? shownError : null}
                  inputRef={searchRef}
                  help={view === 'library'}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      setLibraryQuery('');
                      e.currentTarget.blur();
                    } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
                      e.preventDefault();
                      e.currentTarget.blur();
                      void move(selected ? 0 : 1);
                    }
                  }}
                />
              )}
              {view === 'library' && (
                <SearchToolbar
                  total={listTotal}
                  noun={['clip', 'clips']}
                  tookMs={firstPage.data?.tookMs ?? null}
                  sort={library.sort}
                  onSort={library.setSort}
                  sortChoices={library.sortChoices}
                  facetsOpen={facetsOpen}
                  onFacetsOpen={setFacetsOpen}
                  facetsId={facetsId}
                  onSave={libraryQuery && !queryError ? () => setSavingSearch(true) : null}
                />
              )}
            </div>
            {view === 'library' && facetsOpen && (
              <div className="library-facets" id={facetsId} role="region" aria-label="Facets">
                <FacetPanel facets={source.searching ? searchFacets : libraryFacets.data?.facets} pending={source.searching && facetsPending} query={library.input} onQuery={setLibraryQuery} />
              </div>
            )}
            {picked.length > 0 && <BulkBar count={picked.length} onTag={() => setBulkTagOpen(true)} onTrash={() => void trashPicked(picked)} onClear={clearPicked} />}
            {view === 'feeds' ? (
              <FeedsPane selectedId={feedId} onSelect={setFeedId} />
            ) : view === 'officials' ? (
              <OfficialsPane selectedId={officialId} onSelect={setOfficialId} />
            ) : (
              <ArticleList
                ref={listRef}
                view={listView}
                source={source}
                selectedId={selected?.id ?? null}
                checked={view === 'library' ? multi.checked : new Set()}
                newIds={newIds}
                onSelect={onRowClick}
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
                focusOffset={focus && focus.articleId === selected?.id ? focus.offset : null}
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
      <BulkTagDialog open={bulkTagOpen} ids={picked} onClose={() => setBulkTagOpen(false)} />
      <SaveSearchDialog open={savingSearch} query={libraryQuery} scope="articles" onClose={() => setSavingSearch(false)} onSaved={runSaved} />
      <LargePasteDialog size={largePaste?.size ?? null} onAccept={() => largePaste?.clip()} onClose={() => setLargePaste(null)} />
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
