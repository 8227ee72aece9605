import { ScoredBlock } from '../model';
import { scoreUpTo } from './overMax';
import { HEADING, LABEL, PARAGRAPH, SCORE, SheetBuilder } from './sheetBuilder';

/**
 * 项目绩效总目标（N分） of the hubei2019 and wuhan2020 forms, two rows from relative row `top`: label A,
 * 年初设定目标 B:D, 全年实际完成情况 E:F, one score G:`last` under `scoreHeading`.
 */
export function projectGoal(
  b: SheetBuilder,
  top: number,
  last: number,
  scoreHeading: string,
  points: number,
): ScoredBlock {
  b.span(top, 0, top + 1, 0, `项目绩效总目标（${points}分）`, LABEL);
  b.span(top, 1, top, 3, '年初设定目标', HEADING);
  b.span(top, 4, top, 5, '全年实际完成情况', HEADING);
  b.span(top, 6, top, last, scoreHeading, HEADING);
  b.span(top + 1, 1, top + 1, 3, null, PARAGRAPH);
  b.span(top + 1, 4, top + 1, 5, null, PARAGRAPH);
  b.span(top + 1, 6, top + 1, last, null, SCORE);
  const score = scoreUpTo(b, top + 1, 6, points);
  return { labelCell: b.at(top, 0), maxPoints: points, score: { ref: score } };
}
