/** The generated traditional → simplified table is what OpenCC gives today (run scripts/gen-traditional.ts when this fails). */
import * as fs from 'fs';
import * as path from 'path';
import { renderTraditionalData, TRADITIONAL_DATA_PATH } from '../../scripts/traditional';

test('src/core/base/traditional-data.ts is up to date with OpenCC', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', TRADITIONAL_DATA_PATH), 'utf8');
  expect(committed === renderTraditionalData()).toBe(true);
});
