// Builds from one source tree:
//  1. ES modules for npm users (Lit stays an external dependency, never bundled twice);
//  2. the drop-in: dist/carebar.js, a classic script without Lit (its eager part), and beside it
//     its parts, one code-split graph of ES modules whose chunks share one copy of Lit;
//  3. the auditor's library and CLI for Node.
import { builtinModules } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Every build starts from an empty dist/, so that nothing of an earlier one (a chunk under an old hash) ships.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

/** TypeScript for one output folder; declarations come from `tsc -p tsconfig.build.json`. */
const ts = (outDir) =>
  typescript({ tsconfig: './tsconfig.json', outDir, declaration: false, include: ['src/**/*.ts', 'auditor/**/*.ts'] });

const isExternal = (deps) => (id) =>
  id.startsWith('node:') || builtinModules.includes(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * The large cursor's images, as files beside the drop-in, made by the same code as the ES modules'
 * data URIs, which the first build below has just written to dist/esm.
 */
const cursorFiles = {
  name: 'cursor-files',
  async generateBundle() {
    const { cursorFiles } = await import('./dist/esm/src/cursor-images/cursor-images.js');
    const { CURSOR_SIZES } = await import('./dist/esm/src/features/cursor.js');
    for (const [fileName, source] of cursorFiles(CURSOR_SIZES)) this.emitFile({ type: 'asset', fileName, source });
  },
};

/** Minified for the web: the HTML and CSS inside Lit's templates too. */
const minified = (options = {}) => [minifyTemplateLiterals(), terser({ ecma: 2021, format: { comments: false }, ...options })];

/** The drop-in's parts, by the names that src/core/parts.ts gives them: each is dist/carebar-<name>.js. */
const parts = {
  toolbar: 'src/toolbar/toolbar-part.ts',
  'elder-zone': 'src/elder-zone/elder-zone-part.ts',
  reading: 'src/speech/reading.ts',
  view: 'src/view/view.ts',
  'guide-lines': 'src/guide-lines/guide-lines.ts',
  'text-by-element': 'src/text-by-element/text-by-element.ts',
  'elder-scan': 'src/elder-scan/elder-scan.ts',
  'image-labels': 'src/image-labels/image-labels.ts',
  'still-images': 'src/still-images/still-images.ts',
  'layout-relief': 'src/layout-relief/layout-relief.ts',
};

export default [
  {
    // cursor-images.ts is an entry so that its cursorFiles() stays, for the drop-in's build below.
    input: ['src/index.ts', 'src/toolbar/toolbar.ts', 'src/elder-zone/elder-zone.ts', 'src/features/registry.ts', 'src/cursor-images/cursor-images.ts'],
    external: isExternal(['lit', '@lit', 'tslib', 'pinyin-pro', '@mozilla/readability']),
    plugins: [ts('dist/esm')],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: '.' },
  },
  {
    input: 'src/dropin.ts',
    plugins: [
      resolve(),
      ts('dist'),
      // The magic comment has Chrome (136 on) compile every function while the file downloads, off the main thread,
      // rather than each on the main thread when first called: restoring a visitor's settings calls most of them.
      ...minified({ compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
      cursorFiles,
    ],
    output: { file: 'dist/carebar.js', format: 'iife' },
  },
  {
    input: parts,
    // commonjs: @mozilla/readability is CommonJS.
    plugins: [resolve(), commonjs(), ts('dist'), ...minified()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'carebar-[name].js',
      chunkFileNames: 'carebar-[name]-[hash].js',
      // Lit's core, with carebar's base of its elements and their strings, in one chunk that every part which renders
      // shares: one copy of Lit in dist/, and one file for it rather than several small ones. What only one part uses
      // of Lit (the decorators) goes with that part. pinyin-pro, the caption's pinyin line, is most of the bytes: a
      // chunk of its own.
      manualChunks: (id) =>
        /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!decorators)|[\\/]src[\\/]internal[\\/](define|care-element)\.ts$/.test(id)
          ? 'elements'
          : /[\\/]node_modules[\\/]pinyin-pro[\\/]/.test(id)
            ? 'pinyin'
            : undefined,
    },
  },
  {
    input: { index: 'auditor/index.ts', cli: 'auditor/cli.ts', bin: 'auditor/bin.ts' },
    external: isExternal([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]),
    plugins: [ts('dist/auditor')],
    output: {
      dir: 'dist/auditor',
      format: 'es',
      banner: (chunk) => (chunk.name === 'cli' || chunk.name === 'bin' ? '#!/usr/bin/env node' : ''),
    },
  },
];
