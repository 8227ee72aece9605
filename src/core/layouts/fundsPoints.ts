import type { Region } from '../model';
import type { Preset } from '../presets';
import { profileOf } from './registry';

/**
 * The points a region's funds score is worth: what the form states (分值, `（20分）`, `得分（20分*执行率）`), else
 * its layout's default — the preset's for national forms, 20 for the forms built on 20 whatever preset the
 * workbook uses. The check and the formula both ask here, so they cannot disagree.
 */
export function fundsPointsOf(region: Region, preset: Preset): number {
  const stated = region.funds?.maxPoints;
  if (stated !== null && stated !== undefined) return stated;
  const rule = profileOf(region.layout).funds.defaultPoints;
  return rule === 'preset' ? preset.fundsPoints : rule;
}
