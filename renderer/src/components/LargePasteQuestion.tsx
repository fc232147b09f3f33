// The question asked before a text over a megabyte is analysed: how long it is and what keeping it will cost.
import { Dialog } from './Dialog';
import { formatCount } from '../format';
import { formatBytes, type PasteSize } from './paste-size';
import './paste-size.css';

interface Props {
  size: PasteSize;
  onAccept(): void;
  onDecline(): void;
  declineLabel: string;
}

export function LargePasteQuestion({ size, onAccept, onDecline, declineLabel }: Props) {
  return (
    <div className="paste-large" role="group" aria-labelledby="paste-large-title" aria-describedby="paste-large-cost">
      <p id="paste-large-title" className="paste-large-title">
        This text is {formatBytes(size.bytes)}, about {formatCount(size.words)} words.
      </p>
      <p id="paste-large-cost">
        A news article is usually under 50 KB. Verbatim keeps all of it with its search index and every statement in
        it: the library will grow by about {formatBytes(size.libraryGrowth)}, analysing it takes several seconds, and
        the clip will be slower to open and to search.
      </p>
      <div className="paste-large-actions">
        <button type="button" className="button primary" data-autofocus onClick={onAccept}>
          Clip it anyway
        </button>
        <button type="button" className="button" onClick={onDecline}>
          {declineLabel}
        </button>
      </div>
    </div>
  );
}

/** Ctrl+V anywhere with a text over a megabyte on the clipboard: the same question, in a dialog of its own. */
export function LargePasteDialog({ size, onAccept, onClose }: { size: PasteSize | null; onAccept(): void; onClose(): void }) {
  return (
    <Dialog title="A very long text" open={size !== null} onClose={onClose}>
      {size && (
        <LargePasteQuestion
          size={size}
          onAccept={() => {
            onAccept();
            onClose();
          }}
          onDecline={onClose}
          declineLabel="Don’t clip it"
        />
      )}
    </Dialog>
  );
}
