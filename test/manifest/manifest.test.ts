/**
 * The manifest: the project's own checks (they need no schema), the icons, the XSD validation against
 * Microsoft's schemas kept in schemas/office/, and `npm run validate`, which fails when it cannot validate.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import {
  checkManifest,
  DEFAULT_SCHEMA_DIR,
  FUNCTIONS_NAMESPACE,
  readPng,
  REPO_ROOT,
  ROOT_SCHEMA,
  schemaFiles,
  validateAgainstSchemas,
  wellFormednessErrors,
} from '../../scripts/manifest-checks';
import { drawIcon, ICON_SIZES, iconFileName, iconPng } from '../../scripts/make-icons';
import { formulaText, ref, zx } from '../../src/core/functions/formula';

const SOURCE = fs.readFileSync(path.join(REPO_ROOT, 'manifest.xml'), 'utf8');
/** the manifest with <ProviderName> before <Version>: the schemas set the order, the project checks do not */
const SWAPPED = SOURCE.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1');

function problemsOf(xml: string, siteRoot = REPO_ROOT) {
  return checkManifest(xml, { siteRoot }).problems;
}

/** a replacement that must apply, so a mutation test cannot pass on an unchanged manifest */
function mutate(from: string | RegExp, to: string): (xml: string) => string {
  return (xml) => {
    const out = xml.replace(from, to);
    if (out === xml) throw new Error(`mutation did not apply: ${String(from)}`);
    return out;
  };
}

function tempSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-site-'));
  fs.cpSync(path.join(REPO_ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  return dir;
}

describe('manifest.xml: the project checks', () => {
  test('the repository manifest passes every check', () => {
    expect(problemsOf(SOURCE)).toEqual([]);
  });

  test('it declares a GUID id, zh-CN, the ZX namespace and only URLs under the dev server base', () => {
    const { facts } = checkManifest(SOURCE, { siteRoot: REPO_ROOT });
    expect(facts.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(facts.defaultLocale).toBe('zh-CN');
    expect(facts.namespace).toBe('ZX');
    expect(facts.urls.length).toBeGreaterThanOrEqual(8);
    for (const url of facts.urls) expect(url.startsWith('https://localhost:3000/')).toBe(true);
  });

  test('its namespace is the one the engine writes in formulas (=ZX.…), so a written formula finds its function', () => {
    const { facts } = checkManifest(SOURCE, { siteRoot: REPO_ROOT });
    const written = formulaText(zx('JA_RATE', ref('表', 4, 5), ref('表', 4, 2)), '表');
    expect(written.split('(')[0]).toBe(`=${facts.namespace}.JA_RATE`);
    expect(FUNCTIONS_NAMESPACE).toBe(facts.namespace);
  });

  test('its version is the package version (with a fourth number for Office)', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(checkManifest(SOURCE, { siteRoot: REPO_ROOT }).facts.version).toBe(`${version}.0`);
  });

  test('Chinese comes first: default display name in Chinese with an en-US override', () => {
    expect(SOURCE).toMatch(/<DisplayName DefaultValue="质效助手">\s*<Override Locale="en-US"/);
  });

  const faults: [string, (xml: string) => string, string][] = [
    ['an id that is not a GUID', mutate(/<Id>[^<]*<\/Id>/, '<Id>zhixiao-addin</Id>'), 'id'],
    ['the locale written zh_CN', mutate('<DefaultLocale>zh-CN<', '<DefaultLocale>zh_CN<'), 'locale'],
    ['an override locale written en_us', mutate('<Override Locale="en-US" Value="ZhiXiao Court', '<Override Locale="en_us" Value="ZhiXiao Court'), 'locale'],
    ['an English default display name', mutate('<DisplayName DefaultValue="质效助手">', '<DisplayName DefaultValue="ZhiXiao">'), 'display'],
    ['a resid with no resource', mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'), 'resid'],
    ['a resid pointing to the wrong kind of resource', mutate('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), 'resid'],
    ['two resources with one id', mutate('<bt:Url id="Help.Url"', '<bt:Url id="Taskpane.Url"'), 'resource'],
    ['an icon file that does not exist', mutate('assets/icon-80.png"', 'assets/icon-90.png"'), 'icon'],
    ['an 80 px slot showing the 64 px icon', mutate('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), 'icon'],
    ['a URL on another origin', mutate('https://localhost:3000/functions.json', 'https://cdn.example.com/functions.json'), 'url'],
    ['a URL over plain http', mutate(/https:\/\/localhost:3000\//g, 'http://localhost:3000/'), 'url'],
    ['a namespace other than ZX', mutate('id="Functions.Namespace" DefaultValue="ZX"', 'id="Functions.Namespace" DefaultValue="ZQ"'), 'namespace'],
    ['a translated namespace', mutate('id="Functions.Namespace" DefaultValue="ZX"/>', 'id="Functions.Namespace" DefaultValue="ZX"><bt:Override Locale="en-US" Value="ZHIXIAO"/></bt:String>'), 'namespace'],
    ['a short-lived runtime', mutate('lifetime="long"', 'lifetime="short"'), 'runtime'],
    ['the task pane opened from another page than the shared runtime', mutate(/(<TaskpaneId>[^<]*<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, '$1Help.Url'), 'runtime'],
    ['no SharedRuntime requirement', mutate(/<Set Name="SharedRuntime"[^>]*\/>/, ''), 'requirements'],
    ['text that is not an OfficeApp', () => '<html><body>not a manifest</body></html>', 'xml'],
  ];
  test.each(faults)('reports %s', (_name, fault, code) => {
    const codes = problemsOf(fault(SOURCE)).map((p) => p.code);
    expect(codes).toContain(code);
  });

  test('reports an icon whose pixels are not the declared size', () => {
    const site = tempSite();
    fs.writeFileSync(path.join(site, 'assets', 'icon-16.png'), iconPng(20));
    const problems = problemsOf(SOURCE, site);
    expect(problems.map((p) => p.code)).toEqual(['icon']);
    expect(problems[0].message).toContain('20×20');
  });

  test('reports an icon file that is damaged (a chunk checksum fails)', () => {
    const site = tempSite();
    const file = path.join(site, 'assets', 'icon-32.png');
    const bytes = fs.readFileSync(file);
    bytes[bytes.indexOf('IDAT') + 10] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const problems = problemsOf(SOURCE, site);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'icon' && p.message.includes('校验和'))).toBe(true);
  });
});

describe('icons', () => {
  test.each([...ICON_SIZES])('assets/icon-%i.png is a real PNG of that size, as scripts/make-icons.ts draws it', (size) => {
    const bytes = fs.readFileSync(path.join(REPO_ROOT, 'assets', iconFileName(size)));
    expect(readPng(bytes)).toEqual({ width: size, height: size });
    // the committed file is what the script makes: a new icon is one edit in the script
    expect(bytes.equals(iconPng(size))).toBe(true);
    // and it decodes to the drawn pixels (8-bit RGBA rows, each after a filter byte)
    const idat = bytes.subarray(bytes.indexOf('IDAT') + 4, bytes.length - 12 - 4);
    const rows = zlib.inflateSync(idat);
    expect(rows.length).toBe(size * (size * 4 + 1));
    const pixels = drawIcon(size);
    expect(Buffer.from(rows.subarray(1, 1 + size * 4)).equals(Buffer.from(pixels.subarray(0, size * 4)))).toBe(true);
  });

  test('the glyph is a court-blue tile with transparent corners', () => {
    const size = 64;
    const pixels = drawIcon(size);
    const at = (x: number, y: number) => Array.from(pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    const [r, g, b, a] = at(size - 6, size / 2); // right edge, beside the bars
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r + 80);
    expect(b).toBeGreaterThan(g + 40);
  });
});

describe('manifest.xml: XSD validation against the schemas in the repository (schemas/office/)', () => {
  test('the schemas are in the repository, with their source noted, and nothing reads them from outside it', () => {
    expect(path.relative(REPO_ROOT, DEFAULT_SCHEMA_DIR)).toBe(path.join('schemas', 'office'));
    expect(schemaFiles(DEFAULT_SCHEMA_DIR)).toEqual([
      'ContentAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_1.xsd',
      'OfficeAppBasicTypesV1_0.xsd',
      ROOT_SCHEMA,
      'TaskPaneAppVersionOverridesV1_0.xsd',
    ]);
    const readme = fs.readFileSync(path.join(DEFAULT_SCHEMA_DIR, 'README.md'), 'utf8');
    expect(readme).toMatch(/## Source/);
    expect(readme).toContain('MS-OWEMXML');
    for (const file of ['scripts/manifest-checks.ts', 'scripts/validate-manifest.ts', '.ci/run', 'package.json']) {
      expect(`${file}: ${fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')}`).not.toMatch(/\.\.\/shared|shared\/office-schemas/);
    }
  });

  test('manifest.xml validates against the Office XSD schemas', async () => {
    const result = await validateAgainstSchemas(SOURCE);
    expect(result).toEqual({ ran: true, valid: true, errors: [] });
  });

  test('the schemas reject a non-GUID id and the locale written zh_CN', async () => {
    for (const bad of [SOURCE.replace(/<Id>[^<]*<\/Id>/, '<Id>zhixiao</Id>'), SOURCE.replace('>zh-CN<', '>zh_CN<')]) {
      const result = await validateAgainstSchemas(bad);
      expect(result.ran && result.valid).toBe(false);
    }
  });

  test('the schemas reject elements out of the order they set', async () => {
    const result = await validateAgainstSchemas(SWAPPED);
    expect(result.ran && result.valid).toBe(false);
  });

  test('a schema folder without the schemas says "schemas missing" instead of passing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-no-schemas-'));
    const result = await validateAgainstSchemas(SOURCE, empty);
    expect(result.ran).toBe(false);
    expect(result.ran === false && result.reason).toMatch(/schemas missing/);
  });

  test('schemas that do not load (an imported file damaged) say "schemas unusable" instead of passing', async () => {
    const damaged = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-bad-schemas-'));
    for (const name of schemaFiles(DEFAULT_SCHEMA_DIR)) fs.copyFileSync(path.join(DEFAULT_SCHEMA_DIR, name), path.join(damaged, name));
    const file = path.join(damaged, 'TaskPaneAppVersionOverridesV1_0.xsd');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 3000));
    const result = await validateAgainstSchemas(SOURCE, damaged);
    expect(result.ran === false && result.reason).toMatch(/schemas unusable/);
  });

  test('the manifest is well-formed XML for xmllint (no schema needed)', async () => {
    expect(await wellFormednessErrors(SOURCE)).toEqual([]);
  });

  test('xmllint catches what the lenient parser forgives: a double hyphen inside a comment', async () => {
    const errors = await wellFormednessErrors(SOURCE.replace('<!--', '<!-- -- '));
    expect(errors.join('\n')).toMatch(/hyphen/i);
  });
});

describe('npm run validate', () => {
  /** runs scripts/validate-manifest.ts as `npm run validate -- ARGS` does */
  function validate(...args: string[]): { status: number | null; out: string } {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run-ts.js'), path.join(REPO_ROOT, 'scripts', 'validate-manifest.ts'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ZHIXIAO_OFFICE_SCHEMAS: '' },
    });
    return { status: result.status, out: result.stdout + result.stderr };
  }

  test('passes the repository manifest, naming the schemas it used', () => {
    const { status, out } = validate();
    expect(out).toContain('✓ XSD：manifest.xml 符合 Office 清单架构（schemas/office）');
    expect(status).toBe(0);
  });

  test('fails a manifest that only the schemas reject (elements out of order)', () => {
    const site = tempSite();
    const file = path.join(site, 'manifest.xml');
    fs.writeFileSync(file, SWAPPED);
    // the project checks alone would pass it: only the XSD part catches it
    expect(problemsOf(SWAPPED, site)).toEqual([]);
    const { status, out } = validate(file);
    expect(out).toContain('不符合 Office 清单架构');
    expect(status).toBe(1);
  });

  test('fails when it cannot validate against the schemas, instead of skipping them', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-no-schemas-'));
    const { status, out } = validate('--schemas', empty);
    expect(out).toMatch(/✗ XSD：无法校验 manifest\.xml：schemas missing/);
    expect(status).toBe(1);
  });
});
