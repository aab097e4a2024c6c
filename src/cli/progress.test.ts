import { progressLine } from './progress';
import type { CliIO } from './types';

function io(inPlace: boolean) {
  const lines: string[] = [];
  let ended = 0;
  const value: CliIO = { out: () => undefined, err: () => undefined, progress: { inPlace, write: (l) => lines.push(l), end: () => ended++ } };
  return { value, lines, ended: () => ended };
}

test('a short run shows no progress; a long one a line at most five times a second, ended once', () => {
  let now = 0;
  const t = io(true);
  const p = progressLine(t.value, '读取「a.csv」', () => now);
  now = 900;
  p.update(0.5, 1000);
  expect(t.lines).toEqual([]);
  now = 1500;
  p.update(0.6, 2000);
  now = 1600;
  p.update(0.61, 2100);
  now = 1800;
  p.update(0.7, 3000);
  expect(t.lines).toEqual(['读取「a.csv」：60%（已读 2,000 行，2 秒）', '读取「a.csv」：70%（已读 3,000 行，2 秒）']);
  p.done();
  expect(t.ended()).toBe(1);
});

test('into a file or pipe, one line per tenth', () => {
  let now = 0;
  const t = io(false);
  const p = progressLine(t.value, 'x', () => now);
  now = 2000;
  p.update(0.11, 1);
  now += 300;
  p.update(0.15, 2);
  now += 300;
  p.update(0.21, 3);
  expect(t.lines.map((l) => l.slice(0, 5))).toEqual(['x：11%', 'x：21%']);
});
