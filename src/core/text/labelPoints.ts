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
