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
}

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
