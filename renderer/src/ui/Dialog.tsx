import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  submitLabel: string;
  cancelLabel?: string;
  /** Red submit button, and focus starts on Cancel, for destructive actions. */
  danger?: boolean;
  onSubmit(): void;
  busy?: boolean;
}

/** A modal built on <dialog>: focus is trapped, Escape closes, the page behind is inert. */
export function Dialog({ title, open, onClose, children, submitLabel, cancelLabel = 'Cancel', danger, onSubmit, busy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onClose={onClose} onCancel={onClose}>
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
          <h2 id="dialog-title">{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-footer">
            <button type="button" onClick={onClose} autoFocus={danger}>
              {cancelLabel}
            </button>
            <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
              {submitLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
