import type { SavedSearch } from '../../../electron/api/types';
import type { View } from '../api/queries';
import { useAppInfo } from '../api/queries';
import { formatCount } from '../format';
import { useFeeds } from './Feeds';
import { useOfficials } from './Officials';
import { Watchlists } from './search/Watchlists';

/** The end of a long path is the part that tells libraries apart. */
function shortPath(path: string): string {
  return path.length <= 34 ? path : `…${path.slice(-33)}`;
}

/** A library that cannot be written says so where the person looks for what they can do, with the reason. */
function LibraryState({ readOnly, health }: { readOnly: string | null; health: 'ok' | 'checking' | 'damaged' }) {
  if (health === 'damaged') {
    return (
      <p className="library-state danger" role="alert">
        <strong>Library damaged.</strong> A check of its structure failed, so Verbatim writes nothing to it. Quit, copy the file somewhere safe and run <code>verbatim check</code>, or restore a backup.
      </p>
    );
  }
  if (readOnly === null) return null;
  return (
    <p className="library-state" role="status">
      <strong>Read-only</strong> ({readOnly}). You can read, search and export; clipping and edits are off.
    </p>
  );
}

interface Props {
  view: View;
  onView(view: View): void;
  onNewClip(): void;
  onImport(): void;
  onImportFolder(): void;
  onShortcuts(): void;
  onSettings(): void;
  activeWatchId: string | null;
  onRunSaved(saved: SavedSearch): void;
}

export function Sidebar({ view, onView, onNewClip, onImport, onImportFolder, onShortcuts, onSettings, activeWatchId, onRunSaved }: Props) {
  const info = useAppInfo();
  const feeds = useFeeds();
  const officials = useOfficials();
  // Nothing can be clipped into a library that cannot be written; LibraryState below says why.
  const cannotWrite = info.data !== undefined && (info.data.readOnly !== null || info.data.health === 'damaged');
  const items: Array<{ id: View; label: string; count: number | undefined }> = [
    { id: 'library', label: 'Library', count: info.data?.articleCount },
    { id: 'statements', label: 'Statements', count: undefined },
    { id: 'officials', label: 'Officials', count: officials.data?.length },
    { id: 'organize', label: 'Organize', count: undefined },
    { id: 'feeds', label: 'Feeds', count: feeds.data?.length },
    { id: 'reports', label: 'Reports', count: undefined },
    { id: 'trash', label: 'Trash', count: info.data?.trashCount },
  ];
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">
        <img src="./icon.svg" alt="" width={22} height={22} />
        <span>Verbatim</span>
      </div>
      <button type="button" className="button primary new-clip" onClick={onNewClip} disabled={cannotWrite} title="New clip (N), or paste anywhere with Ctrl+V">
        New clip
      </button>
      <button type="button" className="button import-files" onClick={onImport} disabled={cannotWrite} title="Import files (Ctrl+O): pages, e-mails, PDFs, clip logs, feeds, zips">
        Import files…
      </button>
      <button type="button" className="link-button import-folder" onClick={onImportFolder} disabled={cannotWrite} title="Import every file in a folder, as one background job">
        or a whole folder…
      </button>
      <ul className="nav-list">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`nav-item${view === item.id ? ' active' : ''}`}
              aria-current={view === item.id ? 'page' : undefined}
              onClick={() => onView(item.id)}
              title={item.id === 'organize' ? 'Topics, tags and annotations (G then O)' : item.id === 'statements' ? 'Search what was said, by official (G then S)' : item.id === 'reports' ? 'Digests, coverage reports and dossiers (G then R)' : undefined}
            >
              <span>{item.label}</span>
              {item.count !== undefined && item.count > 0 && <span className="count">{formatCount(item.count)}</span>}
            </button>
          </li>
        ))}
      </ul>
      <Watchlists activeId={activeWatchId} onRun={onRunSaved} />
      {info.data && <LibraryState readOnly={info.data.readOnly} health={info.data.health} />}
      <div className="sidebar-foot">
        <button type="button" className="link-button" onClick={onSettings}>
          Settings
        </button>
        <button type="button" className="link-button" onClick={onShortcuts}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
        {info.data && (
          <div className="library-path" title={info.data.libraryPath}>
            {shortPath(info.data.libraryPath)}
          </div>
        )}
      </div>
    </nav>
  );
}
