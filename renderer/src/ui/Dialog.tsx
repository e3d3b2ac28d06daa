import { useEffect, useId, useRef, type ReactNode } from 'react';
import { returnFocusAfterDialog } from './focusReturn';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  /** Without one, the dialog only informs or offers its own choices, and has just the close button. */
  submitLabel?: string;
  cancelLabel?: string;
  /** Red submit button, and focus starts on Cancel, for destructive actions. */
  danger?: boolean;
  onSubmit(): void;
  busy?: boolean;
}

/** A modal built on <dialog>: focus is trapped, Escape closes, the page behind is inert, and focus goes back to the opener. */
export function Dialog({ title, open, onClose, children, submitLabel, cancelLabel = 'Cancel', danger, onSubmit, busy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // Dialogs mounted per use close by unmounting, without a close event.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) returnFocusAfterDialog();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        returnFocusAfterDialog();
        onClose(); // Escape closes the dialog natively; this tells the parent
      }}
    >
      {open && (
        <form
          method="dialog"
          noValidate
          aria-busy={busy}
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) onSubmit();
          }}
        >
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-footer">
            <button type="button" onClick={onClose} autoFocus={danger}>
              {cancelLabel}
            </button>
            {submitLabel && (
              <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
                {submitLabel}
              </button>
            )}
          </div>
        </form>
      )}
    </dialog>
  );
}
