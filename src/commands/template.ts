/** `review template list` and `review template show <id>`: the bundled questionnaires. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { successionsOf, templateRef, type Template } from '../core/template.js';
import { escapeControl as e, guardOutput, safeJson } from '../render/escape.js';
import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { type Command } from 'commander';
import { examples, type CommandModule, formatOption } from './define.js';
import { bundledTemplateFile, bundledTemplateIds, bundledTemplatesDir, loadTemplate, olderTemplateRefs } from '../io/templates.js';

const count = (t: Template) => t.sections.reduce((n, s) => n + s.questions.length, 0);

export async function runTemplateList(options: { format?: string; color?: boolean }, io: IO): Promise<number> {
  const templates = bundledTemplateIds().map((id) => loadTemplate(io.cwd, id));
  const older = olderTemplateRefs();
  if (options.format === 'json') {
    io.stdout(
      `${safeJson({ version: 1, templates: templates.map((t) => ({ id: t.id, version: t.version, ref: templateRef(t), title: t.title, minutes: t.minutes ?? null, sections: t.sections.length, questions: count(t), blurredAreas: t.blurredAreas.length, earlier: older.filter((r) => r.startsWith(`${t.id}@`)) })) })}\n`,
    );
    return 0;
  }
  const paint = makePaint(colorEnabled(io, options.color));
  for (const t of templates) {
    io.stdout(
      `${paint.bold(templateRef(t).padEnd(14))} ${e(t.title)}\n${' '.repeat(15)}${paint.dim(`${t.sections.length} points, ${count(t)} statements, ${t.blurredAreas.length} blurred areas${t.minutes ? `, about ${t.minutes} minutes` : ''}`)}\n`,
    );
    const kept = older.filter((r) => r.startsWith(`${t.id}@`));
    if (kept.length) io.stdout(`${' '.repeat(15)}${paint.dim(`also kept for earlier reviews: ${kept.join(', ')}`)}\n`);
  }
  io.stdout(`\nUse one with: review init --template <id>   ·   see one with: review template show <id>\n`);
  return 0;
}

export async function runTemplateShow(spec: string, options: { format?: string; color?: boolean }, io: IO): Promise<number> {
  const format = options.format ?? 'text';
  if (!['text', 'json', 'yaml'].includes(format)) throw new UsageError('--format must be text, json or yaml');
  const t = loadTemplate(io.cwd, spec);
  if (format === 'json') {
    io.stdout(`${safeJson({ version: 1, template: t })}\n`);
    return 0;
  }
  if (format === 'yaml') {
    const bundled = /[\\/]|\.ya?ml$/i.test(spec) ? undefined : bundledTemplateFile(spec);
    // The file as written, but a template from elsewhere is data like any other: shown inert.
    io.stdout(guardOutput(readFileSync(bundled ? join(bundledTemplatesDir(), bundled) : resolve(io.cwd, spec), 'utf8')));
    return 0;
  }
  const paint = makePaint(colorEnabled(io, options.color));
  const out: string[] = [];
  out.push(paint.bold(`${e(t.title)}  (${templateRef(t)}${t.minutes ? `, about ${t.minutes} minutes` : ''})`));
  if (t.description) out.push(e(t.description));
  out.push('', `Scale: ${t.scale.map((label, i) => `${i + 1} ${e(label)}`).join(' · ')}`);
  t.sections.forEach((s, i) => {
    out.push('', paint.bold(`${i + 1}. ${e(s.title)}`) + paint.dim(`  [${s.id}]`));
    if (s.intro) out.push(paint.dim(`   ${e(s.intro)}`));
    for (const q of s.questions) {
      out.push(`   - ${e(q.text)} ${paint.dim(`[${q.id}]`)}`);
      if (q.mirrors) out.push(paint.dim(`       a perception: check compares it with the record (${q.mirrors})`));
      if (q.anchors)
        out.push(
          paint.dim(`       1: ${e(q.anchors.low)}`),
          paint.dim(`       3: ${e(q.anchors.mid)}`),
          paint.dim(`       5: ${e(q.anchors.high)}`),
        );
    }
  });
  out.push('', paint.bold('Blurred areas offered'));
  for (const a of t.blurredAreas) out.push(`   - ${e(a.name)} ${paint.dim(`[${a.id}]`)}${a.hint ? paint.dim(` ${e(a.hint)}`) : ''}`);
  const successions = Object.entries(successionsOf(t));
  if (successions.length) {
    out.push('', paint.bold('Replaces statements of earlier versions') + paint.dim('  (review diff follows these)'));
    for (const [old, { by, note }] of successions)
      out.push(`   - ${e(old)} → ${by.length ? by.map(e).join(', ') : 'no successor'}${note ? paint.dim(`: ${e(note)}`) : ''}`);
  }
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

export const command: CommandModule = {
  summary: 'the bundled questionnaire templates',
  define: (c, { io, setExit, color }) => {
    c.description('List the bundled questionnaire templates, or show one.');
    c.command('list')
      .description('List the bundled templates.')
      .addOption(formatOption(['text', 'json']))
      .addHelpText('after', examples('review template list'))
      .action(async (opts, cmd: Command) => setExit(await runTemplateList({ ...opts, color: color(cmd) }, io)));
    c.command('show')
      .description(
        'Show a template: its points, statements (with what 1, 3 and 5 look like, where it says), blurred areas and the earlier ids it replaces. --format yaml prints the file, to start your own.',
      )
      .argument('<id>', 'a bundled template id (five-point, quick: the current version), id@version (five-point@1), or a path')
      .addOption(formatOption(['text', 'json', 'yaml']))
      .addHelpText(
        'after',
        examples(
          'review template show five-point',
          'review template show five-point@1',
          'review template show quick --format yaml > my-template.yaml',
        ),
      )
      .action(async (id: string, opts, cmd: Command) => setExit(await runTemplateShow(id, { ...opts, color: color(cmd) }, io)));
  },
};
