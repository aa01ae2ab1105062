// @ts-check
/**
 * ESLint: typescript-eslint strict rules, the Astro plugin, and the layering of docs/architecture.md as failing
 * rules, so that a wrong import is caught by `npm run lint`, not by a reviewer.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const root = dirname(fileURLToPath(import.meta.url));
const LIB = join(root, 'src', 'lib');
const SRC = join(root, 'src');
const SCRIPTS = join(root, 'scripts');
const inside = (folder, path) => path === folder || path.startsWith(folder + sep);

const MESSAGES = {
  throughEntry: 'Importez un module de src/lib par son entrée (index.ts, ou browser.ts pour un îlot).',
  siblingThroughEntry: 'Importez un autre module de src/lib par son entrée (index.ts, ou browser.ts pour un îlot).',
  libStaysPure: 'src/lib est du code de domaine : il n’importe ni composant, ni page, ni script, ni Astro.',
  noScripts: 'Le code de src n’importe jamais scripts/ : ce sont les scripts qui appellent src, pas l’inverse.',
};

/**
 * The layering of the project, on the resolved path of every import: static, `export … from`, dynamic
 * `import()` and `import('…')` types. Unlike a pattern on the written text, it holds for a file placed
 * directly in src/lib/ and whatever the depth of the importing file.
 */
const layers = {
  meta: { type: 'problem', schema: [], messages: MESSAGES },
  create(context) {
    const file = resolve(context.filename);
    const inLib = inside(LIB, file);
    const inSrc = inside(SRC, file);
    const inScripts = inside(SCRIPTS, file);
    if (!inSrc && !inScripts) return {};
    /** The module of src/lib a path belongs to (its first folder), or '' for a file directly in src/lib. */
    const moduleOf = (path) => {
      const parts = relative(LIB, path).split(sep);
      return parts.length > 1 ? parts[0] : '';
    };
    const isEntry = (path) =>
      relative(LIB, path).split(sep).length === 2 && /^(index|browser)\.ts$/.test(basename(path));
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        // A package: only Astro is off limits for the domain code.
        if (inLib && /^astro(:|\/|$)/.test(specifier)) context.report({ node, messageId: 'libStaysPure' });
        return;
      }
      const target = resolve(dirname(file), specifier);
      if (inSrc && inside(SCRIPTS, target)) {
        context.report({ node, messageId: inLib ? 'libStaysPure' : 'noScripts' });
        return;
      }
      if (inLib) {
        if (!inside(LIB, target) || target.endsWith('.astro')) {
          context.report({ node, messageId: 'libStaysPure' });
          return;
        }
        const [from, to] = [moduleOf(file), moduleOf(target)];
        // A sibling file of the same module is fine; another module (or a file directly in src/lib) goes
        // through its entry.
        if ((from === '' || to === '' || from !== to) && !isEntry(target))
          context.report({ node, messageId: 'siblingThroughEntry' });
        return;
      }
      if (inside(LIB, target) && !isEntry(target)) context.report({ node, messageId: 'throughEntry' });
    };
    /** The written path: a string, or a template without `${…}` (`import(\`../x.ts\`)`). */
    const literal = (source) =>
      source?.type === 'Literal'
        ? source.value
        : source?.type === 'TemplateLiteral' && source.expressions.length === 0
          ? source.quasis[0]?.value.cooked
          : undefined;
    return {
      ImportDeclaration: (node) => check(node, literal(node.source)),
      ExportNamedDeclaration: (node) => check(node, literal(node.source)),
      ExportAllDeclaration: (node) => check(node, literal(node.source)),
      ImportExpression: (node) => check(node, literal(node.source)),
      TSImportType: (node) => check(node, literal('source' in node ? node.source : node.argument?.literal)),
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.astro/**',
      '.cache/**',
      '.build-tmp/**',
      'coverage/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  // The project's root, written out: a copy of the project in a subfolder (Stryker's sandbox) would
  // otherwise make typescript-eslint hesitate between two tsconfig.json and fail on every file.
  { languageOptions: { parserOptions: { tsconfigRootDir: root } } },
  ...tseslint.configs.strict,
  ...astro.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers of docs/architecture.md, checked on every file of src (src/lib included, root too) and scripts.
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
    plugins: { ils: { rules: { layers } } },
    rules: { 'ils/layers': 'error' },
  },
);
