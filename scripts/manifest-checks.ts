/**
 * The manifest checks, shared by `npm run validate` (scripts/validate-manifest.ts) and the tests
 * (test/manifest, test/build).
 *
 * Two parts:
 * - XSD validation against Microsoft's schemas, kept in the repository in `schemas/office/` (offline:
 *   `office-addin-manifest validate` needs an online service). When a schema folder given instead holds no
 *   schemas the result says so (`ran: false`) and `npm run validate` fails: it never passes having skipped them.
 * - The project's own checks, which need no schema: every resid resolves to a resource of the right kind, the
 *   icons exist as PNG files of their declared size, the id is a GUID, every URL lies under one base on one
 *   origin, the custom functions namespace is `ZX`, the locale is spelled `zh-CN`, the task pane and the
 *   functions share one long-lived runtime.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
// one PNG codec for the icons and their checks
import { crc32, PNG_SIGNATURE } from './make-icons';

export const REPO_ROOT = path.resolve(__dirname, '..');
/** the development server's address; manifest.xml is written with it and the build rewrites it */
export const DEV_BASE_URL = 'https://localhost:3000/';
/** the namespace of the custom functions (design.md: "Custom functions live in the namespace ZX") */
export const FUNCTIONS_NAMESPACE = 'ZX';
export const DEFAULT_LOCALE = 'zh-CN';
/** Microsoft's manifest schemas, in the repository (schemas/office/README.md says where they come from) */
export const DEFAULT_SCHEMA_DIR = path.join(REPO_ROOT, 'schemas', 'office');
export const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export interface ManifestProblem {
  /** stable identifier the tests assert on */
  code:
    | 'xml'
    | 'id'
    | 'locale'
    | 'resid'
    | 'resource'
    | 'icon'
    | 'url'
    | 'namespace'
    | 'runtime'
    | 'requirements'
    | 'display';
  /** what is wrong, in Chinese, for the person fixing it */
  message: string;
}

export type SchemaResult =
  | { ran: true; valid: boolean; errors: string[] }
  | { ran: false; reason: string };

// ───────────────────────────── XSD validation ─────────────────────────────

export function schemaFiles(schemaDir: string): string[] {
  if (!fs.existsSync(schemaDir)) return [];
  return fs.readdirSync(schemaDir).filter((name) => name.endsWith('.xsd')).sort();
}

/** Validates against the Office schemas; `ran: false` with the reason when they are not there or do not load. */
export async function validateAgainstSchemas(xml: string, schemaDir: string = DEFAULT_SCHEMA_DIR): Promise<SchemaResult> {
  const names = schemaFiles(schemaDir);
  if (!names.includes(ROOT_SCHEMA)) {
    return {
      ran: false,
      reason: `schemas missing: 未找到 ${path.join(schemaDir, ROOT_SCHEMA)}，未做 XSD 校验（XSD validation not run）`,
    };
  }
  // imported lazily: loading the wasm module is only worth it when there is something to validate against
  const { validateXML } = await import('xmllint-wasm');
  const read = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), 'utf8') });
  let result: Awaited<ReturnType<typeof validateXML>>;
  try {
    result = await validateXML({
      xml: { fileName: 'manifest.xml', contents: xml },
      schema: read(ROOT_SCHEMA),
      preload: names.filter((name) => name !== ROOT_SCHEMA).map(read),
    });
  } catch (e) {
    // xmllint throws when the schemas themselves do not load (a damaged or missing imported file)
    const detail = (e instanceof Error ? e.message : String(e)).split('\n').filter((l) => /error|fail/i.test(l)).slice(-2).join(' ');
    return { ran: false, reason: `schemas unusable: ${schemaDir} 中的架构无法加载，未做 XSD 校验（XSD validation not run）：${detail}` };
  }
  return { ran: true, valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/**
 * xmllint's own parse, which needs no schema (xmldom, used for the checks below, forgives things Office does
 * not, such as `--` inside a comment). Empty when the manifest is well-formed XML.
 */
export async function wellFormednessErrors(xml: string): Promise<string[]> {
  const { validateXML } = await import('xmllint-wasm');
  const result = await validateXML({ xml: { fileName: 'manifest.xml', contents: xml }, normalization: 'format' });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

// ───────────────────────────── project checks ─────────────────────────────

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** language-REGION as Office writes it: zh-CN, en-US */
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
const CJK = /[\u4e00-\u9fff]/;

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** which resource list an element's resid must point into */
function expectedKind(element: Element): ResourceKind {
  switch (element.localName) {
    case 'Image':
      return 'Images';
    case 'SourceLocation':
    case 'Runtime':
    case 'FunctionFile':
    case 'LearnMoreUrl':
      return 'Urls';
    case 'Description':
      return 'LongStrings';
    default:
      return 'ShortStrings';
  }
}

function elements(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);
}

function allElements(root: Document): Element[] {
  return Array.from(root.getElementsByTagName('*') as unknown as ArrayLike<Element>);
}

export interface PngInfo {
  width: number;
  height: number;
}

/**
 * Reads a PNG's size from its IHDR chunk after checking the signature and every chunk's CRC; a string says
 * why the file is not a usable PNG.
 */
export function readPng(bytes: Buffer): PngInfo | string {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return '不是 PNG 文件（文件头不对）';
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return 'PNG 缺少 IHDR';
  let offset = 8;
  let sawEnd = false;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return 'PNG 数据被截断';
    const crc = crc32(bytes.subarray(offset + 4, offset + 8 + length));
    if (crc !== bytes.readUInt32BE(offset + 8 + length)) return `PNG 数据块 ${bytes.toString('ascii', offset + 4, offset + 8)} 校验和错误`;
    if (bytes.toString('ascii', offset + 4, offset + 8) === 'IEND') sawEnd = true;
    offset = end;
  }
  if (!sawEnd) return 'PNG 缺少 IEND';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface CheckOptions {
  /**
   * the folder the manifest's URLs are served from: the repository (where `assets/` lies) for manifest.xml,
   * `dist/` for the built manifest. Icons are looked up there.
   */
  siteRoot: string;
  /** every URL must start with this (default: the folder of the task pane page, DefaultSettings/SourceLocation) */
  baseUrl?: string;
  /** also require every URL to name a file that exists under siteRoot (true for the built dist/) */
  requireAllFiles?: boolean;
  expectedNamespace?: string;
}

export interface ManifestFacts {
  id: string | null;
  /** <Version>, four numbers */
  version: string | null;
  defaultLocale: string | null;
  namespace: string | null;
  /** every URL in the manifest, in document order */
  urls: string[];
}

export interface CheckResult {
  problems: ManifestProblem[];
  facts: ManifestFacts;
}

/** The project's own checks. No schema needed. */
export function checkManifest(xml: string, options: CheckOptions): CheckResult {
  const problems: ManifestProblem[] = [];
  const problem = (code: ManifestProblem['code'], message: string) => problems.push({ code, message });
  const facts: ManifestFacts = { id: null, version: null, defaultLocale: null, namespace: null, urls: [] };

  const parseErrors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (msg: string) => parseErrors.push(msg),
      fatalError: (msg: string) => parseErrors.push(msg),
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc?.documentElement;
  if (parseErrors.length || !root || root.localName !== 'OfficeApp' || root.namespaceURI !== NS.app) {
    problem('xml', `manifest 不是格式正确的 OfficeApp XML：${parseErrors.join('；') || '根元素不是 OfficeApp'}`);
    return { problems, facts };
  }

  const text = (ns: string, name: string): string | null => {
    const found = elements(doc, ns, name)[0];
    return found ? (found.textContent ?? '').trim() : null;
  };

  // id
  facts.id = text(NS.app, 'Id');
  if (!facts.id || !GUID.test(facts.id)) problem('id', `<Id> 必须是 GUID，现在是“${facts.id ?? '（缺少）'}”`);

  facts.version = text(NS.app, 'Version');

  // locales: zh-CN as default, every override spelled language-REGION
  facts.defaultLocale = text(NS.app, 'DefaultLocale');
  if (facts.defaultLocale !== DEFAULT_LOCALE) {
    problem('locale', `<DefaultLocale> 应为 ${DEFAULT_LOCALE}，现在是“${facts.defaultLocale ?? '（缺少）'}”`);
  }
  for (const el of allElements(doc)) {
    if (el.localName !== 'Override') continue;
    const locale = el.getAttribute('Locale') ?? '';
    if (!LOCALE.test(locale)) problem('locale', `Override 的 Locale“${locale}”写法不对（应如 en-US、zh-CN）`);
  }

  // Chinese first: the default display name and description are Chinese, with an English override
  for (const name of ['DisplayName', 'Description']) {
    const el = elements(doc, NS.app, name)[0];
    const value = el?.getAttribute('DefaultValue') ?? '';
    if (!CJK.test(value)) problem('display', `<${name}> 的默认值应为中文，现在是“${value}”`);
    const overrides = el ? Array.from(el.childNodes as unknown as ArrayLike<Node>).filter((n) => (n as Element).localName === 'Override') : [];
    if (!overrides.some((o) => (o as Element).getAttribute('Locale') === 'en-US')) {
      problem('display', `<${name}> 缺少 en-US 的 Override`);
    }
  }

  // resources by kind
  const resources = new Map<string, { kind: ResourceKind; value: string; element: Element }>();
  const resourcesRoot = elements(doc, NS.ov, 'Resources')[0];
  if (!resourcesRoot) problem('resource', '缺少 <Resources>');
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as ResourceKind[]) {
    const list = resourcesRoot ? elements(resourcesRoot, NS.bt, kind)[0] : undefined;
    if (!list) continue;
    for (const child of Array.from(list.childNodes as unknown as ArrayLike<Node>)) {
      const el = child as Element;
      if (!el.localName) continue;
      const id = el.getAttribute('id') ?? '';
      if (resources.has(id)) problem('resource', `资源 id“${id}”重复`);
      resources.set(id, { kind, value: el.getAttribute('DefaultValue') ?? '', element: el });
      for (const o of Array.from(el.childNodes as unknown as ArrayLike<Node>)) {
        if ((o as Element).localName === 'Override' && kind !== 'ShortStrings' && kind !== 'LongStrings') {
          problem('resource', `资源“${id}”的 URL 或图片不应按语言覆盖`);
        }
      }
    }
  }

  // every resid resolves, to the right kind of resource
  const resolved = new Map<Element, string>();
  for (const el of allElements(doc)) {
    const resid = el.getAttribute('resid');
    if (resid === null || resid === '') continue;
    const resource = resources.get(resid);
    const want = expectedKind(el);
    if (!resource) problem('resid', `<${el.localName} resid="${resid}"> 找不到对应的资源`);
    else if (resource.kind !== want) problem('resid', `<${el.localName} resid="${resid}"> 指向 ${resource.kind}，应指向 ${want}`);
    else resolved.set(el, resource.value);
  }

  // the namespace of the custom functions; it is part of every formula, so it is never translated
  const expectedNamespace = options.expectedNamespace ?? FUNCTIONS_NAMESPACE;
  const namespaceEl = elements(doc, NS.ov, 'Namespace')[0];
  const namespaceRes = namespaceEl ? resources.get(namespaceEl.getAttribute('resid') ?? '') : undefined;
  facts.namespace = namespaceRes?.value ?? null;
  if (facts.namespace !== expectedNamespace) {
    problem('namespace', `自定义函数命名空间应为 ${expectedNamespace}，manifest 里是“${facts.namespace ?? '（缺少）'}”`);
  }
  if (namespaceRes && Array.from(namespaceRes.element.childNodes as unknown as ArrayLike<Node>).some((n) => (n as Element).localName === 'Override')) {
    problem('namespace', '命名空间不能按语言覆盖：公式里写的是 ZX.');
  }

  // shared runtime: one long-lived runtime, and the functions page and the task pane on that same URL
  const runtimes = elements(doc, NS.ov, 'Runtime');
  const runtimeResid = runtimes[0]?.getAttribute('resid') ?? null;
  if (runtimes.length !== 1) problem('runtime', `应有且只有一个 <Runtime>，现在有 ${runtimes.length} 个`);
  else if (runtimes[0].getAttribute('lifetime') !== 'long') problem('runtime', '<Runtime> 的 lifetime 应为 long（共享运行时）');
  const customFunctions = elements(doc, NS.ov, 'ExtensionPoint').find((e) => e.getAttributeNS(NS.xsi, 'type') === 'CustomFunctions');
  if (!customFunctions) problem('runtime', '缺少自定义函数扩展点（ExtensionPoint xsi:type="CustomFunctions"）');
  const pageLocation = customFunctions ? elements(customFunctions, NS.ov, 'Page')[0] : undefined;
  const pageResid = pageLocation ? elements(pageLocation, NS.ov, 'SourceLocation')[0]?.getAttribute('resid') : null;
  const taskpaneResids = elements(doc, NS.ov, 'Action')
    .filter((a) => a.getAttributeNS(NS.xsi, 'type') === 'ShowTaskpane')
    .map((a) => elements(a, NS.ov, 'SourceLocation')[0]?.getAttribute('resid'));
  if (!taskpaneResids.length) problem('runtime', '缺少打开任务窗格的功能区按钮（Action xsi:type="ShowTaskpane"）');
  for (const resid of [pageResid, ...taskpaneResids, elements(doc, NS.ov, 'FunctionFile')[0]?.getAttribute('resid')]) {
    if (runtimeResid && resid !== runtimeResid) {
      problem('runtime', `共享运行时要求函数页面、任务窗格和 FunctionFile 都用 ${runtimeResid}，这里用的是“${resid ?? '（缺少）'}”`);
    }
  }
  const sets = elements(doc, NS.app, 'Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion') ?? ''}`.trim());
  // CustomFunctionsRuntime 1.3: a returned matrix holds errors in some of its cells (docs/functions.md)
  for (const needed of ['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.3']) {
    if (!sets.includes(needed)) problem('requirements', `<Requirements> 缺少 ${needed}`);
  }

  // URLs: all under one base on one origin, over https
  for (const el of allElements(doc)) {
    for (const attr of ['DefaultValue', 'Value']) {
      const value = el.getAttribute(attr);
      if (value && /^[a-z]+:\/\//i.test(value)) facts.urls.push(value);
    }
    if (el.localName === 'AppDomain') facts.urls.push((el.textContent ?? '').trim());
  }
  // the site's base is where the task pane page lies, unless the caller says which base the build used
  const sourceLocation = elements(doc, NS.app, 'SourceLocation')[0]?.getAttribute('DefaultValue') ?? '';
  const base = options.baseUrl ?? sourceLocation.replace(/[^/]*$/, '');
  if (!base) problem('url', '缺少 <DefaultSettings><SourceLocation>，无法确定加载项的地址');
  for (const url of facts.urls) {
    if (!url.startsWith(base)) problem('url', `URL ${url} 不在 ${base} 之下：所有地址应在同一来源、同一基址`);
    if (!url.startsWith('https://')) problem('url', `URL ${url} 不是 https：Office 只加载 https 地址`);
  }

  // files: icons at their declared sizes; in dist every URL names a file that exists
  const localFile = (url: string): string | null => {
    if (!url.startsWith(base)) return null;
    const relative = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
    return relative ? path.join(options.siteRoot, relative) : null;
  };
  const iconRefs: { url: string; size: number; where: string }[] = [];
  const iconUrl = elements(doc, NS.app, 'IconUrl')[0]?.getAttribute('DefaultValue');
  if (iconUrl) iconRefs.push({ url: iconUrl, size: 32, where: 'IconUrl' });
  const highRes = elements(doc, NS.app, 'HighResolutionIconUrl')[0]?.getAttribute('DefaultValue');
  if (highRes) iconRefs.push({ url: highRes, size: 64, where: 'HighResolutionIconUrl' });
  for (const [el, url] of resolved) {
    if (el.localName === 'Image') iconRefs.push({ url, size: Number(el.getAttribute('size')), where: `Image resid=${el.getAttribute('resid')}` });
  }
  const seen = new Set<string>();
  for (const ref of iconRefs) {
    if (seen.has(`${ref.url} ${ref.size}`)) continue;
    seen.add(`${ref.url} ${ref.size}`);
    const file = localFile(ref.url);
    if (!file || !fs.existsSync(file)) {
      problem('icon', `${ref.where} 的图标 ${ref.url} 找不到文件${file ? ` ${path.relative(REPO_ROOT, file)}` : ''}`);
      continue;
    }
    const png = readPng(fs.readFileSync(file));
    if (typeof png === 'string') problem('icon', `${ref.where} 的图标 ${path.basename(file)}：${png}`);
    else if (png.width !== ref.size || png.height !== ref.size) {
      problem('icon', `${ref.where} 声明 ${ref.size}×${ref.size}，但 ${path.basename(file)} 是 ${png.width}×${png.height}`);
    }
  }
  if (options.requireAllFiles) {
    for (const url of new Set(facts.urls)) {
      const file = localFile(url);
      if (!file || !fs.existsSync(file)) problem('url', `URL ${url} 在 ${options.siteRoot} 中没有对应的文件`);
    }
  }

  return { problems, facts };
}
