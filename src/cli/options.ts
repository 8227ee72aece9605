import { optionValue, ParsedArgs, UsageError } from './args';

/** Options several commands take, declared once so that they parse and validate alike. */

export const OUTPUT_OPTION = { name: 'output', takesValue: true } as const;
export const SHEET_OPTION = { name: 'sheet', takesValue: true, repeatable: true } as const;
/** Either spelling of a preset is accepted (names.ts checks it), so there is no fixed list of choices here. */
export const PRESET_OPTION = { name: 'preset', takesValue: true } as const;

/** Every command takes these. */
export const COMMON_OPTIONS = [
  { name: 'lang', takesValue: true, choices: ['zh', 'en'] },
  { name: 'help', takesValue: false },
] as const;

/** The `-o` file a command must be given. */
export function requiredOutput(parsed: ParsedArgs): string {
  const output = optionValue(parsed, 'output');
  if (!output) throw new UsageError('请用 -o 给出输出文件', 'Give the output file with -o');
  return output;
}
