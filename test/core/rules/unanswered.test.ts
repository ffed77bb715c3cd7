import { describe, expect, it } from 'vitest';
import { findingsOf, sections } from '../../helpers/review-text.js';

describe('unanswered', () => {
  it('accepts questions rated by both', () => {
    expect(findingsOf('unanswered', '')).toEqual([]);
  });

  it('warns at the ratings of each question the CMO skipped', () => {
    const found = findingsOf('unanswered', '', { sections: sections('{ cio: 3 }'), absolute: true });
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({
      line: 13,
      column: 18,
      target: 'cio-role/q-cio-role',
      message: 'question `q-cio-role` in cio-role has no rating from the CMO',
    });
  });

  it('names both when neither rated', () => {
    expect(findingsOf('unanswered', '', { sections: sections('{ ceo: 3 }') })[0]!.message).toContain('from the CIO or the CMO');
  });

  it.each([['{ cio: unsure, cmo: 3 }'], ['{ cio: 4, cmo: n/a }'], ['{ cio: n/a, cmo: unsure }']])(
    'takes unsure and n/a as answers: %s',
    (ratings) => {
      expect(findingsOf('unanswered', '', { sections: sections(ratings) })).toEqual([]);
    },
  );

  it('still warns for a missing rating beside an unsure one, at the ratings', () => {
    const found = findingsOf('unanswered', '', { sections: sections('{ cio: unsure }'), absolute: true });
    expect(found).toHaveLength(5);
    expect(found[0]).toEqual({
      line: 13,
      column: 18,
      severity: 'warn',
      message: 'question `q-cio-role` in cio-role has no rating from the CMO',
      path: 'sections[0].questions[0].ratings',
      target: 'cio-role/q-cio-role',
    });
  });
});
