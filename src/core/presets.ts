/**
 * How an indicator's score follows from its completion (DOMAIN §9), or null when the preset turns it off.
 * Positive targets earn points × actual ÷ target when missed; negative ones points × target ÷ actual (the
 * template's note, `ratio`) or points × (1 − (actual − target) ÷ target) (the platform's, `linear`).
 * Qualitative bands: 达成 from `achieved`, 部分达成 from `partly`, 未达成 below, as shares of the points.
 */
export interface ScoringRule {
  negative: 'ratio' | 'linear';
  bands: { achieved: number; partly: number };
}

/** A preset is the set of choices that vary between forms (DOMAIN.md §5). The workbook remembers its own. */
export interface Preset {
  id: string;
  name: string;
  nameEn: string;
  /** Funds 分值 when the form does not state it. */
  fundsPoints: number;
  /** The rate's denominator: 全年预算数 (default) or 调整后预算数. */
  rateDenominator: 'budget' | 'adjustedBudget';
  /** Funds score is capped at a 100% rate. */
  capRate: boolean;
  /** Lower bounds of 优, 良, 中. */
  gradeBands: { excellent: number; good: number; pass: number };
  /** Expected total of all weights. */
  weightTotal: number;
  scoringRule: ScoringRule | null;
}

const TEMPLATE_NOTE_RULE: ScoringRule = { negative: 'ratio', bands: { achieved: 0.8, partly: 0.6 } };

export const PRESETS: Preset[] = [
  {
    id: 'national-2020',
    name: '全国通用（财预〔2020〕10号）',
    nameEn: 'National (2020)',
    fundsPoints: 10,
    rateDenominator: 'budget',
    capRate: true,
    gradeBands: { excellent: 90, good: 80, pass: 60 },
    weightTotal: 100,
    scoringRule: TEMPLATE_NOTE_RULE,
  },
  {
    id: 'hubei-2019',
    name: '湖北 2019（资金20/目标20/指标60）',
    nameEn: 'Hubei 2019',
    fundsPoints: 20,
    rateDenominator: 'budget',
    capRate: true,
    gradeBands: { excellent: 90, good: 80, pass: 60 },
    weightTotal: 100,
    scoringRule: TEMPLATE_NOTE_RULE,
  },
  {
    id: 'wuhan-2020',
    name: '武汉 2020（资金20，权重写在标签中）',
    nameEn: 'Wuhan 2020',
    fundsPoints: 20,
    rateDenominator: 'budget',
    capRate: true,
    gradeBands: { excellent: 90, good: 80, pass: 60 },
    weightTotal: 100,
    scoringRule: TEMPLATE_NOTE_RULE,
  },
];

export const DEFAULT_PRESET_ID = 'national-2020';

export function presetById(id: string | null | undefined): Preset {
  return PRESETS.find((p) => p.id === id) ?? PRESETS[0];
}

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (bands from the preset). */
export function gradeFor(total: number, preset: Preset): '优' | '良' | '中' | '差' {
  const b = preset.gradeBands;
  if (total >= b.excellent) return '优';
  if (total >= b.good) return '良';
  if (total >= b.pass) return '中';
  return '差';
}
