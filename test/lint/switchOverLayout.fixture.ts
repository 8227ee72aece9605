// A lint fixture, never imported: a switch over the Layout union that lets a new layout fall into `default`.
import type { Layout } from '../../src/core/layouts';

export function shortName(layout: Layout): string {
  switch (layout) {
    case 'national':
      return '全国通用';
    default:
      return '其他';
  }
}
