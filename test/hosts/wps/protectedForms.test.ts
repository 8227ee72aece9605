/** WpsHost on a protected form whose input cells are unlocked, as government forms come. */
import { HostError } from '../../../src/hosts/host';
import { nationalSheet } from '../excel/nationalSheet';
import { makeWpsHost } from './makeWpsHost';

const INPUTS = { top: 6, left: 6, bottom: 8, right: 6 }; // G7:G9

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

describe('WpsHost on a protected form with its input cells unlocked', () => {
  test('writes contents into unlocked cells', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    fake.protectWithUnlocked('自评表', [INPUTS]);
    await host.applyPlan({ label: '填写', edits: [{ sheet: '自评表', row: 6, col: 6, value: 0.9 }] });
    expect(fake.cell('自评表', 6, 6).value).toBe(0.9);
  });

  test('refuses a plan that touches a locked cell, naming it, and writes nothing', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    fake.protectWithUnlocked('自评表', [INPUTS]);
    const before = fake.cell('自评表', 6, 7).formula;
    const error = await refusal(
      host.applyPlan({
        label: '写入公式',
        edits: [
          { sheet: '自评表', row: 6, col: 6, value: 0.9 },
          { sheet: '自评表', row: 6, col: 7, formula: '=G7/F7' },
        ],
      }),
    );
    expect(error.code).toBe('protected');
    expect(error.message).toContain('H7');
    expect(error.message).not.toContain('G7');
    expect(fake.cell('自评表', 6, 6).value).not.toBe(0.9);
    expect(fake.cell('自评表', 6, 7).formula).toBe(before);
  });

  test('fills where formatting cells is allowed, and refuses them, naming the cells, where not', async () => {
    const fills = [
      { sheet: '自评表', row: 6, col: 7, fill: '#FFC7CE' },
      { sheet: '自评表', row: 7, col: 7, fill: '#FFC7CE' },
    ];
    const allowed = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    allowed.fake.protectWithUnlocked('自评表', [INPUTS], true);
    await allowed.host.applyPlan({ label: '标记问题', edits: fills });
    expect(allowed.fake.cell('自评表', 6, 7).fill).toBe('#FFC7CE');

    const refused = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    refused.fake.protectWithUnlocked('自评表', [INPUTS], false);
    const error = await refusal(refused.host.applyPlan({ label: '标记问题', edits: fills }));
    expect(error.message).toMatch(/H7、H8/);
    expect(refused.fake.cell('自评表', 6, 7).fill).toBeNull();
  });
});
