/** The renderer is one page; the only navigation allowed is reloading that same file. */
export function isAllowedNavigation(target: string, indexUrl: string): boolean {
  try {
    const to = new URL(target);
    const home = new URL(indexUrl);
    return to.protocol === 'file:' && to.pathname === home.pathname;
  } catch {
    return false;
  }
}

/** IPC is only accepted from our own top-level page, never from a frame or a navigated-away page. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, indexUrl: string): boolean {
  return isMainFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl, indexUrl);
}
