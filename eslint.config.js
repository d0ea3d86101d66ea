// Lint rules, run by `npm test` (so in CI). The layers of src/ are held here, not by discipline:
// an import that crosses a layer the wrong way fails the build. See README, "How the code is laid out".
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What each layer of src/ may import of ours, besides itself. Anything not listed is refused:
 * - lib: small helpers of the platform (ids); imports nothing of ours;
 * - domain: pure functions and types of canvases; imports nothing of ours;
 * - persistence: the one door for data in and out (storage, files, links), and the sync engine;
 * - i18n: strings and formatting;
 * - store: the app's state and its one change path;
 * - ui: components that know nothing of canvases' state (no store);
 * - features: what the user works with; they import the layers below, never one another
 *   (features/files is the door's user interface, so features may use persistence);
 * - app: puts it all together.
 */
const LAYERS = {
  lib: [],
  domain: [],
  persistence: ['domain', 'lib'],
  i18n: ['domain', 'lib'],
  store: ['domain', 'persistence', 'lib'],
  ui: ['domain', 'i18n', 'lib'],
  features: ['store', 'persistence', 'domain', 'ui', 'i18n', 'lib'],
  app: ['features', 'store', 'persistence', 'domain', 'ui', 'i18n', 'lib'],
};

/** Layers a layer may name types of, never call: the store names the app's `t` for panels' labels. */
const TYPES_ONLY = {
  store: ['i18n'],
};

const layerRule = (layer) => {
  const typesOnly = TYPES_ONLY[layer] ?? [];
  const refused = Object.keys(LAYERS).filter((other) => other !== layer && !LAYERS[layer].includes(other) && !typesOnly.includes(other));
  const message = `src/${layer} may import only ${['itself', ...LAYERS[layer]].join(', ')} of ours (eslint.config.js, LAYERS).`;
  return [
    'error',
    {
      patterns: [
        ...(refused.length > 0 ? [{ group: refused.flatMap((other) => [`@/${other}`, `@/${other}/*`]), message }] : []),
        ...(typesOnly.length > 0
          ? [
              {
                group: typesOnly.flatMap((other) => [`@/${other}`, `@/${other}/*`]),
                allowTypeImports: true,
                message: `${message} Types of ${typesOnly.join(', ')} only (TYPES_ONLY).`,
              },
            ]
          : []),
        // A feature's own files import one another by `./`; another feature's, never.
        ...(layer === 'features'
          ? [
              {
                group: ['@/features/*'],
                message: 'A feature never imports another: meet through the store, a ui component or a named seam.',
              },
            ]
          : []),
        // Every import from elsewhere in src/ names its layer (`@/…`), so the rule above sees it.
        { group: ['../*'], message: 'Import from another folder through its `@/` path.' },
      ],
    },
  ];
};

export default tseslint.config(
  { ignores: ['dist', 'bench/.build', 'coverage', 'playwright-report', 'test-results', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // `_name` says "deliberately left out" (a rest sibling, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...Object.keys(LAYERS).map((layer) => ({
    files: [`src/${layer}/**`],
    rules: { '@typescript-eslint/no-restricted-imports': layerRule(layer) },
  })),
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests build broken and hostile documents on purpose: they are untyped there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
