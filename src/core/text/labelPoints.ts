import { normalizeLabel } from './normalizeLabel';

/**
 * Points in parentheses right after a number and `分`: `(30分)`, `(0.5分)`, `(满分20分)`. A formula such as
 * `(20分*执行率)` does not match: the parenthesis must close right after `分`.
 */
const POINTS = /\((?:满分|权重|分值)?(\d+(?:\.\d+)?)分\)/;

/**
 * Points written in a label: `产出指标（30分）` → 30, `数量指标20 (0.5分)` → 0.5, `年度目标1（37分）：开展…` → 37,
 * `绩效指标（60分）` even with line breaks inside → 60; null when none (`得分（20分*执行率）`, `（万元）`).
 */
export function labelPoints(text: string): number | null {
  const match = POINTS.exec(normalizeLabel(text));
  if (!match) return null;
  const points = Number(match[1]);
  return Number.isFinite(points) ? points : null;
}

/** `数量指标15分`, `产出指标40分`: an indicator level's label with its points written after it, unbracketed. */
const TRAILING_POINTS = /^[^\d()]*指标:?(\d+(?:\.\d+)?)分$/;

/** Points of an indicator level's label: bracketed (`产出指标（30分）`) or written after it (`产出指标30分`). */
export function levelLabelPoints(text: string): number | null {
  const bracketed = labelPoints(text);
  if (bracketed !== null) return bracketed;
  const match = TRAILING_POINTS.exec(normalizeLabel(text));
  return match ? Number(match[1]) : null;
}
