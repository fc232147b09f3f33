// The Organize view: the library's topics, tags and annotations, each on its own tab. It takes the list and reader
// panes together, since the topic form needs room for its rule's preview beside the tree.
import { useId, useState, type KeyboardEvent } from 'react';
import { AnnotationsTab } from './AnnotationsTab';
import { TagsTab } from './TagsTab';
import { TopicsTab } from './TopicsTab';
import './organize.css';

type Tab = 'topics' | 'tags' | 'annotations';
const TABS: Array<[Tab, string]> = [
  ['topics', 'Topics'],
  ['tags', 'Tags'],
  ['annotations', 'Annotations'],
];

export function Organize({ onOpenArticle }: { onOpenArticle(id: string): void }) {
  const [tab, setTab] = useState<Tab>('topics');
  const id = useId();
  // Arrow keys move between tabs, as the ARIA tabs pattern has it.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    event.stopPropagation();
    const at = TABS.findIndex(([t]) => t === tab);
    const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]![0];
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <section className="organize" aria-label="Organize">
      <header className="organize-header">
        <h1 className="list-title">Organize</h1>
        <div className="organize-tabs" role="tablist" aria-label="What to organize" onKeyDown={onKeyDown}>
          {TABS.map(([t, label]) => (
            <button
              key={t}
              id={`${id}-${t}`}
              type="button"
              role="tab"
              aria-selected={tab === t}
              aria-controls={`${id}-panel`}
              tabIndex={tab === t ? 0 : -1}
              className="organize-tab"
              onClick={() => setTab(t)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <div className="organize-panel" id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-${tab}`}>
        {tab === 'topics' ? <TopicsTab onOpenArticle={onOpenArticle} /> : tab === 'tags' ? <TagsTab /> : <AnnotationsTab onOpenArticle={onOpenArticle} />}
      </div>
    </section>
  );
}
