/**
 * `npm run bench`, the two readers on .xlsx: ExcelJS (parse + snapshot, as `fix` and the page read) and
 * SheetJS (parse + snapshot, as `check` reads) on the same bench workbook at 30, 100 and 300 tables, with
 * whether the two snapshots are equal. Medians of a few runs; figures only, nothing asserted.
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { SheetSnapshot } from '../src/core/grid';
import { readWorkbook } from '../src/hosts/file/readWorkbook';
import { readSnapshotWorkbook } from '../src/hosts/file/sheetjs/readSnapshotWorkbook';
import { buildWorkbook } from './benchWorkbook';

const RUNS = 3;

async function medianMs(
  work: () => Promise<SheetSnapshot[]>,
): Promise<{ ms: number; result: SheetSnapshot[] }> {
  const times: number[] = [];
  let result: SheetSnapshot[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], result };
}

export async function benchReaders(sizes: readonly number[] = [30, 100, 300]): Promise<void> {
  console.log('');
  console.log(`readers on .xlsx (parse + snapshot, median of ${RUNS}):`);
  console.log('tables      file    ExcelJS    SheetJS  ratio  same snapshot');
  // One untimed read each first, so that loading the modules is not counted in the smallest size.
  const warm = new Uint8Array(await (await buildWorkbook(1)).workbook.xlsx.writeBuffer());
  await readWorkbook(warm, 'warm.xlsx');
  await readSnapshotWorkbook(warm, 'warm.xlsx');
  for (const tables of sizes) {
    const built = await buildWorkbook(tables);
    const bytes = new Uint8Array(await built.workbook.xlsx.writeBuffer());
    const exceljs = await medianMs(() => readWorkbook(bytes, 'bench.xlsx'));
    const sheetjs = await medianMs(async () => (await readSnapshotWorkbook(bytes, 'bench.xlsx')).sheets);
    const same = isDeepStrictEqual(exceljs.result, sheetjs.result);
    console.log(
      [
        String(tables).padStart(6),
        `${Math.round(bytes.length / 1024)} KB`.padStart(9),
        `${exceljs.ms.toFixed(0)} ms`.padStart(10),
        `${sheetjs.ms.toFixed(0)} ms`.padStart(10),
        `${(exceljs.ms / sheetjs.ms).toFixed(1)}×`.padStart(6),
        same ? '  yes' : '  NO',
      ].join(' '),
    );
  }
}

if (require.main === module) void benchReaders();
