/** The layouts of the form: one profile per layout, one registry, and what is derived from them. */
export { fundsPointsOf } from './fundsPoints';
export { isLayout, kindFor, LAYOUTS, profileOf, recogniseLayout } from './registry';
export type { Layout } from './registry';
export type { FundsRule, HeaderEvidence, LayoutProfile, LayoutSections, LayoutTemplate } from './types';
