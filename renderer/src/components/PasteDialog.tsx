// "New clip": paste an article's text, see what Verbatim found in it (title, outlet, date, what it will remove)
// and correct any of it before the clip is saved.
import { useEffect, useMemo, useState } from 'react';
import type { ClipResult, PastePreview } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { asWebAddress } from '../api/files';
import { formatPublished, languageName } from '../format';
import { Dialog } from './Dialog';
import { LargePasteQuestion } from './LargePasteQuestion';
import { formatBytes, LARGE_PASTE_BYTES, pasteSize } from './paste-size';

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

  // A text over a megabyte is analysed only once the person has said yes: its preview alone takes seconds.
  const size = useMemo(() => pasteSize(text), [text]);
  const large = size.bytes > LARGE_PASTE_BYTES;
  const [largeAccepted, setLargeAccepted] = useState(false);
  // A pasted text over a megabyte is held here, out of the text box (see onPaste).
  const [heldAside, setHeldAside] = useState(false);
  const clear = () => {
    setText('');
    setHeldAside(false);
    setLargeAccepted(false);
  };
  const askAboutSize = large && !largeAccepted;

  // Analyse the text a moment after typing stops; what the person already corrected is kept.
  const url = asWebAddress(text);
  const hasText = text.trim() !== '' && url === undefined && !askAboutSize;
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
        {heldAside ? (
          <div className="field">
            <span className="field-label">Article text</span>
            <div className="paste-held" aria-describedby="paste-status">
              <span>
                A pasted text of {formatBytes(size.bytes)}: too long to show for editing here (a text box that size takes
                Chromium a minute to lay out). Verbatim clips it as pasted.
              </span>
              <button type="button" className="button" onClick={clear}>
                Remove it
              </button>
            </div>
          </div>
        ) : (
          <label className="field">
            <span className="field-label">Article text</span>
            <textarea
              className="paste-text"
              value={text}
              autoFocus
              dir="auto"
              placeholder="Paste the article here (the whole page copy is fine: Verbatim removes the page clutter), or a web address."
              onChange={(e) => {
                setText(e.target.value);
                if (e.target.value === '') setLargeAccepted(false);
              }}
              onPaste={(e) => {
                // A text over a megabyte never goes into the text box: the box alone would freeze the window.
                const pasted = e.clipboardData.getData('text/plain');
                // UTF-8 takes at most three bytes per UTF-16 unit: a short paste is known small without encoding it.
                if (pasted.length * 3 <= LARGE_PASTE_BYTES || pasteSize(pasted).bytes <= LARGE_PASTE_BYTES) return;
                e.preventDefault();
                setText(pasted);
                setHeldAside(true);
                setLargeAccepted(false);
              }}
              aria-describedby="paste-status"
            />
          </label>
        )}
        {askAboutSize && url === undefined && <LargePasteQuestion size={size} onAccept={() => setLargeAccepted(true)} onDecline={clear} declineLabel="Clear the text" />}
        <div id="paste-status" className="paste-status" role={shownError ? 'alert' : undefined}>
          {askAboutSize && url === undefined
            ? 'Waiting for your answer about this long text'
            : url
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
