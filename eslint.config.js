// @ts-check
/**
 * ESLint: typescript-eslint strict rules, the Astro plugin, and the layering of DESIGN.md §3 as failing
 * rules, so that a wrong import is caught by `npm run lint`, not by a reviewer.
 */
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/** A module of src/lib may be imported from outside only through its entry (index.ts, or browser.ts for islands). */
const throughEntry = {
  regex: String.raw`(^|/)lib/[^/]+/(?!index\.ts$|browser\.ts$)[^/]+$`,
  message: 'Importez un module de src/lib par son entrée (index.ts, ou browser.ts pour un îlot).',
};

/** Inside src/lib, another module is reached through its entry too (a sibling file of the same module is fine). */
const siblingThroughEntry = {
  regex: String.raw`^\.\./[^/]+/(?!index\.ts$|browser\.ts$)[^/]+$`,
  message: 'Importez un autre module de src/lib par son entrée (index.ts, ou browser.ts pour un îlot).',
};

/** Domain code never depends on the site, the scripts or Astro. */
const libStaysPure = {
  // From src/lib/<module>/, `../../x` leaves src/lib: site components, pages, islands, src-level files, scripts.
  regex: String.raw`^\.\./\.\./(components|pages|layouts|client|styles)/|^\.\./\.\./[^/]+\.ts$|(^|/)scripts/|^astro(:|/|$)|\.astro$`,
  message: 'src/lib est du code de domaine : il n’importe ni composant, ni page, ni script, ni Astro.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', '.cache/**', '.build-tmp/**', 'coverage/**'] },
  ...tseslint.configs.strict,
  ...astro.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libStaysPure, siblingThroughEntry] }] },
  },
  {
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
    ignores: ['src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughEntry] }] },
  },
);
