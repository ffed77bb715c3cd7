/** `review schema`: the review file's JSON Schema, for editors and other tools. */
import { reviewJsonSchema } from '../core/schema-zod.js';
import type { IO } from '../io/context.js';

import { examples, type CommandModule, formatOption } from './define.js';

export async function runSchema(_options: { format?: string }, io: IO, version: string): Promise<number> {
  io.stdout(`${JSON.stringify(reviewJsonSchema(version), null, 2)}\n`);
  return 0;
}

export const command: CommandModule = {
  summary: 'print the JSON Schema of the review file',
  define: (c, { io, setExit, version }) => {
    c.description('Print the JSON Schema of the review file (draft-07), for editors (yaml-language-server) and other tools.')
      .addOption(formatOption(['json'], 'json'))
      .addHelpText(
        'after',
        `${examples('review schema > review.schema.json')}
Then start a review file with:
  # yaml-language-server: $schema=./review.schema.json`,
      )
      .action(async (opts) => setExit(await runSchema(opts, io, version)));
  },
};
