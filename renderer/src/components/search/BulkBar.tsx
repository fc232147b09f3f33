// What can be done to several picked clips at once.
import { formatCount } from '../../format';

interface Props {
  count: number;
  onTag(): void;
  onTrash(): void;
  onClear(): void;
}

export function BulkBar({ count, onTag, onTrash, onClear }: Props) {
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected clips">
      <span className="bulk-count" role="status">
        {formatCount(count)} selected
      </span>
      <button type="button" className="button small" onClick={onTag} title="Tag every selected clip">
        Tag…
      </button>
      <button type="button" className="button small" onClick={onTrash} title="Move every selected clip to the trash (Delete)">
        Move to trash
      </button>
      <button type="button" className="button subtle small" onClick={onClear} title="Clear the selection (Escape)">
        Clear
      </button>
    </div>
  );
}
