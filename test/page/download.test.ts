import { checkedFileName } from '../../src/page/download';

describe('checkedFileName', () => {
  it('marks the copy and keeps the original name', () => {
    expect(checkedFileName('自评表.xlsx')).toBe('自评表-已校验.xlsx');
    expect(checkedFileName('自评表.XLSM')).toBe('自评表-已校验.xlsx');
    expect(checkedFileName('2021.自评')).toBe('2021.自评-已校验.xlsx');
    expect(checkedFileName('.xlsx')).toBe('工作簿-已校验.xlsx');
  });
});
