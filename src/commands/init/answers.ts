/** The answers file of `--answers` (init and agree): read and validated, every problem located. */
import { answersSchema, type Answers } from '../../core/answers.js';
import { migrateValue } from '../../core/migrate.js';
import { validateWith } from '../../core/validate.js';
import { locate, readYaml } from '../../core/yaml-read.js';
import { InputError } from '../../errors.js';
import type { IO } from '../../io/context.js';
import { readInput } from '../../io/files.js';

export function readAnswers(io: IO, file: string): Answers {
  const input = readInput(io.cwd, file);
  const read = readYaml(input.bytes, input.size);
  const located = (items: { message: string; line: number; column: number }[]) =>
    items.map((p) => ({ file, line: p.line, column: p.column, message: p.message }));
  if (read.problems.length) throw new InputError(`${file} is not a usable answers file`, located(read.problems));
  // Criteria written as text (version 1) are read as version 2 items, as review files are.
  const value =
    read.value !== null && typeof read.value === 'object' && !Array.isArray(read.value)
      ? migrateValue(read.value as Record<string, unknown>)
      : read.value;
  if (value !== read.value && (read.value as Record<string, unknown>).schemaVersion === undefined)
    delete (value as Record<string, unknown>).schemaVersion;
  const result = validateWith(answersSchema(), value);
  if (!result.data) {
    throw new InputError(
      `${file} is not a usable answers file`,
      located(result.problems.map((p) => ({ message: p.message, ...locate(read.source, p.path, p.at) }))),
    );
  }
  return result.data as Answers;
}
