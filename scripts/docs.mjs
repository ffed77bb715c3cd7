// Writes the rules' documentation from their data (src/core/rules/<id>.ts): the README's rules
// table between its markers, and docs/rules/<id>.md with an index. test/docs.test.ts fails when
// these files differ from what this writes, so run `npm run docs` after changing a rule.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The sources are TypeScript: bundle the two modules needed into one ES module in memory.
const entry = `export { RULE_METAS } from './src/core/rules/index.ts'; export { rulePages, spliceReadme } from './src/render/rules/docs.ts';`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { RULE_METAS, rulePages, spliceReadme } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const readmePath = `${root}README.md`;
writeFileSync(readmePath, spliceReadme(readFileSync(readmePath, 'utf8'), RULE_METAS));
const dir = `${root}docs/rules`;
mkdirSync(dir, { recursive: true });
const pages = rulePages(RULE_METAS);
for (const name of readdirSync(dir)) if (!pages.has(name)) rmSync(`${dir}/${name}`);
for (const [name, text] of pages) writeFileSync(`${dir}/${name}`, text);
process.stdout.write(`docs: README rules table and ${pages.size} files in docs/rules/\n`);
