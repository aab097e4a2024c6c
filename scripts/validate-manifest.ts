/**
 * `npm run validate [-- MANIFEST] [--schemas DIR]`
 *
 * Offline manifest validation: Microsoft's XSD schemas kept in the repository (schemas/office/, or --schemas DIR,
 * or ZHIXIAO_OFFICE_SCHEMAS) and the project's own checks (scripts/manifest-checks.ts). MANIFEST defaults to the
 * repository's manifest.xml; give dist/manifest.xml to check a build, where every URL must also name a file of
 * dist/. Exit status 1 when anything fails — and when the schemas cannot be read: the XSD part is never skipped.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkManifest, DEFAULT_SCHEMA_DIR, REPO_ROOT, validateAgainstSchemas, wellFormednessErrors } from './manifest-checks';

const USAGE = '用法 usage: npm run validate [-- MANIFEST.xml] [--schemas DIR]';

async function main(argv: string[]): Promise<number> {
  let manifestPath = path.join(REPO_ROOT, 'manifest.xml');
  let schemaDir = process.env.ZHIXIAO_OFFICE_SCHEMAS || DEFAULT_SCHEMA_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--schemas' && argv[i + 1]) schemaDir = path.resolve(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (!arg.startsWith('-')) manifestPath = path.resolve(arg);
    else {
      process.stderr.write(`未知参数 unknown option: ${arg}\n${USAGE}\n`);
      return 1;
    }
  }
  if (!fs.existsSync(manifestPath)) {
    process.stderr.write(`找不到 manifest: ${manifestPath}${manifestPath.includes('dist') ? '（先运行 npm run build）' : ''}\n`);
    return 1;
  }
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const isSource = path.resolve(manifestPath) === path.join(REPO_ROOT, 'manifest.xml');
  const shown = path.relative(process.cwd(), manifestPath) || manifestPath;
  let failed = false;

  const schema = await validateAgainstSchemas(xml, schemaDir);
  if (!schema.ran) {
    failed = true;
    process.stdout.write(`✗ XSD：无法校验 ${shown}：${schema.reason}\n`);
    const parseErrors = await wellFormednessErrors(xml);
    if (parseErrors.length) {
      failed = true;
      process.stdout.write(`✗ XML：${shown} 格式不正确：\n`);
      for (const error of parseErrors) process.stdout.write(`  ${error}\n`);
    }
  } else if (schema.valid) {
    process.stdout.write(`✓ XSD：${shown} 符合 Office 清单架构（${path.relative(process.cwd(), schemaDir) || schemaDir}）\n`);
  } else {
    failed = true;
    process.stdout.write(`✗ XSD：${shown} 不符合 Office 清单架构：\n`);
    for (const error of schema.errors) process.stdout.write(`  ${error}\n`);
  }

  const { problems, facts } = checkManifest(xml, {
    siteRoot: isSource ? REPO_ROOT : path.dirname(manifestPath),
    requireAllFiles: !isSource,
  });
  if (problems.length) {
    failed = true;
    process.stdout.write(`✗ 项目检查：${problems.length} 个问题\n`);
    for (const p of problems) process.stdout.write(`  [${p.code}] ${p.message}\n`);
  } else {
    process.stdout.write(
      `✓ 项目检查：id ${facts.id}，语言 ${facts.defaultLocale}，命名空间 ${facts.namespace}，` +
        `${new Set(facts.urls).size} 个 URL 同在 ${new URL(facts.urls[0]).origin}，图标尺寸正确\n`,
    );
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`校验失败 validation crashed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
