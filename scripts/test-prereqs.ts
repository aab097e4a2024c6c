/**
 * `pretest` (npm runs it before `npm test`): what the tests need from the system, installed when missing.
 *
 * The browser tests (test/e2e) drive Debian's `chromium`, and a CJK font makes their screenshots show Chinese
 * rather than empty boxes; test/cli/libreoffice.test.ts opens the demo's files in LibreOffice Calc
 * (`libreoffice-calc`). On a fresh Debian machine `npm ci && npm test` is all the set-up (README): when one
 * of them is missing and this user may install packages (root, or sudo without a password) this runs
 * `apt-get update && apt-get install -y --no-install-recommends …` itself; otherwise it prints one line saying
 * what to install and how, and exits 1 — the tests never skip for want of a browser.
 *
 * Settings: CHROMIUM_PATH (another browser binary; the font is then not checked off Linux), LIBREOFFICE_PATH
 * (another soffice), ZHIXIAO_NO_INSTALL=1 (never install: report and fail instead).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** a Debian package and how to tell it is there */
export interface Requirement {
  /** the Debian package that provides it */
  debianPackage: string;
  /** what it is for, in the one line shown when it is missing */
  what: string;
  present: () => boolean;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const DEFAULT_SOFFICE = '/usr/bin/soffice';

/** fonts that hold the CJK glyphs: Debian's fonts-wqy-microhei, or any Noto CJK */
const CJK_FONT = /wqy|noto[^\n]*cjk/i;

export function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [], { encoding: 'utf8' });
  return result.status === 0 && CJK_FONT.test(result.stdout);
}

export function requirements(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Requirement[] {
  const chromium = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const list: Requirement[] = [{ debianPackage: 'chromium', what: `Chromium（${chromium}，浏览器端到端测试）`, present: () => fs.existsSync(chromium) }];
  // a browser named by CHROMIUM_PATH on macOS or Windows brings its own fonts; fontconfig is a Linux matter
  if (platform === 'linux' || !env.CHROMIUM_PATH) {
    list.push({ debianPackage: 'fonts-wqy-microhei', what: '中文字体（截图显示汉字）', present: hasCjkFont });
  }
  const soffice = env.LIBREOFFICE_PATH || DEFAULT_SOFFICE;
  list.push({ debianPackage: 'libreoffice-calc', what: `LibreOffice Calc（${soffice}，第三方读取测试）`, present: () => fs.existsSync(soffice) });
  return list;
}

export interface Privileges {
  /** apt-get is on the PATH (a Debian or Ubuntu machine) */
  hasAptGet: boolean;
  isRoot: boolean;
  /** `sudo -n true` succeeds: sudo without a password */
  canSudo: boolean;
  /** ZHIXIAO_NO_INSTALL=1 */
  installForbidden: boolean;
}

export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'fail'; line: string };

/** the install command a person would type, for the one line shown when this script may not run it */
export function manualCommand(packages: string[]): string {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** What to do about the missing packages: nothing, install them (the commands to run), or fail with one line. */
export function planSetup(missing: Requirement[], p: Privileges): SetupPlan {
  if (!missing.length) return { action: 'none' };
  const packages = [...new Set(missing.map((m) => m.debianPackage))];
  const what = missing.map((m) => m.what).join('、');
  if (!p.hasAptGet) {
    return {
      action: 'fail',
      line: `npm test 需要 ${what}：这台机器没有 apt-get，请自行安装（Chromium、中文字体、LibreOffice），并用 CHROMIUM_PATH、LIBREOFFICE_PATH 指明位置 (install them; set CHROMIUM_PATH, LIBREOFFICE_PATH)`,
    };
  }
  if (p.installForbidden || (!p.isRoot && !p.canSudo)) {
    return {
      action: 'fail',
      line: `npm test 需要 ${what}，请先安装：${manualCommand(packages)}（或以 root 运行 npm test，它会自动安装）`,
    };
  }
  const prefix = p.isRoot ? [] : ['sudo', '-n'];
  return {
    action: 'install',
    packages,
    commands: [
      [...prefix, 'apt-get', 'update'],
      [...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', ...packages],
    ],
  };
}

function probePrivileges(env: NodeJS.ProcessEnv): Privileges {
  const succeeds = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  return {
    hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    canSudo: succeeds('sudo', ['-n', 'true']),
    installForbidden: env.ZHIXIAO_NO_INSTALL === '1',
  };
}

export function main(env: NodeJS.ProcessEnv = process.env): number {
  const missing = requirements(env).filter((r) => !r.present());
  const plan = planSetup(missing, probePrivileges(env));
  if (plan.action === 'none') return 0;
  if (plan.action === 'fail') {
    process.stderr.write(`✗ ${plan.line}\n`);
    return 1;
  }
  process.stdout.write(`==> 安装测试所需的 ${plan.packages.join(' ')}（apt-get，首次运行需要几分钟）\n`);
  process.stdout.write(`    ${missing.map((m) => m.what).join('、')}\n`);
  try {
    for (const [cmd, ...args] of plan.commands) {
      execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
  } catch {
    process.stderr.write(`✗ 自动安装失败，请手动安装：${manualCommand(plan.packages)}\n`);
    return 1;
  }
  const still = requirements(env).filter((r) => !r.present());
  if (still.length) {
    process.stderr.write(`✗ 安装后仍缺少 ${still.map((r) => r.what).join('、')}\n`);
    return 1;
  }
  return 0;
}

// run by scripts/run-ts.js (which sets argv[1] to this file), not when a test imports it
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) process.exit(main());
