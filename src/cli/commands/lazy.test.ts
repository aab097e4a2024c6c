/** The command line loads a verb's module only when it is chosen: calc starts without ExcelJS. */
jest.mock('exceljs', () => {
  throw new Error('ExcelJS was loaded');
});

test('calc runs without loading ExcelJS; a verb that reads workbooks would', async () => {
  const { run } = await import('../main');
  const out: string[] = [];
  const code = await run(['calc', 'FWXS_RATE', '1', '2'], { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect([code, out]).toEqual([0, ['0.5']]);
  const { loadCommand } = await import('.');
  await expect(loadCommand('fill')).rejects.toThrow('ExcelJS was loaded');
});
