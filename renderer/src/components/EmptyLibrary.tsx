// What an empty library says: how to get the first clip in, with the shortcut, and that feeds can bring clips in.
export function EmptyLibrary({ onNewClip, onImport, onFeeds }: { onNewClip(): void; onImport(): void; onFeeds(): void }) {
  return (
    <div className="empty">
      <h2>Your library is empty</h2>
      <p>Copy an article from a web page or an e-mail, come back here and press</p>
      <p className="empty-keys">
        <kbd>Ctrl</kbd> + <kbd>V</kbd>
      </p>
      <p>Verbatim keeps the text, removes the page clutter and finds the outlet, the date and a title.</p>
      <p>Or drop files here: web pages, saved pages, e-mails, PDFs, clip logs (CSV, Excel), feeds, or a zip of them.</p>
      <div className="empty-actions">
        <button type="button" className="button primary" onClick={onNewClip}>
          Paste an article…
        </button>
        <button type="button" className="button" onClick={onImport}>
          Import files…
        </button>
        <button type="button" className="button" onClick={onFeeds}>
          Follow a feed…
        </button>
      </div>
      <p>Feeds follow a news site’s RSS or Atom feed and clip each new article as it appears.</p>
      <p className="empty-small">
        From a terminal: <code>verbatim import clips/ alerts.eml https://…</code>
      </p>
    </div>
  );
}

export function EmptyTrash() {
  return (
    <div className="empty">
      <h2>The trash is empty</h2>
      <p>Clips you delete wait here until you restore them or delete them for good.</p>
    </div>
  );
}

export function NoMatches({ search }: { search: string }) {
  return (
    <div className="empty">
      <h2>No clips match “{search}”</h2>
      <p>Every word must appear in the title or the text; the last word may be the start of a word.</p>
    </div>
  );
}
