// ESLint for the TypeScript of src, auditor, tests and bench, with type information from tsconfig.json.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Plain JavaScript (configs, scripts, test pages) is outside tsconfig.json and has no type information.
    ignores: ['dist/', 'coverage/', 'reports/', 'tmp/', 'bench/*/node_modules/', 'custom-elements.json', '**/*.{js,mjs,cjs}'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe() and test() return promises that the runner itself awaits.
            { from: 'package', name: ['describe', 'suite', 'it', 'test'], package: 'node:test' },
            // semantic-dom-diff types every chai .equal() as a promise, though it returns synchronously.
            { from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
);
