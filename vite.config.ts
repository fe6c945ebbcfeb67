import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web app: built into dist/web and served by the API process in production. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Pages are loaded on demand (src/web/lib/lazy-page.ts). The libraries they share go in
        // one long-cached chunk, and small shared app modules are merged, rather than dozens
        // of tiny files: each file costs a round trip on a phone's connection.
        codeSplitting: {
          groups: [
            // Libraries only some pages load on demand stay out of it (jsqr: camera scanning).
            {
              name: 'vendor',
              test: (id) => id.includes('/node_modules/') && !id.includes('/node_modules/jsqr/'),
              priority: 20,
            },
            { name: 'shared', minShareCount: 2, minSize: 0, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
