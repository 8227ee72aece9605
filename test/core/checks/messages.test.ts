import { runChecks } from '../../../src/core/checks';
import { presetById } from '../../../src/core/presets';
import { nationalForm } from '../formulas/nationalForm';

/** How findings read to a clerk: rates as the form shows them, names quoted without quotes in quotes. */

const preset = presetById(null);

describe('finding messages', () => {
  it('show a rate with two decimals, as the form does (0.00%)', () => {
    const { grid, region } = nationalForm({ budget: 100, actual: 97.5914, rate: '100.00%' });
    const rate = runChecks(grid, [region], preset).find((f) => f.rule === 'rate');
    expect(rate?.message).toContain('执行率应为 97.59%');
    expect(rate?.message).toContain('表中为 100.00%');
    expect(rate?.message).not.toMatch(/\d\.\d{3,}%/);
    expect(rate?.messageEn).toContain('Rate should be 97.59%');
  });

  it('quote an indicator name with 「」, so a name holding “” is not quotes nested in quotes', () => {
    const { grid, region } = nationalForm({ scores: [20, 15, 10, 15, 5, 10, 5, 10, 10] });
    const named = {
      ...region,
      indicators: region.indicators.map((ind, i) =>
        i === 0 ? { ...ind, name: '完成“自治区平安建设示范县”创建任务' } : ind,
      ),
    };
    const over = runChecks(grid, [named], preset).find((f) => f.rule === 'score-over-max');
    expect(over?.message).toBe('指标「完成“自治区平安建设示范县”创建任务」得分 20 超过分值 10');
    for (const f of runChecks(grid, [named], preset)) expect(f.message).not.toMatch(/“[^”]*“/);
  });
});
