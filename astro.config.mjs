// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadGlossary, GLOSSARY_FILE, glossaryTermsPlugin } from './src/lib/glossary/index.ts';
import { lineBreaksPlugin } from './src/lib/falc/index.ts';
import { safePagesGuard, foldSectionsPlugin } from './src/lib/pages/index.ts';

// The territory's public address is passed by scripts/build.ts; the fallback only serves `astro dev`.
const site = process.env.ILS_SITE_URL ?? 'https://example.invalid/';
// Glossary terms are marked at compile time: no JavaScript in the visitor's browser.
const glossary = loadGlossary(GLOSSARY_FILE).entries;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  // FALC pages: first use of a glossary word linked to its definition; one rendered line per source sentence;
  // on a long page, the sections after the first ones folded under their titles (front matter `foldAfter`).
  // Our plugins type the tree with a small structural HAST shape rather than Sätteri's full one.
  markdown: {
    processor: satteri({
      // A page with code, a foreign tag or an unsafe address is refused before it is compiled.
      mdastPlugins: /** @type {any} */ ([safePagesGuard()]),
      hastPlugins: /** @type {any} */ ([
        glossaryTermsPlugin({ entries: glossary }),
        lineBreaksPlugin,
        foldSectionsPlugin,
      ]),
    }),
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX page with the directive "use astro:head-inject" and reads it itself, before
        // bundling; Rolldown then warns, in English and once per MDX page (about 110 lines), that the
        // directive "may not be preserved". It does not need to be: only that exact warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // No telemetry, no prefetch: nothing leaves the visitor's browser that they did not ask for.
  prefetch: false,
});
