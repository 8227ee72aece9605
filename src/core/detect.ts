import { Grid } from './grid';
import { Region } from './model';

// Work in progress: detection lands in the next commits.
export function detectRegions(_grid: Grid): Region[] {
  return [];
}
