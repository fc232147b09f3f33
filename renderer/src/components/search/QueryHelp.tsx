// The "?" beside the search box: the query language, as the main process's parser documents it (search.help).
// A non-modal popover; Escape or a click outside closes it, and an example can be added to the query.
import { useEffect, useId, useRef } from 'react';
import { errorMessage } from '../../api/client';
import { useSearchHelp } from './api';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onInsert(example: string): void;
}

export function QueryHelp({ open, onOpenChange, onInsert }: Props) {
  const id = useId();
  const help = useSearchHelp(open);
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, onOpenChange]);
  return (
    <div
      className="query-help-wrap"
      ref={wrap}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          onOpenChange(false);
        }
      }}
    >
      <button type="button" className="query-help-button" aria-label="Search help" aria-expanded={open} aria-controls={id} onClick={() => onOpenChange(!open)} title="How to write a search">
        ?
      </button>
      {open && (
        <div className="query-help" id={id} role="dialog" aria-label="How to search">
          <h2>How to search</h2>
          {help.isError && <p className="field-error">The help could not be loaded: {errorMessage(help.error)}</p>}
          <table>
            <tbody>
              {help.data?.map((item) => (
                <tr key={item.syntax}>
                  <th scope="row">
                    <code>{item.syntax}</code>
                  </th>
                  <td>{item.meaning}</td>
                  <td>
                    <button type="button" className="query-example" title="Add to the search" onClick={() => onInsert(item.example)}>
                      {item.example}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint-text">Case and accents do not matter: Hikmet finds Hikmət. Chinese and Japanese match one or two characters.</p>
        </div>
      )}
    </div>
  );
}
