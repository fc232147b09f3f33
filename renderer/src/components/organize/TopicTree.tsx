// The topic tree: one focusable row at a time (roving tabindex), arrows to move and open branches, Enter to edit
// the selected topic, Delete to remove it. Rows are flat in the DOM with aria-level, as ARIA allows for trees.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TopicRecord } from '../../../../electron/api/types';
import { formatCount } from '../../format';
import { plural } from './api';
import { visibleRows, type TreeRow } from './topicTree';

interface Props {
  topics: readonly TopicRecord[];
  selectedId: string | null;
  expanded: ReadonlySet<string>;
  onToggle(id: string, open: boolean): void;
  onSelect(id: string): void;
  onEdit(id: string): void;
  onDelete(topic: TopicRecord): void;
}

export function TopicTree({ topics, selectedId, expanded, onToggle, onSelect, onEdit, onDelete }: Props) {
  const rows = visibleRows(topics, expanded);
  const refs = useRef(new Map<string, HTMLDivElement>());
  const focusedByKeys = useRef(false);

  // Focus follows the selection when the keyboard moved it, not when a click elsewhere changed it.
  useEffect(() => {
    if (!focusedByKeys.current || !selectedId) return;
    focusedByKeys.current = false;
    refs.current.get(selectedId)?.focus();
  }, [selectedId, rows.length]);

  const index = rows.findIndex((r) => r.topic.id === selectedId);
  const go = (to: TreeRow | undefined) => {
    if (!to) return;
    focusedByKeys.current = true;
    onSelect(to.topic.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: TreeRow) => {
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        go(rows[index + 1] ?? rows[0]);
        break;
      case 'ArrowUp':
        handled();
        go(index > 0 ? rows[index - 1] : rows[rows.length - 1]);
        break;
      case 'Home':
        handled();
        go(rows[0]);
        break;
      case 'End':
        handled();
        go(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        handled();
        if (row.hasChildren && !expanded.has(row.topic.id)) onToggle(row.topic.id, true);
        else if (row.hasChildren) go(rows[rows.indexOf(row) + 1]);
        break;
      case 'ArrowLeft':
        handled();
        if (row.hasChildren && expanded.has(row.topic.id)) onToggle(row.topic.id, false);
        else go(rows.find((r) => r.topic.id === row.topic.parentId));
        break;
      case 'Enter':
        handled();
        onEdit(row.topic.id);
        break;
      case 'Delete':
      case 'Backspace':
        handled();
        onDelete(row.topic);
        break;
      default:
    }
  };

  return (
    <div className="topic-tree" role="tree" aria-label="Topics">
      {rows.map((row) => {
        const t = row.topic;
        const selected = t.id === selectedId;
        const open = expanded.has(t.id);
        return (
          <div
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
              else refs.current.delete(t.id);
            }}
            role="treeitem"
            aria-level={row.depth}
            aria-posinset={row.position}
            aria-setsize={row.siblings}
            aria-selected={selected}
            aria-expanded={row.hasChildren ? open : undefined}
            aria-label={`${t.name}: ${plural(t.articleCount, 'clip', 'clips')}, ${plural(t.statementCount, 'statement', 'statements')}`}
            tabIndex={selected || (selectedId === null && row === rows[0]) ? 0 : -1}
            className={`topic-row${selected ? ' selected' : ''}`}
            style={{ paddingInlineStart: 6 + (row.depth - 1) * 16 }}
            onClick={() => onSelect(t.id)}
            onDoubleClick={() => onEdit(t.id)}
            onKeyDown={(e) => onKeyDown(e, row)}
          >
            <span
              className={`twisty${row.hasChildren ? '' : ' leaf'}`}
              aria-hidden="true"
              onClick={(e) => {
                if (!row.hasChildren) return;
                e.stopPropagation();
                onToggle(t.id, !open);
              }}
            >
              {row.hasChildren ? (open ? '▾' : '▸') : ''}
            </span>
            <span className="topic-name" dir="auto">
              {t.name}
            </span>
            {!t.rule && !row.hasChildren && <span className="topic-norule" title="No rule: only what you assign by hand">manual</span>}
            <span className="topic-counts" title={`${plural(t.articleCount, 'clip', 'clips')}, ${plural(t.statementCount, 'statement', 'statements')}`}>
              <span className="topic-count">{formatCount(t.articleCount)}</span>
              <span className="topic-count">{formatCount(t.statementCount)}</span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
