/**
 * Writes src/page/sample/sample.xlsx, the workbook the browser page opens on, from the test fixtures: seed
 * forms as published, with their real faults (missing reasons, blank scores, totals that do not add up,
 * label weights that differ from their rows) and one clean form. Run before every page build
 * (`npm run build:page`, `npm start`), so the sample never drifts from the fixtures.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { toExcel } from '../../../test/fixtures/build';
import { FixtureWorkbook } from '../../../test/fixtures/format';
import { seed000Tables } from '../../../test/fixtures/tables/seed000';
import { SEED001_TABLES } from '../../../test/fixtures/tables/seed001';
import { seed002Tables } from '../../../test/fixtures/tables/seed002';
import { seed003Tables } from '../../../test/fixtures/tables/seed003';
import { sheetOf } from '../../../test/fixtures/workbooks';

export const SAMPLE_FILE = join(__dirname, 'sample.xlsx');

/** The first sheet is the one the page shows first: it should have findings to click. */
export const pageSample: FixtureWorkbook = {
  file: 'sample.xlsx',
  sheets: [
    sheetOf('昌吉2021', seed002Tables),
    sheetOf('攀枝花2020', seed003Tables),
    sheetOf('洪山街道2020', SEED001_TABLES),
    sheetOf('湖北2019', seed000Tables),
  ],
};

export async function writeSample(file = SAMPLE_FILE): Promise<string> {
  mkdirSync(join(file, '..'), { recursive: true });
  const book = toExcel(pageSample);
  book.creator = 'selfeval';
  await book.xlsx.writeFile(file);
  return file;
}

if (require.main === module) {
  writeSample().then(
    (file) => console.log(`sample written: ${file}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
