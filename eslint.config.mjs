// @ts-check
/**
 * ESLint: the typed rules of typescript-eslint (recommended-type-checked) over the TypeScript, the
 * Astro plugin's recommended rules over .astro files. Formatting is Prettier's job (.prettierrc), so
 * no stylistic rules here but max-len, which Prettier does not enforce. `npm run lint` runs both.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'bench-results/', 'test-results/', 'playwright-report/', '.astro/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
      // Lines stay readable side by side in a review; Prettier keeps code under 140 but not strings,
      // regexes, comments or class lists, so the limit is enforced here too.
      'max-len': ['error', { code: 140, tabWidth: 2 }],
      // `_`-prefixed names are deliberately unused (destructuring a field away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Type information only where tsconfig's program has it: .ts files. Astro components and config
  // files are linted without the typed rules.
  { files: ['**/*.astro', '**/*.mjs', '**/*.astro/*.ts', '**/*.astro/*.js'], ...tseslint.configs.disableTypeChecked },
);
