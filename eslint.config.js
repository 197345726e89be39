// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The linter `npm test` runs on the whole tree: the recommended JavaScript and TypeScript rules, and, with the
 * type checker, the ones that catch a promise nobody awaits (a lost error, a write that may not have happened).
 */
export default tseslint.config(
  { ignores: ['**/generated/**', 'node_modules/', '.data/', 'shared/src/regions/divisions.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
