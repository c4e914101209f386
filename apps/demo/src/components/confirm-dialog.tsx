import { useEffect, useId, useRef } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A native modal `<dialog>` asking to confirm something that cannot be undone. The browser traps
 * focus inside it, closes it on Esc and makes the rest of the page inert; focus starts on the
 * safe choice (cancel) and returns to where it was when the dialog closes.
 */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
      // Start on the safe choice: Enter pressed by mistake must not delete anything. (React's
      // autoFocus runs at mount, while the dialog is still closed, so it cannot do this.)
      cancel.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Close first (the browser puts focus back on the trigger), then act: the action may move focus
  // on (to the new page's heading) and must not be overridden by the closing dialog.
  const confirm = () => {
    confirmed.current = true;
    ref.current?.close();
    onConfirm();
  };

  const restoreFocus = () => {
    const target = returnTo.current;
    returnTo.current = null;
    // Confirming may have removed the trigger (or moved to another page): then leave focus alone.
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  };

  return (
    <dialog
      ref={ref}
      className="app-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => {
        if (confirmed.current) {
          confirmed.current = false;
          returnTo.current = null;
          return;
        }
        if (open) onCancel();
        restoreFocus();
      }}
    >
      <h2 id={`${id}-title`} className="app-dialog__title">
        {title}
      </h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="app-button-group">
        <button type="button" className="app-button app-button--warning" onClick={confirm}>
          {confirmLabel}
        </button>
        <button
          ref={cancel}
          type="button"
          className="app-button app-button--secondary"
          onClick={onCancel}
        >
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
