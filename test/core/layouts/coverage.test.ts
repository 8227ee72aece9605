import { LAYOUTS } from '../../../src/core/layouts';
import { PROFILE_CASES } from './cases';

/**
 * The rule × layout coverage table: every rule a profile declares must have at least one planted-fault case
 * in that layout, and every planted fault must be a rule the profile declares.
 */
describe('rule × layout coverage', () => {
  const covered = new Map<string, Set<string>>();
  for (const c of PROFILE_CASES) {
    const rules = covered.get(c.layout) ?? new Set<string>();
    for (const t of c.faulty) for (const f of t.expectedFindings) rules.add(f.rule);
    covered.set(c.layout, rules);
  }
  test.each(LAYOUTS.map((p) => [p.id, p] as const))(
    '%s: a faulty case for every rule it supports',
    (id, p) => {
      const rules = covered.get(id);
      expect(rules).toBeDefined();
      const missing = p.rules.filter((r) => !rules?.has(r));
      expect(missing).toEqual([]);
      const undeclared = [...(rules ?? [])].filter((r) => !(p.rules as readonly string[]).includes(r));
      expect(undeclared).toEqual([]);
    },
  );
});
