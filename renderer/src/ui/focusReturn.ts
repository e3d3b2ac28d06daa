// Where focus goes when a dialog closes: back to the control that opened it, even when that dialog
// was opened from another one (a template picked, then the SLA form); else to the page's heading.
let lastOutsideDialog: HTMLElement | null = null;

if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement && !e.target.closest('dialog')) lastOutsideDialog = e.target;
  });
}

export function returnFocusAfterDialog(): void {
  requestAnimationFrame(() => {
    if (document.querySelector('dialog[open]')) return; // another dialog took over
    // Focus already went somewhere on the page (the browser returned it, or the user moved on): leave it.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active.isConnected && !active.closest('dialog')) return;
    const target = lastOutsideDialog?.isConnected ? lastOutsideDialog : document.querySelector<HTMLElement>('main h1');
    target?.focus();
  });
}
