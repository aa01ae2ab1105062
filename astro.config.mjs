// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The territory's public address is passed by scripts/build.ts; the fallback only serves `astro dev`.
const site = process.env.ILS_SITE_URL ?? 'https://example.invalid/';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  // No telemetry, no prefetch: nothing leaves the visitor's browser that they did not ask for.
  prefetch: false,
});
