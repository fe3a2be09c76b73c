// Builds the single-page app into apps/web/dist (served at / by the server) and, in
// development, proxies the API to the server on port 3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const server = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    // Workspace packages resolve to their TypeScript source, so no prior build is needed.
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows no inline scripts or styles: keep every asset a separate file.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': server, '/healthz': server, '/readyz': server },
  },
});
