import { readNumber } from '../cellText';
import type { Grid } from '../grid';
import type { Region } from '../model';
import type { Preset } from '../presets';
import { profileOf } from './registry';

/**
 * What the weights of a form leave for its funds: the weight total (the 总分 row's 分值, else the preset's
 * 100) less every indicator's points (its 分值 cell, or the distinct labels carrying them). Null when the
 * indicators state no points or leave nothing sensible (0 or less, the whole total).
 */
function inferredPoints(region: Region, preset: Preset, grid: Grid): number | null {
  let sum = 0;
  let stated = false;
  const labels = new Set<string>();
  for (const ind of region.indicators) {
    if (ind.weight) {
      const w = readNumber(grid.value(ind.weight.row, ind.weight.col));
      if (w.kind === 'number') {
        sum += w.value;
        stated = true;
      }
    } else if (ind.labelWeight) {
      const key = `${ind.labelWeight.cell.row},${ind.labelWeight.cell.col}`;
      if (!labels.has(key)) sum += ind.labelWeight.points;
      labels.add(key);
      stated = true;
    }
  }
  if (!stated) return null;
  const declared = region.totalWeight
    ? readNumber(grid.value(region.totalWeight.row, region.totalWeight.col))
    : null;
  const total = declared?.kind === 'number' ? declared.value : preset.weightTotal;
  const left = Math.round((total - sum) * 100) / 100;
  return left > 0 && left < total ? left : null;
}

/**
 * The points a region's funds score is worth: what the form states (分值, `（20分）`, `得分（20分*执行率）`), else
 * its layout's default — the preset's for national forms, 20 for the forms built on 20 whatever preset the
 * workbook uses, and for a form read by its columns what its weights leave for the funds. Null when nothing
 * tells: then the funds score is neither judged nor written. The check and the formula both ask here, so
 * they cannot disagree.
 */
export function fundsPointsOf(region: Region, preset: Preset, grid: Grid): number | null {
  const stated = region.funds?.maxPoints;
  if (stated !== null && stated !== undefined) return stated;
  const rule = profileOf(region.layout).funds.defaultPoints;
  if (rule === 'preset') return preset.fundsPoints;
  if (rule === 'inferred') return inferredPoints(region, preset, grid);
  return rule;
}
