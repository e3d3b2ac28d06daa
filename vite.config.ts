import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { RENDERER_CSP } from './shared/security/csp';

const injectCsp: Plugin = {
  name: 'tandem-csp',
  transformIndexHtml: (html) => html.replace('%TANDEM_CSP%', RENDERER_CSP),
};

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs, so the same build loads from file:// (desktop) and http:// (browser mode).
  base: './',
  plugins: [react(), injectCsp],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
