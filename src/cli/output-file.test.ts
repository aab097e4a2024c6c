import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { allCommands } from './commands';
import { run } from './main';
import { checkOutputFile } from './output-file';
import { CliError } from './types';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-output-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** an input on which each writing verb writes a file (a verb that writes and is missing here fails the test below) */
const WRITES: Record<string, { input: string; args: string[]; /** the output's extension, .xlsx unless said */ ext?: string }> = {
  fill: { input: path.join(FIXTURES, 't1-control-target-blank.xlsx'), args: [] },
  aggregate: { input: path.join(FIXTURES, 'case-list.xlsx'), args: [] },
  merge: { input: path.join(FIXTURES, 'books', 'courts', '解放区.xlsx'), args: [] },
  report: { input: path.join(FIXTURES, 'unit-matrix.xlsx'), args: [], ext: '.docx' },
};

let n = 0;
/** a fresh folder with a copy of `source` as in.xlsx */
function folderWith(source: string): { dir: string; input: string } {
  const dir = path.join(tmp, `case-${++n}`);
  fs.mkdirSync(dir);
  const input = path.join(dir, 'in.xlsx');
  fs.copyFileSync(source, input);
  return { dir, input };
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function zhixiao(...args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

describe('checkOutputFile: the output is compared with every input by identity, after following links', () => {
  const refused = (check: () => void) => {
    try {
      check();
    } catch (e) {
      expect(e).toBeInstanceOf(CliError);
      expect((e as Error).message).not.toMatch(/\n/);
      return (e as Error).message;
    }
    return null;
  };

  test('a symbolic link to the input, either way round, is the input, even with --force', () => {
    const { dir, input } = folderWith(WRITES.fill.input);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(input, link);
    for (const force of [false, true]) {
      expect(refused(() => checkOutputFile({ out: link, inputs: [input], force }))).toMatch(/^输出文件不能与输入文件相同：「.*link\.xlsx」与「.*in\.xlsx」是同一个文件/);
      expect(refused(() => checkOutputFile({ out: input, inputs: [link], force }))).toMatch(/^输出文件不能与输入文件相同/);
    }
  });

  test('a hard link to the input (the same device and inode under another name) is the input', () => {
    const { dir, input } = folderWith(WRITES.fill.input);
    const hard = path.join(dir, 'hard.xlsx');
    fs.linkSync(input, hard);
    expect(refused(() => checkOutputFile({ out: hard, inputs: [input], force: true }))).toMatch(/^输出文件不能与输入文件相同/);
  });

  test('the input reached through a linked folder, or by another spelling of its path, is the input', () => {
    const { dir, input } = folderWith(WRITES.fill.input);
    const folderLink = path.join(tmp, `folder-link-${n}`);
    fs.symlinkSync(dir, folderLink);
    expect(refused(() => checkOutputFile({ out: path.join(folderLink, 'in.xlsx'), inputs: [input], force: true }))).toMatch(/^输出文件不能与输入文件相同/);
    expect(refused(() => checkOutputFile({ out: path.join(dir, '.', 'sub', '..', 'in.xlsx'), inputs: [input], force: true }))).toBe(
      '输出文件不能与输入文件相同：请用 -o 指定另一个文件名（不会改写原文件）',
    );
  });

  test('every input counts, not only the first', () => {
    const { dir, input } = folderWith(WRITES.fill.input);
    const preset = path.join(dir, 'preset.json');
    fs.writeFileSync(preset, '{}');
    const linkToPreset = path.join(dir, 'p.xlsx');
    fs.linkSync(preset, linkToPreset);
    expect(refused(() => checkOutputFile({ out: linkToPreset, inputs: [input, preset], force: true }))).toMatch(/p\.xlsx」与「.*preset\.json」是同一个文件/);
  });

  test('an existing file that is not an input is replaced only with --force; a new name is fine', () => {
    const { dir, input } = folderWith(WRITES.fill.input);
    const other = path.join(dir, 'other.xlsx');
    fs.writeFileSync(other, 'last month');
    expect(refused(() => checkOutputFile({ out: other, inputs: [input], force: false }))).toBe(`输出文件「${other}」已存在：加 --force 才会替换它，或用 -o 指定另一个文件名`);
    expect(refused(() => checkOutputFile({ out: other, inputs: [input], force: true }))).toBeNull();
    expect(refused(() => checkOutputFile({ out: path.join(dir, 'new.xlsx'), inputs: [input], force: false }))).toBeNull();
  });

  test('a broken link at the output counts as existing (writing would create its target); a folder is left to the writer', () => {
    const { dir, input } = folderWith(WRITES.fill.input);
    const broken = path.join(dir, 'broken.xlsx');
    fs.symlinkSync(path.join(dir, 'nowhere.xlsx'), broken);
    expect(refused(() => checkOutputFile({ out: broken, inputs: [input], force: false }))).toMatch(/已存在/);
    const folder = path.join(dir, 'folder.xlsx');
    fs.mkdirSync(folder);
    expect(refused(() => checkOutputFile({ out: folder, inputs: [input], force: false }))).toBeNull();
  });
});

describe('every verb that writes a file never writes its input, and replaces an existing file only with --force', () => {
  test('every verb taking -o OUT has an input here to prove it', async () => {
    const commands = await allCommands();
    const writing = commands.filter((c) => / -o /.test(c.usage)).map((c) => c.name);
    expect(writing.sort()).toEqual(Object.keys(WRITES).sort());
    for (const name of writing) expect(commands.find((c) => c.name === name)!.usage).toContain('--force');
  });

  test.each(Object.keys(WRITES))('%s: a symbolic or hard link to the input, either way round, is refused in one line and the input is unchanged', async (verb) => {
    const { dir, input } = folderWith(WRITES[verb].input);
    const before = digest(input);
    const ext = WRITES[verb].ext ?? '.xlsx';
    const sym = path.join(dir, `sym${ext}`);
    const hard = path.join(dir, `hard${ext}`);
    fs.symlinkSync(input, sym);
    fs.linkSync(input, hard);
    for (const [from, to] of [
      [input, sym],
      [sym, input],
      [input, hard],
      [hard, input],
    ]) {
      for (const force of [[], ['--force']]) {
        const r = await zhixiao(verb, from, '-o', to, ...WRITES[verb].args, ...force);
        expect(r.status).toBe(1);
        expect(r.err).toHaveLength(1);
        expect(r.err[0]).toMatch(/^错误：输出文件不能与输入文件相同/);
        expect(r.out.join('\n')).not.toContain('已写出');
        expect(digest(input)).toBe(before);
      }
    }
  });

  test.each(Object.keys(WRITES))('%s: an existing output is kept without --force and replaced with it', async (verb) => {
    const { dir, input } = folderWith(WRITES[verb].input);
    const out = path.join(dir, `last-month${WRITES[verb].ext ?? '.xlsx'}`);
    fs.writeFileSync(out, 'last month’s work');
    const refused = await zhixiao(verb, input, '-o', out, ...WRITES[verb].args);
    expect(refused.status).toBe(1);
    expect(refused.err).toEqual([`错误：输出文件「${out}」已存在：加 --force 才会替换它，或用 -o 指定另一个文件名`]);
    expect(fs.readFileSync(out, 'utf8')).toBe('last month’s work');
    const forced = await zhixiao(verb, input, '-o', out, ...WRITES[verb].args, '--force');
    expect(forced.err).toEqual([]);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
