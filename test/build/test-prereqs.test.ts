/**
 * `pretest` (scripts/test-prereqs.ts): on a fresh Debian machine `npm test` installs the browser, the font and
 * LibreOffice it needs, or says in one line how to, and fails; it never lets those tests skip.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { manualCommand, planSetup, type Privileges, type Requirement } from '../../scripts/test-prereqs';

const ROOT = path.resolve(__dirname, '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

const chromium: Requirement = { debianPackage: 'chromium', what: 'Chromium', present: () => false };
const font: Requirement = { debianPackage: 'fonts-wqy-microhei', what: '中文字体', present: () => false };
const may = (p: Partial<Privileges>): Privileges => ({ hasAptGet: true, isRoot: false, canSudo: false, installForbidden: false, ...p });

describe('what pretest does about missing packages', () => {
  test('npm test runs it first (npm runs `pretest` before `test`)', () => {
    expect(PKG.scripts.pretest).toBe('node scripts/run-ts.js scripts/test-prereqs.ts');
  });

  test('nothing missing: nothing to do', () => {
    expect(planSetup([], may({}))).toEqual({ action: 'none' });
  });

  test('as root it installs both with apt-get, after an update', () => {
    expect(planSetup([chromium, font], may({ isRoot: true }))).toEqual({
      action: 'install',
      packages: ['chromium', 'fonts-wqy-microhei'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'],
      ],
    });
  });

  test('with sudo that needs no password it installs through sudo -n', () => {
    const plan = planSetup([font], may({ canSudo: true }));
    expect(plan.action === 'install' && plan.commands).toEqual([
      ['sudo', '-n', 'apt-get', 'update'],
      ['sudo', '-n', 'apt-get', 'install', '-y', '--no-install-recommends', 'fonts-wqy-microhei'],
    ]);
  });

  test('without the right to install it fails with one line that gives the command', () => {
    const plan = planSetup([chromium, font], may({}));
    expect(plan.action).toBe('fail');
    const line = plan.action === 'fail' ? plan.line : '';
    expect(line).not.toContain('\n');
    expect(line).toContain(manualCommand(['chromium', 'fonts-wqy-microhei']));
  });

  test('ZHIXIAO_NO_INSTALL=1 forbids installing even as root', () => {
    expect(planSetup([chromium], may({ isRoot: true, installForbidden: true })).action).toBe('fail');
  });

  test('a machine without apt-get is told to install Chromium and point CHROMIUM_PATH at it', () => {
    const plan = planSetup([chromium], may({ hasAptGet: false, isRoot: true }));
    expect(plan.action === 'fail' && plan.line).toContain('CHROMIUM_PATH');
  });
});

describe('the script itself, with stand-ins for apt-get, sudo and fc-list', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** a folder of fake system commands: apt-get records its arguments and "installs" by creating files */
  function fakeSystem(): { dir: string; bin: string; chromium: string; soffice: string; log: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-prereqs-'));
    made.push(dir);
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const chromiumPath = path.join(dir, 'chromium');
    const sofficePath = path.join(dir, 'soffice');
    const log = path.join(dir, 'apt.log');
    const script = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    script(
      'apt-get',
      `echo "$*" >> ${log}\ncase "$*" in *chromium*) touch ${chromiumPath};; esac\ncase "$*" in *fonts-wqy-microhei*) touch ${dir}/font;; esac\ncase "$*" in *libreoffice-calc*) touch ${sofficePath};; esac`,
    );
    script('sudo', '[ "$1" = -n ] && shift\nexec "$@"');
    script('fc-list', `[ -f ${dir}/font ] && echo "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc: WenQuanYi Micro Hei"\nexit 0`);
    return { dir, bin, chromium: chromiumPath, soffice: sofficePath, log };
  }

  function runScript(env: Record<string, string>) {
    return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'run-ts.js'), path.join(ROOT, 'scripts', 'test-prereqs.ts')], {
      encoding: 'utf8',
      env: { ...process.env, ZHIXIAO_NO_INSTALL: '', ...env },
    });
  }

  const envOf = (sys: ReturnType<typeof fakeSystem>) => ({ PATH: `${sys.bin}:${process.env.PATH}`, CHROMIUM_PATH: sys.chromium, LIBREOFFICE_PATH: sys.soffice });

  test('missing chromium, font and LibreOffice are installed with apt-get, then it succeeds', () => {
    const sys = fakeSystem();
    const result = runScript(envOf(sys));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fs.readFileSync(sys.log, 'utf8').trim().split('\n')).toEqual(['update', 'install -y --no-install-recommends chromium fonts-wqy-microhei libreoffice-calc']);
    expect(fs.existsSync(sys.chromium) && fs.existsSync(sys.soffice)).toBe(true);
  });

  test('only what is missing is installed', () => {
    const sys = fakeSystem();
    fs.writeFileSync(sys.chromium, '');
    fs.writeFileSync(path.join(sys.dir, 'font'), '');
    expect(runScript(envOf(sys)).status).toBe(0);
    expect(fs.readFileSync(sys.log, 'utf8').trim().split('\n')).toEqual(['update', 'install -y --no-install-recommends libreoffice-calc']);
  });

  test('when it may not install, it prints one line saying how and exits 1', () => {
    const sys = fakeSystem();
    const result = runScript({ ...envOf(sys), ZHIXIAO_NO_INSTALL: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('apt-get install -y --no-install-recommends chromium fonts-wqy-microhei libreoffice-calc');
    expect(fs.existsSync(sys.log)).toBe(false);
  });

  test('with everything present it is silent and succeeds', () => {
    const sys = fakeSystem();
    fs.writeFileSync(sys.chromium, '');
    fs.writeFileSync(path.join(sys.dir, 'font'), '');
    fs.writeFileSync(sys.soffice, '');
    const result = runScript(envOf(sys));
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
  });
});
