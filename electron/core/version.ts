// Replaced at bundle time from package.json; the fallback serves tests that import the sources directly.
declare const __TANDEM_VERSION__: string | undefined;
export const APP_VERSION = typeof __TANDEM_VERSION__ === 'string' ? __TANDEM_VERSION__ : '0.0.0-dev';
