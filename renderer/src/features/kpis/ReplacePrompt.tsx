import { Dialog } from '../../ui/Dialog';

/** Asked when new snapshots repeat stored ones (same metric, period and team). */
export function ReplacePrompt({ message, onReplace, onCancel }: { message: string | null; onReplace(): void; onCancel(): void }) {
  return (
    <Dialog title="Replace existing snapshots?" open={message !== null} onClose={onCancel} onSubmit={onReplace} submitLabel="Replace" cancelLabel="Keep the stored values">
      <p className="dialog-text">{message}</p>
    </Dialog>
  );
}
