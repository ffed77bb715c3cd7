// Writes what is derived from the rules' data (src/core/rules/<id>.ts): the list of rule ids
// (src/core/rule-ids.ts, which the schema needs before any rule loads), the JSON Schema beside the
// examples (it names the ids), the review file's validator generated from the schema (src/core/review-validate.ts),
// the README's rules table
// between its markers, and docs/rules/<id>.md with an index. test/docs.test.ts fails when
// these files differ from what this writes, so run `npm run docs` after changing a rule.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The sources are TypeScript: bundle the two modules needed into one ES module in memory.
const entry = `export { RULE_METAS } from './src/core/rules/index.ts'; export { rulePages, spliceReadme } from './src/render/rules/docs.ts';`;
async function load(contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
const { RULE_METAS, rulePages, spliceReadme } = await load(entry);

const ids = RULE_METAS.map((r) => `  '${r.id}',\n`).join('');
writeFileSync(
  `${root}src/core/rule-ids.ts`,
  `/**\n * Every check rule id, in the order of rules/index.ts. Written by \`npm run docs\` from the rules\n * themselves (do not edit): the schema names rules in waivers and the rules read the schema, so\n * the ids are kept apart from the rules' code. The ids are the contract (DESIGN.md).\n */\nexport const RULE_IDS = [\n${ids}] as const;\n\nexport type RuleId = (typeof RULE_IDS)[number];\n`,
);

// The JSON Schema names the rule ids (waivers): written after them, from the sources as they now are.
const { reviewJsonSchema } = await load(`export { reviewJsonSchema } from './src/core/schema-zod.ts';`);
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
writeFileSync(`${root}examples/review.schema.json`, `${JSON.stringify(reviewJsonSchema(version), null, 2)}\n`);

// The review file's validator, generated from the zod schema (src/core/review-validate.ts).
const { reviewSchema, describeSchema, validatorModule } = await load(
  `export { reviewSchema } from './src/core/schema-zod.ts'; export { describeSchema } from './src/core/shape-from-zod.ts'; export { validatorModule } from './src/core/shape-codegen.ts';`,
);
const validatorPath = `${root}src/core/review-validate.ts`;
const prettier = await import('prettier');
const validatorText = validatorModule(describeSchema(reviewSchema()));
writeFileSync(
  validatorPath,
  await prettier.format(validatorText, { ...(await prettier.resolveConfig(validatorPath)), filepath: validatorPath }),
);

const readmePath = `${root}README.md`;
writeFileSync(readmePath, spliceReadme(readFileSync(readmePath, 'utf8'), RULE_METAS));
const dir = `${root}docs/rules`;
mkdirSync(dir, { recursive: true });
const pages = rulePages(RULE_METAS);
for (const name of readdirSync(dir)) if (!pages.has(name)) rmSync(`${dir}/${name}`);
for (const [name, text] of pages) writeFileSync(`${dir}/${name}`, text);
process.stdout.write(
  `docs: src/core/rule-ids.ts, src/core/review-validate.ts, examples/review.schema.json, README rules table and ${pages.size} files in docs/rules/\n`,
);
