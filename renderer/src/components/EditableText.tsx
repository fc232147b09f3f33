// A value shown as text that becomes an input on click (or when `editing` is set from a shortcut). Enter saves,
// Escape cancels. If saving fails, the input stays open with what was typed and the reason beside it.
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

interface Props {
  value: string;
  placeholder: string;
  label: string;
  onSave(value: string): Promise<void>;
  editing?: boolean;
  onEditingChange?(editing: boolean): void;
  className?: string;
  inputClassName?: string;
  listId?: string;
  hint?: string;
  display?: string | undefined;
  multiline?: boolean;
}

export function EditableText(props: Props) {
  const { value, placeholder, label, className, display } = props;
  const [localEditing, setLocalEditing] = useState(false);
  const editing = props.editing ?? localEditing;
  const setEditing = (next: boolean) => {
    setLocalEditing(next);
    props.onEditingChange?.(next);
  };
  if (editing) return <Editor {...props} onDone={() => setEditing(false)} />;
  return (
    <button
      type="button"
      className={`editable ${className ?? ''}`}
      title={`Edit the ${label.toLowerCase()}`}
      aria-label={`${label}: ${display ?? (value || placeholder)}`}
      onClick={() => setEditing(true)}
    >
      {display ?? (value || <span className="placeholder">{placeholder}</span>)}
    </button>
  );
}

/** The open editor; mounted fresh each time editing starts, so it always begins from the current value. */
function Editor({ value, placeholder, label, onSave, inputClassName, listId, hint, multiline, onDone }: Props & { onDone(): void }) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Enter and the blur that follows (the input is disabled while saving) must not save twice.
  const committing = useRef(false);
  const errorId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const commit = async () => {
    if (committing.current) return;
    if (draft.trim() === value.trim()) {
      onDone();
      return;
    }
    committing.current = true;
    setSaving(true);
    try {
      await onSave(draft.trim());
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setSaving(false);
      requestAnimationFrame(() => inputRef.current?.focus());
    } finally {
      committing.current = false;
    }
  };

  const common = {
    ref: inputRef,
    className: `edit-input ${inputClassName ?? ''}`,
    value: draft,
    placeholder,
    'aria-label': label,
    'aria-invalid': error !== null,
    'aria-describedby': error ? errorId : undefined,
    readOnly: saving,
    dir: 'auto' as const,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      setError(null);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        void commit();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onDone();
      }
    },
    onBlur: () => {
      if (!error) void commit();
    },
  };
  return (
    <span className="edit-wrap">
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" list={listId} {...common} />}
      {hint && !error && <span className="edit-hint">{hint}</span>}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
