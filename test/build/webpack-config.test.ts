/**
 * The build's one deployment setting: the base URL every manifest URL is rewritten to.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as {
  DEV_BASE_URL: string;
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
