/**
 * `npx tsx test/calc/render.ts OUTDIR [ID...]`: each template filled with the sample numbers, recalculated
 * and printed by LibreOffice to PDF, then to PNG (pdftoppm), to look at the form as it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ExcelJS from 'exceljs';
import { templateSheetName } from '../../src/core/templates/sheetName';
import { presetById } from '../../src/core/presets';
import { buildTemplateForm, listTemplates } from '../../src/core/templates';
import { FileHost } from '../../src/hosts/file/fileHost';
import { sampleFill } from '../core/templates/sampleFill';
import { makeProfile, toPdf } from './libreoffice';

async function main(): Promise<void> {
  const [outArg, ...ids] = process.argv.slice(2);
  if (!outArg) throw new Error('usage: tsx test/calc/render.ts OUTDIR [ID...]');
  const out = resolve(outArg);
  mkdirSync(out, { recursive: true });
  const profile = makeProfile(mkdtempSync(join(tmpdir(), 'selfeval-render-')));
  for (const entry of listTemplates().filter((t) => ids.length === 0 || ids.includes(t.id))) {
    const built = buildTemplateForm(entry.id, { row: 0, col: 0 }, presetById(null));
    if (!built) continue;
    const sheet = templateSheetName(entry.name);
    const host = new FileHost(new ExcelJS.Workbook());
    await host.insertTemplate(built.spec, sheet, true);
    await host.applyPlan({ label: 'sample', edits: sampleFill(built, sheet).edits });
    const xlsx = join(out, `${entry.id}.xlsx`);
    writeFileSync(xlsx, await host.toBuffer());
    await toPdf(profile, xlsx, out);
    const png = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      join(out, `${entry.id}.pdf`),
      join(out, entry.id),
    ]);
    if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr.toString()}`);
    console.log(join(out, `${entry.id}-1.png`));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
