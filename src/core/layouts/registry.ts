import type { FormKind } from '../model';
import { adjusted } from './adjusted';
import { department } from './department';
import { generic } from './generic';
import { hubei2019 } from './hubei2019';
import { national } from './national';
import { target } from './target';
import type { HeaderEvidence, LayoutProfile } from './types';
import { wuhan2020 } from './wuhan2020';

/** Every layout we read, in the order the pane and the template gallery list them. */
export const LAYOUTS = [
  national,
  hubei2019,
  wuhan2020,
  department,
  target,
  adjusted,
  generic,
] as const satisfies readonly LayoutProfile[];

export type Layout = (typeof LAYOUTS)[number]['id'];

/**
 * The order a table's evidence is tried in: the most specific first. 调整后预算数 or a split target before the
 * national columns they extend; the national columns before a department's goals (a department form printed
 * with national columns is national, kind department); 自评分 / 全年 words (hubei2019) before a plain score
 * column (wuhan2020); generic takes whatever is left.
 */
const RECOGNITION_ORDER: readonly Layout[] = [
  'target',
  'adjusted',
  'national',
  'department',
  'hubei2019',
  'wuhan2020',
  'generic',
];

const BY_ID = new Map<string, LayoutProfile>(LAYOUTS.map((p) => [p.id, p]));

export function profileOf(id: Layout): LayoutProfile {
  return BY_ID.get(id) as LayoutProfile;
}

export function isLayout(id: string): id is Layout {
  return BY_ID.has(id);
}

/** The first profile, in the stated order, that recognises the evidence (generic recognises every table). */
export function recogniseLayout(evidence: HeaderEvidence): LayoutProfile<Layout> {
  for (const id of RECOGNITION_ORDER) {
    const profile = BY_ID.get(id) as LayoutProfile<Layout>;
    if (profile.recognise(evidence)) return profile;
  }
  return generic;
}

/** A project layout serving a whole department (its title or name row says so) is kind `department`. */
export function kindFor(profile: LayoutProfile, evidence: HeaderEvidence): FormKind {
  return profile.departmentByTitle && evidence.department ? 'department' : profile.kind;
}
