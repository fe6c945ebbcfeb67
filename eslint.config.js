import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Lint rules, including the dependency direction of ARCHITECTURE.md. */
export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'src/db/migrations/**',
      'docs/**',
      '.passerelle-test/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/server/**',
                '**/services/**',
                '**/web/**',
                '**/jobs/**',
                '**/cli/**',
              ],
              message: 'src/domain is pure: import only domain and shared.',
            },
            { group: ['node:*', 'fs', 'path', 'net', 'http'], message: 'src/domain does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/server/**',
                '**/services/**',
                '**/web/**',
                '**/jobs/**',
                '**/cli/**',
                'node:*',
              ],
              message: 'src/shared is used by the browser: import only shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/server/**',
                '**/services/**',
                '**/jobs/**',
                '**/cli/**',
                'node:*',
              ],
              message: 'The web app talks to the API; it never imports server code.',
            },
          ],
        },
      ],
    },
  },
);
