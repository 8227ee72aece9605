import { adjustedCases } from './adjusted';
import { departmentCases } from './department';
import { genericCases } from './generic';
import { hubei2019Cases } from './hubei2019';
import { nationalCases } from './national';
import { targetCases } from './target';
import type { LayoutCases } from './types';
import { wuhan2020Cases } from './wuhan2020';

/** Every layout profile's cases: adding a layout adds its module here (the coverage test then asks for it). */
export const PROFILE_CASES: LayoutCases[] = [
  nationalCases,
  hubei2019Cases,
  wuhan2020Cases,
  departmentCases,
  targetCases,
  adjustedCases,
  genericCases,
];
