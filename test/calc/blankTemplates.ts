/**
 * Blank templates as LibreOffice prints them: each one inserted with nothing typed, rendered to PDF and
 * rasterised (pdftoppm, PPM), so that tests can look at the pixels — a conditional fill that fires on an
 * empty form, a form that uses only the top of its A4 page.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { presetById } from '../../src/core/presets';
import { buildTemplateForm, listTemplates } from '../../src/core/templates';
import { templateSheetName } from '../../src/core/templates/sheetName';
import { FileHost } from '../../src/hosts/file/fileHost';
import { soffice } from './libreoffice';

/** An RGB raster: `pixels[(y * width + x) * 3]` is red. */
export interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Writes every blank template into `dir` as `blank-ID.xlsx`; returns id → file. */
export async function writeBlankTemplates(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of listTemplates()) {
    const built = buildTemplateForm(entry.id, { row: 0, col: 0 }, presetById(null));
    if (!built) continue;
    const host = new FileHost(new ExcelJS.Workbook());
    await host.insertTemplate(built.spec, templateSheetName(entry.name), true);
    const file = join(dir, `blank-${entry.id}.xlsx`);
    writeFileSync(file, await host.toBuffer());
    files.set(entry.id, file);
  }
  return files;
}

/** Parses a binary PPM (P6, maxval 255), as pdftoppm writes it. */
export function readPpm(data: Buffer): Raster {
  const header: string[] = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]))) at++;
    if (data[at] === 0x23) {
      while (data[at] !== 0x0a) at++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[at]))) token += String.fromCharCode(data[at++]);
    header.push(token);
  }
  at++; // the single whitespace after maxval
  const [magic, width, height, max] = header;
  if (magic !== 'P6' || max !== '255') throw new Error(`not an 8-bit P6 PPM: ${header.join(' ')}`);
  return { width: Number(width), height: Number(height), pixels: data.subarray(at) };
}

/** Renders the first sheet of each workbook to PDF, then each page to a raster at `dpi`: file → pages. */
export async function renderPages(
  profile: string,
  files: string[],
  outDir: string,
  dpi = 40,
): Promise<Map<string, Raster[]>> {
  await soffice(profile, ['--convert-to', 'pdf', '--outdir', outDir, ...files]);
  const pages = new Map<string, Raster[]>();
  for (const file of files) {
    const stem = file.replace(/^.*\//, '').replace(/\.xlsx$/, '');
    const pdf = join(outDir, `${stem}.pdf`);
    const done = spawnSync('pdftoppm', ['-r', String(dpi), pdf, join(outDir, stem)]);
    if (done.status !== 0) throw new Error(`pdftoppm failed on ${pdf}: ${done.stderr.toString()}`);
    const ppms = readdirSync(outDir)
      .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.ppm'))
      .sort();
    pages.set(
      file,
      ppms.map((f) => readPpm(readFileSync(join(outDir, f)))),
    );
  }
  return pages;
}

/** How many pixels are within `tolerance` of the colour `#RRGGBB`. */
export function countColour(raster: Raster, hex: string, tolerance = 6): number {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < raster.pixels.length; i += 3) {
    if (
      Math.abs(raster.pixels[i] - want[0]) <= tolerance &&
      Math.abs(raster.pixels[i + 1] - want[1]) <= tolerance &&
      Math.abs(raster.pixels[i + 2] - want[2]) <= tolerance
    )
      n++;
  }
  return n;
}

/** The share of the page's height between the first and last rows holding ink (any non-white pixel). */
export function inkedHeightShare(raster: Raster): number {
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < raster.height; y++) {
    const row = raster.pixels.subarray(y * raster.width * 3, (y + 1) * raster.width * 3);
    if (row.some((v) => v < 235)) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  return top < 0 ? 0 : (bottom - top + 1) / raster.height;
}
