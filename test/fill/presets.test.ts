import * as fs from 'fs';
import * as path from 'path';
import {
  SCORING_PRESETS,
  TARGET_PRESETS,
  copyPreset,
  presetFromJson,
  presetTargetText,
  validatePreset,
  validateScoringPreset,
  validateTargetPreset,
  延边2019,
  延边2019Scoring,
  焦作2021,
} from '../../src/core/presets';
import { findIndicator } from '../../src/core/catalog';
import { planFill } from '../../src/core/kinds';

describe('built-in presets', () => {
  test.each(Object.keys(TARGET_PRESETS))('target preset %s is valid and names catalogue indicators', (id) => {
    expect(validateTargetPreset(TARGET_PRESETS[id])).toEqual([]);
    for (const t of TARGET_PRESETS[id].targets) if (t.indicator) expect(findIndicator(t.indicator)?.id).toBe(t.indicator);
  });
  test.each(Object.keys(SCORING_PRESETS))('scoring preset %s is valid', (id) => {
    expect(validateScoringPreset(SCORING_PRESETS[id])).toEqual([]);
  });
  test('the four seeds are there', () => {
    expect(Object.keys(TARGET_PRESETS).sort()).toEqual(['乌兰浩特2022', '延边2019', '方城2023', '焦作2021'].sort());
    expect(TARGET_PRESETS['乌兰浩特2022'].progressFloors?.['11']).toBe(0.88);
    expect(TARGET_PRESETS['方城2023'].targets.find((t) => t.indicator === 'DTXP_RATE')?.rank).toBe('前三');
  });
  test('延边2019 points add up: 中院 25 + 50 + 25 and 基层 30 + 70 per part of 100', () => {
    const enforcement = 延边2019Scoring.parts.find((p) => p.id === 'enforcement')!;
    const sum = (level: '中院' | '基层') => enforcement.items.reduce((s, i) => s + (typeof i.points === 'number' ? i.points : (i.points[level] ?? 0)), 0);
    expect(sum('中院')).toBeCloseTo(100, 10);
    expect(sum('基层')).toBeCloseTo(100, 10);
    expect(延边2019Scoring.parts.map((p) => p.weight)).toEqual([0.5, 0.5]);
  });
  test('焦作2021 targets differ by level; "-" means not assessed at that level', () => {
    expect(presetTargetText(焦作2021, 'ZSSC_RATE', '中院')?.text).toBe('≦5%');
    expect(presetTargetText(焦作2021, 'ZSSC_RATE', '基层')?.text).toBe('-');
    expect(presetTargetText(焦作2021, 'JYCX_RATE', '基层')?.text).toBe('≧80%');
  });
});

describe('a user-edited preset', () => {
  test('a copy is independent of the built-in record and survives JSON', () => {
    const mine = copyPreset(延边2019Scoring, '延边2020');
    mine.assumptions.steps = 'floor';
    expect(延边2019Scoring.assumptions.steps).toBe('linear');
    const back = presetFromJson(JSON.stringify(mine));
    expect(back).toEqual(mine);
  });
  test('mistakes are reported in Chinese, naming the place', () => {
    const bad = copyPreset(延边2019Scoring);
    bad.parts[0].items[0].points = 30; // litigation now adds up to 90
    bad.assumptions.missedTarget = 'sometimes' as never;
    (bad.parts[1].items[1].rules[0] as { target: string }).target = '很高';
    const problems = validateScoringPreset(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('各项分值合计 90，与满分 100 不符'),
        expect.stringContaining('missedTarget'),
        expect.stringContaining('无法识别的目标「很高」'),
      ]),
    );
    const badTargets = copyPreset(焦作2021);
    badTargets.targets[0].indicator = 'NO_SUCH';
    badTargets.targets[1].byLevel = { 省院: '≦5%' } as never;
    expect(validateTargetPreset(badTargets)).toEqual([
      expect.stringContaining('指标目录中没有「NO_SUCH」'),
      expect.stringContaining('未知层级「省院」'),
    ]);
    expect(validatePreset({ kind: 'x' })[0]).toContain('预设的类型');
    expect(() => presetFromJson('{')).toThrow('预设不是有效的 JSON');
  });

  test("a court's own case type codes travel in its target preset and are checked like the rest", () => {
    const mine = copyPreset(焦作2021, '焦作2022');
    mine.localCaseCodes = [{ code: '民速', name: '民事速裁', family: '民', instance: '一审' }];
    expect(validateTargetPreset(mine)).toEqual([]);
    const back = presetFromJson(JSON.stringify(mine));
    expect(back.kind === 'target' && back.localCaseCodes).toEqual(mine.localCaseCodes);
    mine.localCaseCodes = [{ code: '民速', name: '民事速裁', family: '民', instance: '速裁' as never }];
    expect(validateTargetPreset(mine)).toEqual([expect.stringContaining('本院类型代字（localCaseCodes）第1项：审级或程序「速裁」')]);
  });
});

describe('the example preset of examples/', () => {
  test('preset-yanbian-2020.json is a valid edited copy of 延边2019 with the two switches flipped', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'preset-yanbian-2020.json'), 'utf8');
    const preset = presetFromJson(text);
    expect(preset.kind).toBe('scoring');
    if (preset.kind !== 'scoring') return;
    expect(preset.assumptions).toEqual({ steps: 'floor', missedTarget: 'all-or-nothing', revocationTargetUnit: '‰' });
    expect(preset.parts).toEqual(延边2019Scoring.parts);
  });
});

describe('planFill with an edited preset', () => {
  test('an invalid record is refused with the reasons, before anything is planned', () => {
    const bad = copyPreset(延边2019Scoring, '坏预设');
    bad.parts[1].weight = 0.6;
    expect(() => planFill([], [], { scoring: bad })).toThrow('评分预设「坏预设」有误：各部分权重合计 1.1，应为 1');
    const badTargets = copyPreset(焦作2021, '坏目标');
    badTargets.targets[0].text = '大约九成';
    delete badTargets.targets[0].byLevel;
    expect(() => planFill([], [], { targets: badTargets })).toThrow('无法识别的目标「大约九成」');
  });
});

describe('what a user reads names the documents, not internal codes', () => {
  test('every built-in preset’s source names its document, and no text says 种子', async () => {
    const { SCORING_PRESETS: scoring, TARGET_PRESETS: targets } = await import('../../src/core/presets');
    for (const p of [...Object.values(targets), ...Object.values(scoring)]) {
      expect(JSON.stringify(p)).not.toMatch(/种子/);
      expect(p.source).toMatch(/法院|中院|高院/);
      expect(p.source).toMatch(/方案|办法|要求|目标/);
    }
    expect(targets['焦作2021'].source).toContain('焦中法〔2021〕24号');
  });

  test('the function reference lists sources by document, without the codes 000–004', async () => {
    const { renderFunctionsDoc } = await import('../../src/custom-functions/docs');
    const doc = renderFunctionsDoc();
    expect(doc).not.toMatch(/种子|\b00[0-4]\b/);
    expect(doc).toContain('焦作2021：焦作中院《“案件质量提升年”活动实施方案》（焦中法〔2021〕24号）');
  });
});

describe('a target set on one 口径 (issue 12.1)', () => {
  test('延边2019 sets 实际执结率, 终本率, 终结率 on the 受理 口径; a 口径 the indicator does not have is refused', () => {
    const byId = (id: string) => 延边2019.targets.find((t) => t.indicator === id)!;
    expect(['SJZJ_RATE', 'ZB_RATE', 'ZJIE_RATE'].map((id) => byId(id).variant)).toEqual(['受理', '受理', '受理']);
    const bad = copyPreset(延边2019);
    bad.targets.find((t) => t.indicator === 'SJZJ_RATE')!.variant = '平台';
    expect(validateTargetPreset(bad)).toEqual([expect.stringContaining('指标「实际执结率」没有「平台」口径（可选：受理、结案）')]);
  });
});
