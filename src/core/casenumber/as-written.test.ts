/**
 * 案号 as courts write them (issue 18): old-style codes no national table lists, the bankruptcy codes of
 * 法〔2016〕237号, local codes, sub-numbers written with a hyphen, several numbers in one citation, typos.
 */
import { parseCaseNumber, type CaseNumber } from './parse';
import { caseCodeTable, localCaseCodeProblems } from './code-table';
import { CASE_CODE_RULES, CASE_TYPES } from './types-data';

function ok(text: string, table?: Parameters<typeof parseCaseNumber>[1]): CaseNumber {
  const r = parseCaseNumber(text, table);
  if (!r.ok) throw new Error(`expected ${text} to parse, got: ${r.reason}`);
  return r.value;
}

function failure(text: string) {
  const r = parseCaseNumber(text);
  if (r.ok) throw new Error(`expected ${text} to fail, parsed as ${r.value.normalized}`);
  return r;
}

describe('old-style numbers: the court and the type split by the longest known code before 字', () => {
  test.each([
    ['（2012）甬仑商外初字第12号', '甬仑', '商外初', '商外初', '民'],
    ['（2009）甬仑民执字第1756号', '甬仑', '民执', '民执', '执'],
    ['（2015）宿城商破字第00006号', '宿城', '商破', '商破', '破'],
    ['（2013）浙甬商外终字第5号', '浙甬', '商外终', '商外终', '民'],
    ['（2014）广海法保字第9号', '广海法', '保', '保', '保'],
    ['（2013）温苍龙执民字第191号', '温苍龙', '执民', '执民', '执'],
    ['（2014）豫法民二终字第5号', '豫法', '民二终', '民终', '民'],
    ['（2015）浦环刑初字第00005号', '浦', '环刑初', '刑初', '刑'],
    ['(2011)滁10二破字第00001号', '滁10', '二破', '破', '破'],
    ['(2013)郑执一字第324-1号', '郑', '执一', '执', '执'],
    ['（2013）民一终字第370号', '', '民一终', '民终', '民'],
  ])('%s is court 「%s」, type written %s (read as %s), family %s', (text, court, written, code, family) => {
    const c = ok(text);
    expect(c.legacy).toBe(true);
    expect(c.court.code).toBe(court);
    expect(c.typeWritten).toBe(written);
    expect(c.typeCode).toBe(code);
    expect(c.type.family).toBe(family);
    expect(c.flags).not.toContain('legacy-unknown-type');
  });

  test('an unknown old code is kept as written and flagged, its family told by its characters where they tell it', () => {
    const a = ok('（2007）沙民权初字第4647号');
    expect(a).toMatchObject({ typeCode: '民权初', typeWritten: '民权初' });
    expect(a.court.code).toBe('沙');
    expect(a.type).toMatchObject({ family: '民', instance: '一审', status: 'legacy' });
    expect(a.flags).toContain('legacy-unknown-type');
    const b = ok('(2014)承14终字第152号');
    expect(b.court.code).toBe('承14');
    expect(b.type).toMatchObject({ family: '未', instance: '二审' });
    expect(ok('（2015）深中法房终字第78号').type.family).toBe('民');
  });

  test('the old form without 第, and old abbreviations that show the level (豫法, 粤高法, 深中法, 一中)', () => {
    const c = ok('（2013）揭中法刑一初字11号');
    expect(c.flags).toContain('legacy-no-di');
    expect(c.court.level).toBe('中级');
    expect(ok('（2013）粤高法刑三终字第304号').court).toMatchObject({ level: '高级', province: '广东' });
    expect(ok('（2014）一中民初字第5号').court.level).toBe('中级');
    expect(ok('（2015）朝民初字第1号').court.level).toBeNull();
  });

  test('a segment with no type character at all is refused with the reason', () => {
    expect(failure('（2003）后生字第01号').reason).toContain('无法区分旧式案号「后生」');
  });

  test('a new court code written with the old 字第 is read as new and flagged; 第 before a new number likewise', () => {
    const c = ok('(2016)川01民终字第5644号');
    expect(c).toMatchObject({ legacy: false, typeCode: '民终', number: 5644 });
    expect(c.court.code).toBe('川01');
    expect(c.flags).toContain('mixed-style');
    expect(ok('（2016）晋0825刑初第17号').flags).toContain('stray-di');
  });
});

describe('the official table: 法〔2016〕237号 and the codes it replaced', () => {
  test.each(['清申', '破申', '清终', '破终', '清监', '破监', '强清', '破'])('%s is an official code of 237号, family 强制清算与破产', (code) => {
    const c = ok(`（2021）粤03${code}12号`);
    expect(c.typeCode).toBe(code);
    expect(c.type).toMatchObject({ family: '破', status: 'official', rule: '法〔2016〕237号' });
  });

  test('民破 and 民算 are kept, marked replaced, with their successors; numbers issued with them still parse', () => {
    const c = ok('（2016）豫13民破1号');
    expect(c.type).toMatchObject({ status: 'replaced', replacedBy: ['破申', '破'], replacedFrom: '2016-08-01' });
    expect(c.flags).toContain('replaced-code');
    expect(ok('（2016）豫13民算1号').type.replacedBy).toEqual(['清申', '强清']);
  });

  test('every code names the rule that created it; every successor is itself a code', () => {
    const codes = new Set(CASE_TYPES.map((d) => d.code));
    for (const d of CASE_TYPES) {
      expect([d.code, d.rule in CASE_CODE_RULES]).toEqual([d.code, true]);
      for (const next of d.replacedBy ?? []) expect([d.code, codes.has(next)]).toEqual([d.code, true]);
      expect([d.code, d.status === 'replaced']).toEqual([d.code, !!d.replacedBy]);
    }
  });
});

describe('local practice codes, as data, extendable by a court', () => {
  test.each([
    ['（2021）浙0105引调3125号', '引调'],
    ['（2022）川0105民先调3490号', '民先调'],
    ['（2022）川0105民诉前调78号', '民诉前调'],
    ['（2023）豫1322诉前调确2号', '诉前调确'],
  ])('%s parses with the local code %s, flagged, left out of counts', (text, code) => {
    const c = ok(text);
    expect(c.typeCode).toBe(code);
    expect(c.type).toMatchObject({ status: 'local', rule: '地方', excludedFromCounts: true });
    expect(c.flags).toContain('local-code');
  });

  test('a court adds its own code in a preset: unknown without it, parsed with it', () => {
    expect(parseCaseNumber('（2023）豫1322民速15号').ok).toBe(false);
    const table = caseCodeTable([{ code: '民速', name: '民事速裁', family: '民', instance: '一审' }]);
    const c = ok('（2023）豫1322民速15号', table);
    expect(c.type).toMatchObject({ code: '民速', status: 'local', family: '民' });
    expect(c.type.excludedFromCounts).toBeUndefined();
    const notCounted = caseCodeTable([{ code: '调前', name: '诉前调解', family: '民', instance: '诉前', counted: false }]);
    expect(ok('（2023）豫1322调前3号', notCounted).type.excludedFromCounts).toBe(true);
  });

  test('a preset local code that cannot be used is refused with the place and the reason in Chinese', () => {
    expect(localCaseCodeProblems([{ code: 'AB', name: '', family: '甲', instance: '三审' }], 'localCaseCodes')).toEqual([
      'localCaseCodes第1项：代字「AB」应为 1–5 个汉字',
      'localCaseCodes第1项：缺少名称（name）',
      expect.stringContaining('大类「甲」应为'),
      expect.stringContaining('审级或程序「三审」应为'),
    ]);
    expect(localCaseCodeProblems(undefined, 'x')).toEqual([]);
  });
});

describe('the number as issued', () => {
  test('the normal form keeps leading zeros, -1 and 之一; only brackets, widths and spaces change', () => {
    expect(ok('(2021)浙0206民初00985号').normalized).toBe('（2021）浙0206民初00985号');
    expect(ok('（2014）北执字第00442号').normalized).toBe('（2014）北执字第00442号');
    expect(ok('〔２０１８〕苏08民终 7-1号').normalized).toBe('（2018）苏08民终7-1号');
    expect(ok('(2017)浙0324民初6954号之一').normalized).toBe('（2017）浙0324民初6954号之一');
    expect(ok('(2021)浙0206民初00985号').number).toBe(985);
  });

  test('a sub-number written with a hyphen reads as 之N: 苏08民终7-1号 is case 7, its first sub-number', () => {
    const c = ok('（2018）苏08民终7-1号');
    expect(c).toMatchObject({ number: 7, sub: 1, numberEnd: null, count: 1 });
    expect(c.flags).toContain('hyphen-sub');
  });

  test('a larger second number is a range; in bankruptcy a hyphen always numbers documents', () => {
    expect(ok('（2023）京0105民初18775-18776号')).toMatchObject({ count: 2, sub: null });
    expect(ok('(2013)衢商破字第1-2号')).toMatchObject({ number: 1, sub: 2, count: 1 });
  });

  test('a citation of several numbers is split into its cases', () => {
    const c = ok('(2021)最高法知行终556、581、738号');
    expect(c.members).toEqual(['（2021）最高法知行终556号', '（2021）最高法知行终581号', '（2021）最高法知行终738号']);
    expect(c.count).toBe(3);
    expect(c.specialTrial).toBe('知');
    expect(c.flags).toContain('multiple');
    expect(ok('(2011)丹民初字第2257、2258号').members).toEqual(['（2011）丹民初字第2257号', '（2011）丹民初字第2258号']);
  });

  test('a letter O typed for a zero is named as a likely typo, never read as a zero', () => {
    const r = failure('（2020）云Ｏ111民初2388号');
    expect(r.cause).toBe('typo');
    expect(r.reason).toBe('法院代字「云Ｏ111」中的「Ｏ」疑为数字「0」的笔误（应为「云0111」）');
    expect(failure('(2007)岳7二初字第O555号').reason).toContain('「O」疑为数字「0」的笔误');
    expect(failure('（2O19）京0105民初1号').cause).toBe('typo');
    expect(failure('(2013)西法执宇第91-1号').reason).toContain('疑为「字第」的笔误');
    expect(failure('(2016)苏117行初第29号').cause).toBe('typo');
  });
});
