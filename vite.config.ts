// Builds the renderer (React + MUI) into dist/renderer. The same bundle is served by the
// Electron app through app://zorgtafel/ and by `vite preview` for the browser host.
import { readFileSync } from 'node:fs';
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
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
      ],
    },
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
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
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
});
