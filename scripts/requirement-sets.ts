/**
 * Which Excel API requirement sets the add-in's code calls, read from the `[Api set: ExcelApi 1.x]` annotations
 * of @types/office-js, and which calls lie above what the manifest requires without being feature-detected.
 *
 * `node scripts/run-ts.js scripts/requirement-sets.ts` prints the report; test/manifest/requirement-sets.test.ts
 * fails on any unguarded call above the manifest's `<Set Name="ExcelApi" MinVersion>`.
 *
 * What is read, with the TypeScript compiler's type checker:
 * - every property access (`range.values`, `range.getMergedAreasOrNullObject()`, `Excel.run`) whose member is
 *   declared in @types/office-js inside `namespace Excel`; a write (`range.values = …`) takes the highest version
 *   its annotation names ("ExcelApi 1.1 for get, 1.8 for set");
 * - the property paths of `load('a,b/c')` and `load(['a'])` strings, resolved on the loaded object's type.
 * What counts as feature-detected: the call sits in the true branch of an `if`, `?:` or `&&` (or after an
 * `if (!…) return;` in its block) whose condition mentions `isSetSupported('ExcelApi', 'V')` with V at least
 * the member's version — directly, through a function whose body makes that call, or through a variable set
 * from either.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const REPO_ROOT = path.resolve(__dirname, '..');
const OFFICE_TYPES = path.join('@types', 'office-js', 'index.d.ts');

/** a requirement set and version: `ExcelApi 1.13`; `ExcelApiDesktop 1.1` and `ExcelApiOnline 1.1` are sets of their own */
export interface ApiSet {
  set: string;
  /** [major, minor] */
  version: [number, number];
}

export interface ApiUse {
  /** repository-relative file, 1-based line */
  file: string;
  line: number;
  /** `Excel.Range.getMergedAreasOrNullObject`, or `Excel.Range.values (load)` */
  member: string;
  needs: ApiSet;
  /** the version a surrounding isSetSupported check guarantees, if any */
  guardedBy: ApiSet | null;
}

export function formatSet(s: ApiSet): string {
  return `${s.set} ${s.version.join('.')}`;
}

function compareVersions(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** true when a platform declaring `have` supports what `need` requires */
export function covers(have: ApiSet, need: ApiSet): boolean {
  return have.set === need.set && compareVersions(have.version, need.version) >= 0;
}

/** The annotation's sets: `[Api set: ExcelApi 1.1 for get, 1.8 for set]` → 1.1 (read) and 1.8 (write). */
export function parseApiSet(comment: string, write: boolean): ApiSet | null {
  const m = /\[Api set: (ExcelApi\w*) ([^\]]*)\]/.exec(comment);
  if (!m) return null;
  const versions = Array.from(m[2].matchAll(/(\d+)\.(\d+)/g), (v): [number, number] => [Number(v[1]), Number(v[2])]);
  if (!versions.length) return null;
  const version = write ? versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) : versions[0];
  return { set: m[1], version };
}

/** The `ExcelApi` version manifest.xml requires (`<Set Name="ExcelApi" MinVersion="1.9"/>`). */
export function manifestExcelApi(xml: string): ApiSet {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+)\.(\d+)"/.exec(xml);
  if (!m) throw new Error('manifest.xml 没有声明 ExcelApi 要求集');
  return { set: 'ExcelApi', version: [Number(m[1]), Number(m[2])] };
}

function isOfficeTypes(file: ts.SourceFile): boolean {
  return file.fileName.split(path.sep).join('/').endsWith(OFFICE_TYPES.split(path.sep).join('/'));
}

/** the JSDoc text right above a declaration */
function leadingComment(decl: ts.Node): string {
  const source = decl.getSourceFile().text;
  return (ts.getLeadingCommentRanges(source, decl.pos) ?? []).map((r) => source.slice(r.pos, r.end)).join('\n');
}

/** `Excel.Range` for a declaration inside `declare namespace Excel { class Range { … } }` */
function qualifiedOwner(decl: ts.Node): string | null {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if ((ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isEnumDeclaration(n)) && n.name) names.unshift(n.name.text);
    if (ts.isModuleDeclaration(n)) names.unshift(n.name.getText());
  }
  return names.length ? names.join('.') : null;
}

/** The Excel API set a declaration needs, if it is an Excel member of @types/office-js with an annotation. */
function declarationSet(decl: ts.Declaration, write: boolean): { owner: string; needs: ApiSet } | null {
  if (!isOfficeTypes(decl.getSourceFile())) return null;
  const owner = qualifiedOwner(decl);
  if (!owner || !(owner === 'Excel' || owner.startsWith('Excel.'))) return null;
  // an enum member without its own annotation takes its enum's
  const needs = parseApiSet(leadingComment(decl), write) ?? (ts.isEnumMember(decl) ? parseApiSet(leadingComment(decl.parent), write) : null);
  return needs ? { owner, needs } : null;
}

// ───────────────────────────── feature detection ─────────────────────────────

/** `isSetSupported('ExcelApi', '1.13')` → ExcelApi 1.13 */
function isSetSupportedCall(node: ts.Node): ApiSet | null {
  if (!ts.isCallExpression(node)) return null;
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'isSetSupported') return null;
  const [name, version] = node.arguments;
  if (!name || !ts.isStringLiteralLike(name)) return null;
  const v = version && ts.isStringLiteralLike(version) ? /^(\d+)\.(\d+)$/.exec(version.text) : null;
  return { set: name.text, version: v ? [Number(v[1]), Number(v[2])] : [1, 1] };
}

/** the best set an expression proves supported when it is true */
type Guards = Map<ts.Symbol, ApiSet>;

function provenBy(expr: ts.Node, guards: Guards, checker: ts.TypeChecker): ApiSet[] {
  const found: ApiSet[] = [];
  const visit = (n: ts.Node): void => {
    const direct = isSetSupportedCall(n);
    if (direct) found.push(direct);
    if (ts.isIdentifier(n)) {
      const symbol = checker.getSymbolAtLocation(n);
      const guard = symbol && guards.get(symbol);
      if (guard) found.push(guard);
    }
    // a negated check proves nothing for its true branch
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) return;
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return found;
}

/** functions whose body calls isSetSupported, and variables set from such a function or from the call itself */
function collectGuards(files: readonly ts.SourceFile[], checker: ts.TypeChecker): Guards {
  const guards: Guards = new Map();
  const symbolOf = (name: ts.Node) => checker.getSymbolAtLocation(name);
  // functions first, then the variables that call them
  for (const file of files) {
    const visit = (n: ts.Node): void => {
      if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && n.body) {
        const sets: ApiSet[] = [];
        const inner = (m: ts.Node): void => {
          const s = isSetSupportedCall(m);
          if (s) sets.push(s);
          ts.forEachChild(m, inner);
        };
        inner(n.body);
        const symbol = symbolOf(n.name);
        if (symbol && sets.length === 1) guards.set(symbol, sets[0]);
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  for (const file of files) {
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && n.initializer && ts.isIdentifier(n.name)) {
        const sets = provenBy(n.initializer, guards, checker);
        const symbol = symbolOf(n.name);
        if (symbol && sets.length === 1) guards.set(symbol, sets[0]);
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  return guards;
}

/** `return;` / `throw …;`, alone or ending a block: a branch that leaves */
function leaves(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && leaves(statement.statements[statement.statements.length - 1]);
}

/** the sets the conditions around a node prove, for the branch the node is in */
function guardsAround(node: ts.Node, guards: Guards, checker: ts.TypeChecker): ApiSet[] {
  const sets: ApiSet[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    // an early exit before it in the same block: `if (!supported) return;`
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const before of parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement))) {
        if (ts.isIfStatement(before) && !before.elseStatement && leaves(before.thenStatement)) {
          const condition = before.expression;
          if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
            sets.push(...provenBy(condition.operand, guards, checker));
          }
        }
      }
    }
    if (ts.isIfStatement(parent) && parent.thenStatement === child) sets.push(...provenBy(parent.expression, guards, checker));
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) sets.push(...provenBy(parent.condition, guards, checker));
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child) {
      sets.push(...provenBy(parent.left, guards, checker));
    }
  }
  return sets;
}

// ───────────────────────────── the walk ─────────────────────────────

function isWrite(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/** `load('values,formulas')`, `load('items/name')`, `load(['a', 'b'])`: the property paths named */
function loadPaths(call: ts.CallExpression): { path: string; at: ts.Node }[] {
  const paths: { path: string; at: ts.Node }[] = [];
  for (const arg of call.arguments) {
    const strings = ts.isArrayLiteralExpression(arg) ? arg.elements : [arg];
    for (const s of strings) {
      if (ts.isStringLiteralLike(s)) for (const p of s.text.split(',')) if (p.trim()) paths.push({ path: p.trim(), at: s });
    }
  }
  return paths;
}

/** the declarations a load path names, property by property, from the loaded object's type */
function resolveLoadPath(type: ts.Type, loadPath: string, checker: ts.TypeChecker): ts.Declaration[] {
  const found: ts.Declaration[] = [];
  let current: ts.Type | undefined = type;
  for (const name of loadPath.split('/')) {
    if (!current) break;
    const property = checker.getPropertyOfType(current, name);
    const decl = property?.valueDeclaration ?? property?.declarations?.[0];
    if (!property || !decl) break;
    found.push(decl);
    let next: ts.Type = checker.getTypeOfSymbolAtLocation(property, decl);
    // `items` of a collection: its element type
    next = checker.getIndexTypeOfType(next, ts.IndexKind.Number) ?? next;
    current = next;
  }
  return found;
}

export interface Report {
  required: ApiSet;
  uses: ApiUse[];
  /** uses above `required`, not feature-detected */
  unguarded: ApiUse[];
}

/** The code the add-in runs in Excel: the adapter and the task pane, without their tests. */
export function addinFiles(root = REPO_ROOT): string[] {
  return ['src/excel', 'src/taskpane'].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      .map((name) => path.join(root, dir, name)),
  );
}

/** Reads `files` with the project's compiler options and reports every Excel API use. */
export function analyse(files: string[], required: ApiSet, root = REPO_ROOT): Report {
  const config = ts.readConfigFile(path.join(REPO_ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO_ROOT);
  const program = ts.createProgram(files, { ...options, noEmit: true, typeRoots: [path.join(REPO_ROOT, 'node_modules', '@types')] });
  const checker = program.getTypeChecker();
  const sources = files.map((f) => program.getSourceFile(f)!).filter(Boolean);
  const guards = collectGuards(sources, checker);
  const uses: ApiUse[] = [];

  const record = (node: ts.Node, decl: ts.Declaration, name: string, write: boolean, suffix = '') => {
    const info = declarationSet(decl, write);
    if (!info) return;
    const file = node.getSourceFile();
    const around = guardsAround(node, guards, checker).filter((g) => g.set === info.needs.set);
    const best = around.reduce<ApiSet | null>((a, b) => (!a || compareVersions(b.version, a.version) > 0 ? b : a), null);
    uses.push({
      file: path.relative(root, file.fileName).split(path.sep).join('/'),
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      member: `${info.owner}.${name}${suffix}`,
      needs: info.needs,
      guardedBy: best,
    });
  };

  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const parent = node.parent;
        const call = ts.isCallExpression(parent) && parent.expression === node ? parent : null;
        const symbol = checker.getSymbolAtLocation(node.name);
        // a call names the overload it resolves to; otherwise the member's first declaration
        const decl = (call && checker.getResolvedSignature(call)?.declaration) || symbol?.valueDeclaration || symbol?.declarations?.[0];
        if (decl && !ts.isJSDocSignature(decl)) record(node, decl as ts.Declaration, node.name.text, isWrite(node));
        if (call && node.name.text === 'load') {
          const type = checker.getTypeAtLocation(node.expression);
          for (const { path: p, at } of loadPaths(call)) {
            for (const d of resolveLoadPath(type, p, checker)) {
              const name = (d as ts.NamedDeclaration).name?.getText() ?? p;
              record(at, d, name, false, ' (load)');
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const unguarded = uses.filter((u) => !covers(required, u.needs) && !(u.guardedBy && covers(u.guardedBy, u.needs)));
  return { required, uses, unguarded };
}

function main(): number {
  const required = manifestExcelApi(fs.readFileSync(path.join(REPO_ROOT, 'manifest.xml'), 'utf8'));
  const report = analyse(addinFiles(), required);
  const bySet = new Map<string, Set<string>>();
  for (const u of report.uses) {
    const key = formatSet(u.needs);
    bySet.set(key, (bySet.get(key) ?? new Set()).add(u.member));
  }
  process.stdout.write(`manifest.xml 要求 ${formatSet(required)}；加载项调用的 Excel API（${report.uses.length} 处）：\n`);
  const order = [...bySet.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const key of order) process.stdout.write(`  ${key}: ${[...bySet.get(key)!].sort().join(', ')}\n`);
  for (const u of report.uses.filter((x) => x.guardedBy && !covers(required, x.needs))) {
    process.stdout.write(`  ✓ ${u.file}:${u.line} ${u.member} 需要 ${formatSet(u.needs)}，已检测（isSetSupported ${formatSet(u.guardedBy!)}）\n`);
  }
  for (const u of report.unguarded) {
    process.stdout.write(`  ✗ ${u.file}:${u.line} ${u.member} 需要 ${formatSet(u.needs)}，高于 manifest 且未用 isSetSupported 检测\n`);
  }
  return report.unguarded.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) process.exit(main());
