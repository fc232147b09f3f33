// Tags as coloured chips (the name is always written; the colour is a dot beside it), each with × to remove, and
// an "Add tag" field that offers the library's tags and creates a new one on Enter.
import { useState, type CSSProperties, type Ref } from 'react';
import type { TagRef } from '../../../../electron/api/types';
import { useTagList } from './useOrganization';
import './reader-organize.css';

interface Props {
  tags: TagRef[];
  /** "article", "statement": names the list and the field for assistive technology. */
  owner: string;
  onAdd(name: string): void;
  onRemove(tag: TagRef): void;
  inputRef?: Ref<HTMLInputElement>;
  compact?: boolean;
}

export function TagChips({ tags, owner, onAdd, onRemove, inputRef, compact }: Props) {
  return (
    <div className={`ro-chip-row${compact ? ' compact' : ''}`}>
      {tags.length > 0 && (
        <ul className="ro-chips" aria-label={`Tags of the ${owner}`}>
          {tags.map((t) => (
            <li key={t.id}>
              <TagChip tag={t} onRemove={() => onRemove(t)} />
            </li>
          ))}
        </ul>
      )}
      <AddTag label={`Add tag to the ${owner}`} placeholder={compact ? '+ tag' : 'Add tag'} onAdd={onAdd} inputRef={inputRef} exclude={tags} />
    </div>
  );
}

export function TagChip({ tag, onRemove }: { tag: TagRef; onRemove?: () => void }) {
  return (
    <span className="ro-chip ro-tag-chip" style={{ '--tag': tag.color } as CSSProperties}>
      <span className="ro-chip-dot" aria-hidden="true" />
      <span dir="auto">{tag.name}</span>
      {onRemove && (
        <button
          type="button"
          className="ro-chip-x"
          aria-label={`Remove tag ${tag.name}`}
          onClick={(e) => {
            e.stopPropagation();
            onRemove();
          }}
        >
          ×
        </button>
      )}
    </span>
  );
}

interface AddProps {
  label: string;
  placeholder: string;
  onAdd(name: string): void;
  inputRef?: Ref<HTMLInputElement> | undefined;
  exclude?: TagRef[];
}

/** A text field with the library's tags as suggestions (a native combobox); Enter adds what is typed. */
export function AddTag({ label, placeholder, onAdd, inputRef, exclude = [] }: AddProps) {
  const tags = useTagList();
  const [draft, setDraft] = useState('');
  const listId = `tag-names-${label.replace(/\W+/g, '-')}`;
  const taken = new Set(exclude.map((t) => t.name.toLocaleLowerCase()));
  return (
    <>
      <input
        ref={inputRef}
        className="ro-add-chip-input"
        list={listId}
        value={draft}
        aria-label={label}
        placeholder={placeholder}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            const name = draft.trim();
            if (name) onAdd(name);
            setDraft('');
          } else if (e.key === 'Escape') {
            setDraft('');
            e.currentTarget.blur();
          }
        }}
      />
      <datalist id={listId}>
        {tags.data
          ?.filter((t) => !taken.has(t.name.toLocaleLowerCase()))
          .map((t) => (
            <option key={t.id} value={t.name} />
          ))}
      </datalist>
    </>
  );
}
