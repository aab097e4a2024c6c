import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { presetTargets, workbookTargets } from '../../src/core/fill/targets';
import { recognizeGrid } from '../../src/core/recognize';
import { TARGET_PRESETS } from '../../src/core/presets';

describe('targets from the workbook’s target table T3 equal the 焦作2021 preset, either orientation', () => {
  test.each(['t3-targets.xlsx', 't3-targets-transposed.xlsx'])('%s', async (file) => {
    const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', file));
    const table = book.flatMap((g) => recognizeGrid(g)).find((t) => t.kind === 'target-matrix')!;
    const fromSheet = workbookTargets(table);
    const fromPreset = presetTargets(TARGET_PRESETS['焦作2021']);
    // the transposed table lost the 执行案件 group: its bare 结案率 reads as the litigation 结案率 (JA_RATE)
    const sheetId = (id: string) => (file.includes('transposed') && id === 'ZJ_RATE' ? 'JA_RATE' : id);
    expect(fromSheet.indicators.sort()).toEqual(fromPreset.indicators.map(sheetId).sort());
    for (const id of fromPreset.indicators)
      for (const level of ['中院', '基层', '全市'] as const) {
        expect([id, level, fromSheet.lookup(sheetId(id), level)?.text]).toEqual([id, level, fromPreset.lookup(id, level)?.text]);
        expect(fromSheet.lookup(sheetId(id), level)?.cell?.sheet).toBe(table.sheet);
      }
    expect(fromSheet.lookup('FWXS_RATE', null)).toBeNull();
  });
});
