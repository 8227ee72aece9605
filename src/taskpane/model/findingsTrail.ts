import { Finding } from '../../core/findings';

/** How long a fixed finding stays in the list, marked 已修正, before it leaves. */
export const FIXED_SHOWN_MS = 3_000;

export interface TrailEntry {
  key: string;
  finding: Finding;
  /** When a live check found it fixed (null: still open). */
  fixedAt: number | null;
}

/** A finding's identity across checks: the same rule on the same cell, whatever its message says now. */
export function findingKey(f: Finding, nth = 0): string {
  return `${f.sheet}!${f.cell}#${f.rule}#${nth}`;
}

function keyed(findings: readonly Finding[]): [string, Finding][] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingKey(f);
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return [findingKey(f, nth), f];
  });
}

/** A fresh list in the checks' own order (a check the user asked for, another sheet shown). */
export function freshTrail(findings: readonly Finding[]): TrailEntry[] {
  return keyed(findings).map(([key, finding]) => ({ key, finding, fixedAt: null }));
}

/**
 * The list after a live check, without jumping under the reader's eyes: findings still there keep their
 * place (with today's message), fixed ones stay in their place marked fixed until FIXED_SHOWN_MS have
 * passed, and new ones join at the end of the list (grouping puts them at the end of their table).
 */
export function followTrail(
  previous: readonly TrailEntry[],
  findings: readonly Finding[],
  now: number,
): TrailEntry[] {
  const current = new Map(keyed(findings));
  const next: TrailEntry[] = [];
  for (const e of previous) {
    const still = current.get(e.key);
    if (still) {
      next.push({ key: e.key, finding: still, fixedAt: null });
      current.delete(e.key);
    } else if (e.fixedAt === null) {
      next.push({ ...e, fixedAt: now });
    } else if (now - e.fixedAt < FIXED_SHOWN_MS) {
      next.push(e);
    }
  }
  for (const [key, finding] of current) next.push({ key, finding, fixedAt: null });
  return next;
}

/** Drops the fixed entries shown long enough; the same array when nothing left. */
export function expireTrail(trail: TrailEntry[], now: number): TrailEntry[] {
  const kept = trail.filter((e) => e.fixedAt === null || now - e.fixedAt < FIXED_SHOWN_MS);
  return kept.length === trail.length ? trail : kept;
}
