// Builds the renderer (React + MUI) into dist/renderer. The same bundle is served by the
// Electron app through app://zorgtafel/ and by `vite preview` for the browser host.
// `vite build --mode bench` adds the benchmark page (renderer/bench/index.html) next to the app;
// every other mode builds the app alone, so no release ever contains the benchmark page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp';

/** Puts the app's Content-Security-Policy into index.html so the browser host runs under it too. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'zorgtafel-csp',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

/** Rollup inputs: the app, plus the benchmark page in bench mode only. */
function buildInputs(mode: string): Record<string, string> {
  const app = { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) };
  return mode === 'bench'
    ? { ...app, bench: fileURLToPath(new URL('./renderer/bench/index.html', import.meta.url)) }
    : app;
}

export default defineConfig(({ mode }) => ({
  root: 'renderer',
  // Only the version travels into the bundle, not the rest of package.json.
  define: { __APP_VERSION__: JSON.stringify(version) },
  base: '/',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No source maps in release builds: they would ship our source, not user data, but keep the asar lean.
    sourcemap: false,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: buildInputs(mode) },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
}));
