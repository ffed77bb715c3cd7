import { describe, expect, it } from 'vitest';
import { checkText, doc, sections } from '../helpers/review-text.js';

const waiver = (rule: string, target: string, expires = '2027-01-01') =>
  `  - { rule: ${rule}, target: ${target}, reason: Accepted, approvedBy: Dana, approved: 2026-03-01, expires: ${expires} }\n`;

describe('check engine', () => {
  it('lists at most 100 findings of one rule per file, then one that counts the rest', () => {
    const areas = Array.from({ length: 250 }, (_, i) => `  - { id: a-${i}, name: A, owner: tbd, boardReporting: quarterly }\n`).join('');
    const { text, offset } = doc(`blurredAreas:\n${areas}`);
    const orphans = checkText(text).filter((f) => f.rule === 'blurred-area-owner');
    expect(orphans).toHaveLength(101);
    expect(orphans.slice(0, 100).map((f) => f.line)).toEqual(Array.from({ length: 100 }, (_, i) => offset + 2 + i));
    expect(orphans[100]).toMatchObject({
      severity: 'error',
      line: offset + 102,
      path: 'blurredAreas[100].owner',
      message: `… and 150 more findings of this rule in this file, from line ${offset + 102} on (the first 100 are listed)`,
    });
  });

  it('lists exactly 100 findings with no count when there are 100', () => {
    const areas = Array.from({ length: 100 }, (_, i) => `  - { id: a-${i}, name: A, owner: tbd, boardReporting: quarterly }\n`).join('');
    expect(checkText(doc(`blurredAreas:\n${areas}`).text).filter((f) => f.rule === 'blurred-area-owner')).toHaveLength(100);
  });

  it('lets a live waiver silence its rule for its target, a question id covering section/question', () => {
    const body = `blurredAreas:\n  - { id: seo, name: SEO, owner: cmo }\n  - { id: web, name: Web, owner: cmo }\nwaivers:\n${waiver('board-reporting', 'seo')}${waiver('unanswered', 'q-boundaries')}${waiver('board-reporting', 'web', '2026-01-01')}${waiver('contested-ownership', 'q-cio-role')}`;
    const text = doc(body, { sections: sections('{ cio: 4 }') }).text;
    const found = checkText(text).map((f) => `${f.rule} ${f.target}`);
    expect(found.filter((f) => f.startsWith('board-reporting'))).toEqual(['board-reporting web']);
    expect(found.filter((f) => f.startsWith('unanswered'))).toEqual([
      'unanswered cio-role/q-cio-role',
      'unanswered cmo-role/q-cmo-role',
      'unanswered digital-investments/q-digital-investments',
      'unanswered processes/q-processes',
    ]);
    expect(found).toContain('waiver-expired web');
  });
});
