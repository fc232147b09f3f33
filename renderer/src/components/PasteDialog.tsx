// "New clip": paste an article's text, see what Verbatim found in it (title, outlet, date, what it will remove)
// and correct any of it before the clip is saved.
import { useEffect, useState } from 'react';
import type { ClipResult, PastePreview } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { asWebAddress } from '../api/files';
import { formatPublished, languageName } from '../format';
import { Dialog } from './Dialog';

interface Props {
  open: boolean;
  onClose(): void;
  onClipped(result: ClipResult): void;
  onClipUrl(url: string): void;
}

export function PasteDialog({ open, onClose, onClipped, onClipUrl }: Props) {
  // The form mounts only while the dialog is open, so every new clip starts from an empty form.
  return (
    <Dialog title="New clip" open={open} onClose={onClose} wide>
      <PasteForm onClose={onClose} onClipped={onClipped} onClipUrl={onClipUrl} />
    </Dialog>
  );
}

function PasteForm({ onClose, onClipped, onClipUrl }: Omit<Props, 'open'>) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PastePreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState('');
  const [touched, setTouched] = useState({ title: false, outlet: false, date: false });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Analyse the text a moment after typing stops; what the person already corrected is kept.
  const url = asWebAddress(text);
  const hasText = text.trim() !== '' && url === undefined;
  useEffect(() => {
    if (!hasText) return;
    let current = true;
    const timer = window.setTimeout(() => {
      call('clips.preview', { text })
        .then((p) => {
          if (!current) return;
          setPreview(p);
          setPreviewError(null);
          setTitle((t) => (touched.title ? t : p.title));
          setOutlet((o) => (touched.outlet ? o : (p.outlet ?? '')));
          setDate((d) => (touched.date ? d : (p.publishedAt ?? '')));
        })
        .catch((err: unknown) => {
          if (!current) return;
          setPreview(null);
          setPreviewError(errorMessage(err));
        });
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, hasText, touched]);
  const shown = hasText ? preview : null;
  const shownError = hasText ? previewError : null;

  const submit = async () => {
    if (url) {
      onClipUrl(url);
      onClose();
      return;
    }
    if (!shown || saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const result = await call('clips.fromText', {
        text,
        ...(touched.title && title.trim() !== '' && { title }),
        outlet: outlet.trim() === '' ? null : outlet,
        publishedAt: date.trim() === '' ? null : date.trim(),
      });
      onClipped(result);
      onClose();
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      >
        <label className="field">
          <span className="field-label">Article text</span>
          <textarea
            className="paste-text"
            value={text}
            autoFocus
            dir="auto"
            placeholder="Paste the article here (the whole page copy is fine: Verbatim removes the page clutter), or a web address."
            onChange={(e) => setText(e.target.value)}
            aria-describedby="paste-status"
          />
        </label>
        <div id="paste-status" className="paste-status" role={shownError ? 'alert' : undefined}>
          {url
            ? 'A web address: Verbatim will fetch the page and clip its article (this needs the network).'
            : (shownError ?? (shown ? `${shown.paragraphCount} paragraphs${shown.language ? ` · ${languageName(shown.language)}` : ''}` : 'Waiting for text, or a web address'))}
        </div>
        {shown && (
          <div className="paste-found">
            <label className="field">
              <span className="field-label">Title {touched.title ? '' : '(found in the text)'}</span>
              <input
                type="text"
                value={title}
                dir="auto"
                onChange={(e) => {
                  setTitle(e.target.value);
                  setTouched((t) => ({ ...t, title: true }));
                }}
              />
            </label>
            <div className="field-row">
              <label className="field">
                <span className="field-label">Outlet</span>
                <input
                  type="text"
                  value={outlet}
                  placeholder="Unknown"
                  onChange={(e) => {
                    setOutlet(e.target.value);
                    setTouched((t) => ({ ...t, outlet: true }));
                  }}
                />
              </label>
              <label className="field">
                <span className="field-label">Published {date && /^\d{4}-\d{2}-\d{2}/.test(date) ? `(${formatPublished(date)})` : ''}</span>
                <input
                  type="text"
                  value={date}
                  placeholder="YYYY-MM-DD"
                  onChange={(e) => {
                    setDate(e.target.value);
                    setTouched((t) => ({ ...t, date: true }));
                  }}
                />
              </label>
            </div>
            {shown.removed.length > 0 && (
              <div className="removed">
                <span className="field-label">Removed from the text</span>
                <ul>
                  {shown.removed.map((line, i) => (
                    <li key={i} dir="auto">
                      {line}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {saveError && (
          <p className="field-error" role="alert">
            {saveError}
          </p>
        )}
        <footer className="dialog-footer">
          <span className="hint">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to clip
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={(!shown && !url) || saving}>
            {saving ? 'Clipping…' : url ? 'Fetch and clip' : 'Clip it'}
          </button>
        </footer>
      </form>
  );
}
