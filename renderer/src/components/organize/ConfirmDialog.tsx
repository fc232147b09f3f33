// A yes-or-no question before something that cannot be undone, on the app's modal dialog.
import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog } from '../Dialog';

interface Props {
  title: string;
  open: boolean;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}

export function ConfirmDialog({ title, open, confirmLabel, onConfirm, onClose, children }: Props) {
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <ConfirmBody confirmLabel={confirmLabel} onConfirm={onConfirm} onClose={onClose}>
        {children}
      </ConfirmBody>
    </Dialog>
  );
}

function ConfirmBody({ confirmLabel, onConfirm, onClose, children }: Omit<Props, 'title' | 'open'>) {
  const confirm = useRef<HTMLButtonElement>(null);
  // The dialog focuses its first control when it opens, after this effect; the answer gets focus just after that.
  useEffect(() => {
    const timer = window.setTimeout(() => confirm.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="confirm-body">
      <div className="confirm-text">{children}</div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          ref={confirm}
          type="button"
          className="button danger"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
