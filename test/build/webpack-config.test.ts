/**
 * The build's one deployment setting (the base URL every manifest URL is rewritten to), and the office.js
 * files the build copies so that the pane never needs Microsoft's CDN.
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as {
  DEV_BASE_URL: string;
  OFFICE_JS_FILES: string[];
  normaliseBase(value: string): string;
  rewriteManifest(xml: string, base: string): string;
};

describe('webpack.config.js: the base URL setting', () => {
  test('a base gets exactly one trailing slash', () => {
    expect(config.normaliseBase('https://court.example/zhixiao')).toBe('https://court.example/zhixiao/');
    expect(config.normaliseBase('https://court.example/zhixiao//')).toBe('https://court.example/zhixiao/');
    expect(config.normaliseBase(' https://10.1.2.3:8443 ')).toBe('https://10.1.2.3:8443/');
  });

  test('a base that is not an http(s) address fails the build with a Chinese explanation', () => {
    expect(() => config.normaliseBase('court.example/zhixiao')).toThrow(/base 必须是 http\(s\) 地址/);
    expect(() => config.normaliseBase('file:///srv/zhixiao')).toThrow(/base/);
  });

  test('the manifest rewrite replaces every dev server URL and nothing else', () => {
    const xml = `<a x="${config.DEV_BASE_URL}taskpane.html"/><b y="${config.DEV_BASE_URL}assets/i.png"/><c>localhost:3000</c>`;
    expect(config.rewriteManifest(xml, 'https://fy.example/zx')).toBe(
      '<a x="https://fy.example/zx/taskpane.html"/><b y="https://fy.example/zx/assets/i.png"/><c>localhost:3000</c>',
    );
  });
});

describe('webpack.config.js: office.js served from the add-in\'s own host', () => {
  const officeJsDir = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  const source = fs.readFileSync(path.join(officeJsDir, 'office.debug.js'), 'utf8');

  test('the Excel host script office.js picks for Windows, Mac and the web is among the copied files', () => {
    // office.js loads `<host>-<platform>-<version>.js`, the version capped by OSF.HostSpecificFileVersionMap
    const map = source.match(/OSF\.HostSpecificFileVersionMap = (\{[\s\S]*?\n\});/);
    expect(map).not.toBeNull();
    const versions = JSON.parse(map![1]) as Record<string, Record<string, string>>;
    for (const platform of ['win32', 'mac', 'web']) {
      const file = `excel-${platform}-${versions.excel[platform]}.js`;
      expect(config.OFFICE_JS_FILES).toContain(file);
    }
  });

  test('the locale strings come from <locale>/office_strings.js, with en-us as office.js\'s fallback', () => {
    expect(source).toContain('DefaultLocale: "en-us"');
    expect(source).toMatch(/basePath \+ OSF\.getSupportedLocale\(appLocale, OSF\.ConstantNames\.DefaultLocale\) \+ "\/" \+ OSF\.ConstantNames\.OfficeStringJS/);
    expect(config.OFFICE_JS_FILES).toEqual(expect.arrayContaining(['en-us/office_strings.js', 'zh-cn/office_strings.js']));
  });

  test('every file to copy exists in the installed @microsoft/office-js', () => {
    const missing = config.OFFICE_JS_FILES.filter((f) => !fs.existsSync(path.join(officeJsDir, f)));
    expect(missing).toEqual([]);
  });
});
