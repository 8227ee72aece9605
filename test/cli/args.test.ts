import { languageOf, parseArgs, UsageError } from '../../src/cli/args';

const SPECS = [
  { name: 'json', takesValue: false },
  { name: 'sheet', takesValue: true, repeatable: true },
  { name: 'lang', takesValue: true, choices: ['zh', 'en'] },
  { name: 'help', takesValue: false },
];

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(argv, SPECS);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseArgs', () => {
  it('reads flags, values in both spellings, repeated options and files in any order', () => {
    const parsed = parseArgs(['a.xlsx', '--json', '--sheet', '表1', 'b.xlsx', '--sheet=表 2', '-h'], SPECS);
    expect(parsed.positionals).toEqual(['a.xlsx', 'b.xlsx']);
    expect([...parsed.flags]).toEqual(['json', 'help']);
    expect(parsed.values.get('sheet')).toEqual(['表1', '表 2']);
  });

  it('takes everything after -- as files', () => {
    expect(parseArgs(['--', '--json', '-x.xlsx'], SPECS).positionals).toEqual(['--json', '-x.xlsx']);
  });

  it('explains each mistake in Chinese and English', () => {
    expect(usageError(['--bogus']).message).toBe('未知选项：--bogus');
    expect(usageError(['-x']).messageEn).toBe('Unknown option: -x');
    expect(usageError(['--sheet']).message).toBe('选项 --sheet 需要一个值');
    expect(usageError(['--json=1']).message).toBe('选项 --json 不带值');
    expect(usageError(['--lang', 'fr']).message).toBe('选项 --lang 的值只能是 zh、en，不能是 fr');
    expect(usageError(['--lang', 'zh', '--lang', 'en']).message).toBe('选项 --lang 只能给一次');
  });
});

describe('languageOf', () => {
  it('finds --lang en anywhere before --', () => {
    expect(languageOf(['check', 'a.xlsx', '--lang', 'en'])).toBe('en');
    expect(languageOf(['check', '--lang=en'])).toBe('en');
    expect(languageOf(['check', '--', '--lang', 'en'])).toBe('zh');
    expect(languageOf(['check'])).toBe('zh');
  });
});
