// Three builds from one source tree:
//  1. ES modules for npm users (Lit stays an external dependency, never bundled twice);
//  2. dist/carebar.js, the self-contained drop-in for a classic <script> tag;
//  3. the auditor's library and CLI for Node.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** TypeScript for one output folder; declarations come from `tsc -p tsconfig.build.json`. */
const ts = (outDir) =>
  typescript({ tsconfig: './tsconfig.json', outDir, declaration: false, include: ['src/**/*.ts', 'auditor/**/*.ts'] });

const isExternal = (deps) => (id) =>
  id.startsWith('node:') || builtinModules.includes(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default [
  {
    input: ['src/index.ts', 'src/toolbar/toolbar.ts', 'src/elder-zone/elder-zone.ts', 'src/features/registry.ts'],
    external: isExternal(['lit', '@lit', 'tslib']),
    plugins: [ts('dist/esm')],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: '.' },
  },
  {
    input: 'src/dropin.ts',
    plugins: [
      resolve(),
      ts('dist'),
      minifyTemplateLiterals(), // the HTML and CSS inside Lit's templates
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: { file: 'dist/carebar.js', format: 'iife' },
  },
  {
    input: { index: 'auditor/index.ts', cli: 'auditor/cli.ts' },
    external: isExternal(Object.keys(pkg.dependencies)),
    plugins: [ts('dist/auditor')],
    output: {
      dir: 'dist/auditor',
      format: 'es',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
  },
];
