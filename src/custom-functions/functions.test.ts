/**
 * The generated custom functions: the committed file is what the catalogue generates, its JSDoc parses into
 * functions.json with every catalogue function exactly once (Chinese descriptions, matrix parameters), and
 * the Excel glue turns engine errors into what Excel accepts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { ALL_FUNCTIONS } from '../core/functions/registry';
import { DOCS_PATH, renderFunctionsDoc } from './docs';
import { excelError, toExcelCell, callZx } from './excel';
import { GENERATED_PATH, jsdocText, paramIdentifier, renderFunctionsModule } from './generate';
import { fromExcelArg, invoke } from '../core/functions/invoke';

const root = path.resolve(__dirname, '../..');
const CJK = /[\u4e00-\u9fff]/;

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string; dimensionality?: string; type?: string; optional?: boolean; repeating?: boolean }[];
    result: { dimensionality?: string };
  }[];
}

describe('src/custom-functions/functions.ts', () => {
  test('is up to date with the catalogue (run npm run gen:functions when this fails)', () => {
    const committed = fs.readFileSync(path.join(root, GENERATED_PATH), 'utf8');
    expect(committed).toBe(renderFunctionsModule(ALL_FUNCTIONS));
  });

  test('docs/functions.md is up to date with the catalogue', () => {
    const committed = fs.readFileSync(path.join(root, DOCS_PATH), 'utf8');
    expect(committed).toBe(renderFunctionsDoc());
  });

  let metadata: Metadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(root, GENERATED_PATH));
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  });

  test('its JSDoc gives functions.json with every catalogue function exactly once', () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ALL_FUNCTIONS.map((f) => f.id).sort());
  });

  test('each function has its Chinese description, and Chinese parameter names and descriptions', () => {
    for (const f of metadata.functions) {
      const def = ALL_FUNCTIONS.find((d) => d.id === f.id)!;
      expect(f.name).toBe(def.id);
      expect(f.description).toBe(def.description);
      expect(f.description).toMatch(CJK);
      expect(f.parameters.map((p) => p.name)).toEqual(def.params.map((p) => paramIdentifier(p.name, new Set())));
      f.parameters.forEach((p, i) => {
        expect(p.description).toMatch(CJK);
        expect(p.dimensionality).toBe('matrix');
        expect(p.type).toBe('any');
        expect(!!p.optional).toBe(!!def.params[i].optional || !!def.params[i].repeating);
        expect(!!p.repeating).toBe(!!def.params[i].repeating);
      });
      expect(f.result.dimensionality).toBe('matrix');
    }
  });

  test('an @ or a comment end in a description cannot break the JSDoc', () => {
    expect(jsdocText('邮件 a@b */ 结束\n下一行')).toBe('邮件 a＠b *／ 结束 下一行');
    expect(paramIdentifier('申请再审、申诉数', new Set())).toBe('申请再审_申诉数');
    const taken = new Set<string>();
    expect([paramIdentifier('参数', taken), paramIdentifier('参数', taken)]).toEqual(['参数', '参数2']);
    expect(paramIdentifier('12个月', new Set())).toBe('_12个月');
  });
});

describe('Excel glue', () => {
  class FakeError {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  }
  const rt = { Error: FakeError };

  test('#VALUE! and #N/A keep their message; #DIV/0! and #NUM! go without; others become #VALUE!', () => {
    expect(excelError({ error: '#VALUE!', message: '参数「a」为空' })).toEqual({ code: '#VALUE!', message: '参数「a」为空' });
    expect(excelError({ error: '#N/A', message: '不考核' })).toEqual({ code: '#N/A', message: '不考核' });
    expect(excelError({ error: '#DIV/0!', message: '分母为0' })).toEqual({ code: '#DIV/0!' });
    expect(excelError({ error: '#NUM!', message: '负数' })).toEqual({ code: '#NUM!' });
    expect(excelError({ error: '#NAME?', message: '没有' })).toEqual({ code: '#VALUE!', message: '#NAME?：没有' });
  });

  test('results become CustomFunctions.Error objects with the runtime, "" for empty', () => {
    expect(toExcelCell({ error: '#VALUE!', message: 'm' }, rt)).toEqual(new FakeError('#VALUE!', 'm'));
    expect(toExcelCell({ error: '#DIV/0!', message: 'm' }, rt)).toEqual(new FakeError('#DIV/0!'));
    expect(toExcelCell(null, rt)).toBe('');
    expect(toExcelCell(0.84, rt)).toBe(0.84);
  });

  test('a generated function returns a matrix: one cell for cells, a column for a column', () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = rt;
    try {
      expect(callZx('FWXS_RATE', [[[160]], [[1000]], null])).toEqual([[0.84]]);
      expect(callZx('FWXS_RATE', [[[100], [200]], [[1000]]])).toEqual([[0.9], [0.8]]);
      expect(callZx('FWXS_RATE', [[[1, 2]], [[3], [4]]])[0][0]).toBeInstanceOf(FakeError);
      // Excel passes the repeating parameter as ONE argument holding an array of matrices
      expect(callZx('INDICATOR', [[['一审服判息诉率']], [[[160]], [[1000]]]])).toEqual([[0.84]]);
    } finally {
      delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    }
  });

  test('arguments as Excel passes them: omitted → undefined, "" → empty, 1×1 → a value, host errors → ErrorValue', () => {
    expect(fromExcelArg(null)).toBeUndefined();
    expect(fromExcelArg(undefined)).toBeUndefined();
    expect(fromExcelArg([['']])).toBeNull();
    expect(fromExcelArg([[5]])).toBe(5);
    expect(fromExcelArg([[1], ['']])).toEqual([[1], [null]]);
    expect(fromExcelArg([[new FakeError('#N/A')]])).toEqual({ error: '#N/A' });
    expect(invoke('FWXS_RATE', [[[new FakeError('#DIV/0!')]], [[1000]]])).toMatchObject({ error: '#DIV/0!' });
    expect(invoke('NO_SUCH', [])).toMatchObject({ error: '#VALUE!' });
  });
});
