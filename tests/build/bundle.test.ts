// The shipped files: the drop-in's size budgets and its one copy of Lit, and a package that holds only what users need.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { EAGER_BUDGET, fetchedToOpen, gzipSize, litCopies, OPEN_BUDGET, scripts, totalSize } from '../../bench/size/dropin-size.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(root(path));

describe('the drop-in', () => {
  it(`has an eager part of at most ${EAGER_BUDGET} bytes gzip`, () => {
    const size = gzipSize(root('dist/carebar.js'));
    assert.ok(size <= EAGER_BUDGET, `dist/carebar.js is ${size} bytes gzip, over the budget of ${EAGER_BUDGET}`);
  });

  it(`fetches at most ${OPEN_BUDGET} bytes gzip until the toolbar is open`, () => {
    const files = fetchedToOpen(root('dist'));
    assert.equal(litCopies(files.map((file) => root(`dist/${file}`))).length, 1, `the toolbar renders with Lit, which none of ${files.join(', ')} holds`);
    const size = totalSize(root('dist'), files);
    assert.ok(size <= OPEN_BUDGET, `${files.join(' + ')} are ${size} bytes gzip, over the budget of ${OPEN_BUDGET}`);
  });

  it('has exactly one copy of Lit among all of dist/, and none in its eager part', () => {
    const copies = litCopies(scripts(root('dist')));
    assert.equal(copies.length, 1, `copies of Lit: ${copies.join(', ')}`);
    assert.ok(!copies[0].endsWith('/carebar.js'));
  });

  it('is a classic script, not a module', () => {
    const source = read('dist/carebar.js').toString();
    assert.doesNotMatch(source, /^\s*(import|export)\s/m);
  });
});

describe('the npm package', () => {
  const files = (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as Array<{
    files: Array<{ path: string }>;
  }>)[0].files.map((file) => file.path);

  it('has every file that package.json points to', () => {
    const pkg = JSON.parse(read('package.json').toString()) as {
      exports: Record<string, string | { types: string; default: string }>;
      bin: Record<string, string>;
      customElements: string;
    };
    const targets = [
      ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default])),
      ...Object.values(pkg.bin),
      pkg.customElements,
    ].map((path) => path.replace(/^\.\//, ''));
    assert.deepEqual(targets.filter((path) => !files.includes(path)), []);
  });

  it('ships the drop-in, the modules with their types, the auditor, its profiles and the CI templates\' script', () => {
    for (const path of [
      'dist/carebar.js',
      'dist/esm/src/index.js',
      'dist/types/src/index.d.ts',
      'dist/auditor/index.js',
      'dist/auditor/cli.js',
      'dist/types/auditor/index.d.ts',
      'auditor/profiles/all.json',
      'examples/ci/audit.sh',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(path), `${path} is missing from the package`);
    }
  });

  it('leaves out sources, tests, the demo and benchmarks', () => {
    const stray = files.filter((path) => /^(src|tests|demo|bench|scripts|\.ci)\/|\.ts$(?<!\.d\.ts)|\.map$/.test(path));
    assert.deepEqual(stray, []);
  });

  it('keeps Lit an import of the modules, never a bundled copy', () => {
    assert.ok(!files.some((path) => path.includes('node_modules')), 'a dependency was bundled into dist/esm');
    assert.match(read('dist/esm/src/toolbar/toolbar.component.js').toString(), /from 'lit'/);
  });
});

describe("the auditor's packages", () => {
  interface Manifest {
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
    peerDependenciesMeta: Record<string, { optional?: boolean }>;
  }
  const carebar = JSON.parse(read('package.json').toString()) as Manifest;
  const auditorPackage = JSON.parse(read('packages/carebar-audit/package.json').toString()) as Manifest;
  const AUDITOR = ['puppeteer-core', 'axe-core', 'commander', 'color-contrast-checker', 'p-queue', 'fast-xml-parser', 'robots-parser', 'lilconfig', 'pngjs'];

  it('are optional peers of carebar, so that the toolbar’s users install no browser tooling', () => {
    assert.deepEqual(Object.keys(carebar.dependencies).filter((name) => AUDITOR.includes(name) || name.startsWith('puppeteer')), []);
    assert.deepEqual(Object.keys(carebar.peerDependencies).sort(), [...AUDITOR].sort());
    for (const name of AUDITOR) assert.equal(carebar.peerDependenciesMeta[name]?.optional, true, name);
  });

  it('are dependencies of carebar-audit, in the same ranges, beside carebar itself', () => {
    const { carebar: range, ...rest } = auditorPackage.dependencies;
    assert.equal(range, `^${(JSON.parse(read('package.json').toString()) as { version: string }).version}`);
    assert.deepEqual(rest, carebar.peerDependencies);
  });

  it('are named, with the command that installs them, when one is missing', () => {
    // A resolver that finds no puppeteer-core, as in a project that installed carebar for its toolbar alone.
    const hook = `data:text/javascript,${encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'puppeteer-core') throw Object.assign(new Error("Cannot find package 'puppeteer-core' imported from " + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });
        return next(specifier, context);
      }`,
    )}`;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`)}`;
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, ['--import', register, root('dist/auditor/bin.js'), '--version'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    assert.equal(failure?.status, 2);
    assert.match(failure.stderr, /the auditor needs puppeteer-core, which `npm install carebar` leaves out/);
    assert.match(failure.stderr, /npm install carebar-audit\n/);
    assert.match(failure.stderr, /npm install .*puppeteer-core@\^24/);
  });

  it('run the CLI when all are there', () => {
    assert.equal(execFileSync(process.execPath, [root('dist/auditor/bin.js'), '--version'], { encoding: 'utf8' }).trim(), (JSON.parse(read('package.json').toString()) as { version: string }).version);
  });
});
