/**
 * package.json says what the project uses: every package the code, the configs and the scripts load is declared,
 * and every declared package is used (office-addin-manifest was declared and never loaded; office-addin-dev-certs
 * was loaded by webpack.config.js and never declared).
 */
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const DECLARED = { ...PKG.dependencies, ...PKG.devDependencies };

/**
 * Declared packages that no file loads by name, and why they are there. Anything else declared must be
 * imported or required somewhere.
 */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  '@types/jest': 'types (tsconfig.json "types")',
  '@types/node': 'types (tsconfig.json "types")',
  '@types/office-js': 'types (tsconfig.json "types"); read by scripts/requirement-sets.ts',
  '@types/office-runtime': 'types (tsconfig.json "types")',
  '@types/react': 'types of react',
  '@types/react-dom': 'types of react-dom',
  jest: 'the test runner (npm test)',
  eslint: 'the linter (npm run lint); its config is eslint.config.js',
  'ts-jest': "jest.config.js's transform, named as a string",
  'ts-loader': "webpack.config.js's loader, named as a string",
  'webpack-cli': 'the webpack command (npm run build)',
  'webpack-dev-server': 'webpack serve (npm run dev-server)',
  'eslint-import-resolver-typescript': "eslint-plugin-boundaries' resolver, named in eslint.config.js settings",
  'office-addin-debugging': 'npm start / npm stop',
  scheduler: 'a peer of @fluentui/react-components, declared because .npmrc does not install peers',
};

const SOURCE_DIRS = ['src', 'test', 'scripts', 'bench', 'examples'];
const ROOT_FILES = ['webpack.config.js', 'eslint.config.js', 'jest.config.js', 'floors.config.js', 'bin/zhixiao.js'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** the package a module specifier names: `@scope/name` or `name` (no relative paths, no node: builtins) */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? null : name;
}

/** every package each file loads: import … from, import(), require(), require.resolve() */
function loadedPackages(): Map<string, string[]> {
  const files = [...SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))), ...ROOT_FILES.map((f) => path.join(ROOT, f))];
  const loaded = new Map<string, string[]>();
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) {
      const name = packageOf(m[1]);
      if (!name) continue;
      loaded.set(name, [...(loaded.get(name) ?? []), path.relative(ROOT, file)]);
    }
  }
  return loaded;
}

describe('package.json', () => {
  const loaded = loadedPackages();

  test('every package the code, configs and scripts load is declared', () => {
    const undeclared = [...loaded].filter(([name]) => !(name in DECLARED)).map(([name, files]) => `${name} (${files[0]})`);
    expect(undeclared).toEqual([]);
  });

  test('every declared package is loaded somewhere, or is listed with the reason it is there', () => {
    const unused = Object.keys(DECLARED).filter((name) => !loaded.has(name) && !(name in USED_WITHOUT_IMPORT));
    expect(unused).toEqual([]);
    // and the list holds no stale entry
    expect(Object.keys(USED_WITHOUT_IMPORT).filter((name) => !(name in DECLARED))).toEqual([]);
  });

  test('npm start uses office-addin-debugging with the development certificates of office-addin-dev-certs', () => {
    expect(PKG.scripts.start).toBe('office-addin-debugging start manifest.xml');
    expect(loaded.get('office-addin-dev-certs')).toContain('webpack.config.js');
    for (const name of ['office-addin-debugging', 'office-addin-dev-certs']) {
      const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      // the declared major is the one installed
      expect(`${name}@${installed.version.split('.')[0]}`).toBe(`${name}@${DECLARED[name].replace(/^\^/, '').split('.')[0]}`);
    }
    expect(DECLARED['office-addin-manifest']).toBeUndefined();
  });

  test('the file writer’s zip library is a declared dependency, not ExcelJS’s', () => {
    expect(PKG.dependencies.jszip).toBeDefined();
  });
});
