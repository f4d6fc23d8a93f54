// ESLint flat config. `npm run lint` (also part of `npm test`) runs it with --max-warnings 0,
// so a warning fails like an error, and a stale `eslint-disable` comment is itself an error.
// A disable that stays says why after `--`.
// Not type-aware on purpose: `tsc --noEmit` already checks types, and this stays fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      '**/.shots/',
      '**/.next/',
      '.vitest-attachments/',
      '**/__screenshots__/',
      '.prof/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Only the two classic hook rules: the plugin's React Compiler rules are a separate decision.
      'react-hooks/rules-of-hooks': 'error',
      // useIsomorphicLayoutEffect is useLayoutEffect (useEffect on the server): check its list too.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useIsomorphicLayoutEffect$' }],
      // `const { a: _a, ...rest } = x` is how a key is dropped.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Components and tests run in the browser, scripts and config in Node; .cjs files only in Node.
    ignores: ['**/*.cjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // CommonJS on purpose (they check the package's require() entry), run by plain Node.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
