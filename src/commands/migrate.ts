/** `review migrate <file>`: an older schemaVersion as the current one, keeping every comment. */
import { resolve } from 'node:path';
import { migrateText } from '../core/migrate.js';
import { SCHEMA_VERSION } from '../core/schema.js';
import { InputError, UsageError } from '../errors.js';
import type { IO } from '../io/context.js';
import { writeFileAtomic } from '../io/files.js';
import { escapeControl, guardOutput, safeJson } from '../render/escape.js';
import { readSource, usableFromBytes } from './read.js';
import { Option } from 'commander';
import { examples, type CommandModule } from './define.js';

export interface MigrateCommandOptions {
  write?: boolean;
  format?: string;
}

export async function runMigrate(file: string, options: MigrateCommandOptions, io: IO): Promise<number> {
  const format = options.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError('--format must be yaml or json');
  const input = readSource(io, file);
  // Only a file every command can use is migrated: problems are reported, located, and nothing is written.
  const usable = await usableFromBytes(file, input.bytes, input.size);
  const from = usable.loaded.sourceVersion ?? SCHEMA_VERSION;
  const result = migrateText(usable.source.text);
  if (result.changed) {
    // What the migration wrote must read back as the same review: never write a file review would refuse.
    const check = await usableFromBytes(`${file} (migrated)`, new TextEncoder().encode(result.text));
    if (JSON.stringify(check.review) !== JSON.stringify(usable.review)) {
      throw new InputError(`${file}: the migrated text does not read back as the same review; nothing was written. Please report this.`);
    }
  }
  if (options.write && result.changed) {
    if (file.includes(':') && !input.display.startsWith('/') && input.display !== file)
      throw new UsageError('--write needs a file on disk, not REV:path');
    writeFileAtomic(resolve(io.cwd, file), result.text, { force: true });
  }
  if (format === 'json') {
    io.stdout(
      `${safeJson({ version: 1, file, from, to: SCHEMA_VERSION, changed: result.changed, written: Boolean(options.write && result.changed), steps: result.steps })}\n`,
    );
    return 0;
  }
  if (options.write) {
    io.stderr(
      result.changed
        ? `Migrated ${escapeControl(file)} from schemaVersion ${from} to ${SCHEMA_VERSION}: ${result.steps.join('; ')}.\n`
        : `${escapeControl(file)} is already schemaVersion ${SCHEMA_VERSION}; nothing to do.\n`,
    );
    return 0;
  }
  // The file as YAML, but shown inert: raw bidi or invisible characters in text or comments become
  // escapes (inside double quotes, the same value).
  io.stdout(guardOutput(result.text.endsWith('\n') ? result.text : `${result.text}\n`));
  if (!result.changed) io.stderr(`review: ${escapeControl(file)} is already schemaVersion ${SCHEMA_VERSION}; printed unchanged.\n`);
  return 0;
}

export const command: CommandModule = {
  summary: 'rewrite an older schemaVersion as the current one, keeping comments',
  define: (c, { io, setExit }) => {
    c.description(
      `Print a review file as schemaVersion ${2}: success criteria written as text become items with an id and status open, and schemaVersion becomes 2. Comments, key order and layout are kept. Every command already reads version 1 files this way in memory; --write rewrites the file itself (atomically). Running it twice changes nothing.`,
    )
      .argument('<file>', 'a review file')
      .option('-w, --write', 'rewrite the file in place instead of printing it')
      .addOption(
        new Option('-f, --format <format>', 'yaml (the migrated file) or json (what was done)').choices(['yaml', 'json']).default('yaml'),
      )
      .addHelpText(
        'after',
        `${examples('review migrate reviews/2025.yaml', 'review migrate reviews/2025.yaml --write', 'git diff reviews/2025.yaml')}
Nothing is invented: a waiver gets no approved date (review check then asks for one).`,
      )
      .action(async (file: string, opts) => setExit(await runMigrate(file, opts, io)));
  },
};
