// Builds from one source tree:
//  1. ES modules for npm users (Lit stays an external dependency, never bundled twice);
//  2. dist/carebar.js, the self-contained drop-in for a classic <script> tag, and its lazy parts beside it;
//  3. the auditor's library and CLI for Node.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
 * In the drop-in, a module `x.ts` with an `x.dropin.ts` beside it is replaced by that variant:
 * where the ES modules import a package lazily, the drop-in imports a file beside itself.
 */
const dropinVariants = {
  name: 'dropin-variants',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const variant = resolved?.id.replace(/\.ts$/, '.dropin.ts');
    // A variant may build on the module that it stands in for.
    return variant && variant !== resolved.id && variant !== importer && existsSync(variant) ? variant : null;
  },
};

/**
 * The large cursor's images, as files beside the drop-in (src/features/cursor-image.dropin.ts), made by
 * the same code as the ES modules' data URIs, which the first build below has just written to dist/esm.
 */
const cursorFiles = {
  name: 'cursor-files',
  async generateBundle() {
    const { cursorFiles } = await import('./dist/esm/src/features/cursor-image.js');
    const { CURSOR_SIZES } = await import('./dist/esm/src/features/cursor.js');
    for (const [fileName, source] of cursorFiles(CURSOR_SIZES)) this.emitFile({ type: 'asset', fileName, source });
  },
};

/** A lazy part of the drop-in: an ES module in dist/, imported at run time only when a user turns it on. */
const lazyPart = (input, file) => ({
  input,
  // commonjs: @mozilla/readability is CommonJS.
  plugins: [dropinVariants, resolve(), commonjs(), ts('dist'), minifyTemplateLiterals(), terser({ ecma: 2021, format: { comments: false } })],
  output: { file, format: 'es' },
});

export default [
  {
    // cursor-image.ts is an entry so that its cursorFiles() stays, for the drop-in's build below.
    input: ['src/index.ts', 'src/toolbar/toolbar.ts', 'src/elder-zone/elder-zone.ts', 'src/features/registry.ts', 'src/features/cursor-image.ts'],
    external: isExternal(['lit', '@lit', 'tslib', 'pinyin-pro', '@mozilla/readability']),
    plugins: [ts('dist/esm')],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: '.' },
  },
  {
    input: 'src/dropin.ts',
    plugins: [
      dropinVariants,
      resolve(),
      ts('dist'),
      minifyTemplateLiterals(), // the HTML and CSS inside Lit's templates
      // The magic comment has Chrome (136 on) compile every function while the file downloads, off the main thread,
      // rather than each on the main thread when first called: restoring a visitor's settings calls most of them.
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
      cursorFiles,
    ],
    output: { file: 'dist/carebar.js', format: 'iife' },
  },
  lazyPart('src/speech/reading.ts', 'dist/carebar-reading.js'), // 读屏 and 大字幕
  lazyPart('pinyin-pro', 'dist/carebar-pinyin.js'), // the caption's pinyin line
  lazyPart('src/view/view.ts', 'dist/carebar-view.js'), // 页面视图: reading and text-only views
  lazyPart('src/translations/languages.ts', 'dist/carebar-languages.js'), // the eager strings of zh-TW and en
  lazyPart('src/toolbar/bar.ts', 'dist/carebar-toolbar.js'), // the toolbar's bar and panels
  lazyPart('src/elder-zone/zone-view.ts', 'dist/carebar-elder-zone.js'), // the elder zone's content
  lazyPart('src/features/guide-lines.ts', 'dist/carebar-guide.js'), // 辅助线: the crosshair and the reading mask
  lazyPart('src/features/text-by-element.ts', 'dist/carebar-text.js'), // 文字大小 where a stylesheet cannot be read
  lazyPart('src/features/elder-watch.ts', 'dist/carebar-elder.js'), // elder mode's floating ads and small targets
  lazyPart('src/features/image-labels.ts', 'dist/carebar-images.js'), // 隐藏图片's labels of alt text

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
