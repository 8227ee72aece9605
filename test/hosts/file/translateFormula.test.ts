import { translateFormula } from '../../../src/hosts/file/translateFormula';

describe('translateFormula', () => {
  it('moves relative parts and keeps absolute ones', () => {
    expect(translateFormula('E6/D6', 1, 0)).toBe('E7/D7');
    expect(translateFormula('$A$1+A$1+$A1+A1', 2, 3)).toBe('$A$1+D$1+$A3+D3');
    expect(translateFormula('SUM(H13:H19)', 0, 1)).toBe('SUM(I13:I19)');
  });

  it('leaves strings, function names, sheet names and structured references alone', () => {
    expect(translateFormula('IF(N(D6)=0,"",E6/D6)', 1, 0)).toBe('IF(N(D7)=0,"",E7/D7)');
    expect(translateFormula('LEN("A1 ""B2""")&LOG10(A1)', 1, 1)).toBe('LEN("A1 ""B2""")&LOG10(B2)');
    expect(translateFormula("'表 1'!B2+Sheet2!C3+汇总!D4", 1, 0)).toBe("'表 1'!B3+Sheet2!C4+汇总!D5");
    expect(translateFormula('SUM(Table1[[#This Row],[A1]])+A1', 1, 0)).toBe(
      'SUM(Table1[[#This Row],[A1]])+A2',
    );
    expect(translateFormula('IF(A1>=90,"优",IF(A1>=80,"良","中"))', 3, 0)).toBe(
      'IF(A4>=90,"优",IF(A4>=80,"良","中"))',
    );
  });

  it('moves whole-column and whole-row ranges and leaves numbers alone', () => {
    expect(translateFormula('SUM(A:B)+SUM(3:4)+1.5E3', 1, 1)).toBe('SUM(B:C)+SUM(4:5)+1.5E3');
    expect(translateFormula('SUM($A:$A)', 5, 5)).toBe('SUM($A:$A)');
  });

  it('turns a reference moved off the sheet into #REF!', () => {
    expect(translateFormula('XFD1+A1048576', 1, 1)).toBe('#REF!+#REF!');
  });
});
