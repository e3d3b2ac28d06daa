/**
 * The renderer's Content-Security-Policy, in one place: vite writes it into index.html's meta tag (the
 * only CSP under file:// in the desktop app) and the browser-mode server also sends it as a header.
 * No inline scripts or styles: React and echarts set styles through the CSSOM, which CSP allows.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Header-only directives (a meta tag can't carry them). */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;
