/**
 * What `npm run build` puts in dist/ (the `test` script builds before jest). These tests read dist/; without
 * it they fail and say to run `npm run build`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_FUNCTIONS } from '../../src/core/functions/registry';
import { checkManifest, REPO_ROOT } from '../../scripts/manifest-checks';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as {
  OFFICE_JS_FILES: string[];
  rewriteManifest(xml: string, base: string): string;
};

const DIST = path.join(REPO_ROOT, 'dist');
const CJK = /[\u4e00-\u9fff]/;

function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${name} 不存在：先运行 npm run build（dist/${name} is missing: run \`npm run build\` first）`);
  }
  return file;
}

function readDist(name: string): string {
  return fs.readFileSync(distFile(name), 'utf8');
}

/** every file under dist/, relative, with / separators */
function distFiles(dir = DIST): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? distFiles(full) : [path.relative(DIST, full).split(path.sep).join('/')];
  });
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; repeating?: boolean }[];
}

describe('dist/functions.json', () => {
  const metadata = (): FunctionMetadata[] => JSON.parse(readDist('functions.json')).functions;

  test('lists every function of the catalogue exactly once, and nothing else', () => {
    const ids = metadata().map((f) => f.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect([...ids].sort()).toEqual(ALL_FUNCTIONS.map((f) => f.id).sort());
  });

  test('each function has a Chinese description', () => {
    const withoutChinese = metadata().filter((f) => !CJK.test(f.description ?? '')).map((f) => f.id);
    expect(withoutChinese).toEqual([]);
  });

  test('each parameter has a Chinese description, one parameter per catalogue parameter', () => {
    const byId = new Map(ALL_FUNCTIONS.map((f) => [f.id, f]));
    const wrong: string[] = [];
    for (const f of metadata()) {
      const def = byId.get(f.id);
      if (def && def.params.length !== f.parameters.length) {
        wrong.push(`${f.id}: ${f.parameters.length} parameters, catalogue has ${def.params.length}`);
      }
      for (const p of f.parameters) if (!CJK.test(p.description ?? '')) wrong.push(`${f.id}(${p.name})`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('dist/: the add-in as served', () => {
  test('holds the page, both bundles, functions.json, office.js, the manifest and the icons', () => {
    for (const name of [
      'taskpane.html',
      'taskpane.js',
      'functions.js',
      'functions.json',
      'office/office.js',
      'manifest.xml',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
    ]) {
      expect(fs.statSync(distFile(name)).size).toBeGreaterThan(0);
    }
  });

  test('office.js comes with the host and locale scripts it loads at run time', () => {
    const missing = webpackConfig.OFFICE_JS_FILES.filter((f) => !fs.existsSync(path.join(DIST, 'office', f)));
    expect(missing).toEqual([]);
    expect(webpackConfig.OFFICE_JS_FILES).toEqual(
      expect.arrayContaining(['excel-win32-16.01.js', 'excel-mac-16.00.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js', 'en-us/office_strings.js']),
    );
    // copied as Microsoft ships them, not re-minified
    const shipped = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'office.js');
    expect(fs.readFileSync(distFile('office/office.js')).equals(fs.readFileSync(shipped))).toBe(true);
  });

  test('the page loads office.js from its own host, then the functions, then the task pane, in one page', () => {
    const html = readDist('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['office/office.js', 'functions.js', 'taskpane.js']);
    expect(html).toMatch(/id="?root"?/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('the production page lets scripts and requests reach only its own host (Content-Security-Policy)', () => {
    const html = readDist('taskpane.html');
    const policy = html.match(/http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:/);
  });

  test('the built manifest passes the checks and every URL in it names a file of dist/', () => {
    const { problems, facts } = checkManifest(readDist('manifest.xml'), { siteRoot: DIST, requireAllFiles: true });
    expect(problems).toEqual([]);
    expect(facts.urls.length).toBeGreaterThan(0);
  });

  test('a build for a court server has every manifest URL under that one base', () => {
    const source = fs.readFileSync(path.join(REPO_ROOT, 'manifest.xml'), 'utf8');
    const rewritten = webpackConfig.rewriteManifest(source, 'https://fy.court.example/zhixiao');
    expect(rewritten).not.toContain('https://localhost');
    const { problems, facts } = checkManifest(rewritten, {
      siteRoot: DIST,
      baseUrl: 'https://fy.court.example/zhixiao/',
      requireAllFiles: true,
    });
    expect(problems).toEqual([]);
    expect(facts.urls.every((u) => u.startsWith('https://fy.court.example/zhixiao/'))).toBe(true);
  });

  test('no bundle contains hyperformula (GPL-3.0, test only)', () => {
    const bundles = distFiles().filter((f) => f.endsWith('.js'));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    const offending = bundles.filter((f) => /hyperformula|handsontable/i.test(fs.readFileSync(path.join(DIST, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  test('the production build has no source maps', () => {
    const maps = distFiles().filter((f) => f.endsWith('.map'));
    expect(maps).toEqual([]);
    expect(readDist('taskpane.js')).not.toContain('sourceMappingURL');
  });

  test('the bundles stay lean (task pane under 1.5 MB, functions under 512 KB)', () => {
    expect(fs.statSync(distFile('taskpane.js')).size).toBeLessThan(1.5 * 1024 * 1024);
    expect(fs.statSync(distFile('functions.js')).size).toBeLessThan(512 * 1024);
  });
});
