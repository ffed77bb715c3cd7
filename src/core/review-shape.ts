/**
 * The review schema's shape (schema-zod.ts, strict), for the fast validator (shape.ts). Written by
 * `npm run docs` from the zod schema (do not edit); test/core/fast-validate.test.ts fails while it
 * is stale.
 */
/* eslint-disable max-lines -- generated data, one field a line */
import type { Shape } from './shape.js';

const s0: Shape = {
  type: 'object',
  fields: [
    { key: 'name', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
    {
      key: 'title',
      shape: { type: 'optional', of: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
      optin: 'optional',
      optout: 'optional',
    },
    { key: 'email', shape: { type: 'optional', of: { type: 'string', checks: [['max', 200]] } }, optin: 'optional', optout: 'optional' },
  ],
  rest: 'never',
};
const s1: Shape = {
  type: 'union',
  of: [
    { type: 'number', checks: [['safeint'], ['gte', 1], ['lte', 5]] },
    { type: 'enum', values: ['unsure', 'n/a'] },
  ],
};
const s2: Shape = { type: 'nullable', of: { type: 'string', checks: [['max', 64]] } };
const s3: Shape = {
  type: 'string',
  checks: [
    ['regex', /^\d{4}-\d{2}-\d{2}$/],
    ['refine', 'calendarDate'],
  ],
};
const s4: Shape = {
  type: 'object',
  fields: [
    {
      key: 'id',
      shape: {
        type: 'string',
        checks: [
          ['max', 64],
          ['regex', /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u],
        ],
      },
    },
    { key: 'text', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 4000]] } },
    {
      key: 'metric',
      shape: { type: 'optional', of: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
      optin: 'optional',
      optout: 'optional',
    },
    {
      key: 'target',
      shape: {
        type: 'optional',
        of: {
          type: 'union',
          of: [
            { type: 'number', checks: [] },
            { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] },
          ],
        },
      },
      optin: 'optional',
      optout: 'optional',
    },
    {
      key: 'actual',
      shape: {
        type: 'optional',
        of: {
          type: 'nullable',
          of: {
            type: 'union',
            of: [
              { type: 'number', checks: [] },
              { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] },
            ],
          },
        },
      },
      optin: 'optional',
      optout: 'optional',
    },
    { key: 'due', shape: { type: 'optional', of: s3 }, optin: 'optional', optout: 'optional' },
    {
      key: 'status',
      shape: { type: 'default', of: { type: 'enum', values: ['open', 'met', 'missed', 'dropped'] }, value: 'open' },
      optin: 'defaulted',
    },
  ],
  rest: 'never',
};

export const REVIEW_SHAPE: Shape = {
  type: 'object',
  fields: [
    { key: 'schemaVersion', shape: { type: 'literal', values: [2] } },
    { key: 'organisation', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
    {
      key: 'period',
      shape: {
        type: 'union',
        of: [
          { type: 'number', checks: [['safeint'], ['gte', 1900], ['lte', 2999]] },
          {
            type: 'string',
            checks: [
              ['max', 64],
              ['regex', /^[A-Za-z0-9][A-Za-z0-9._-]*$/],
            ],
          },
        ],
      },
    },
    {
      key: 'template',
      shape: {
        type: 'optional',
        of: {
          type: 'string',
          checks: [
            ['max', 64],
            ['regex', /^[a-z0-9-]+@\d+$/],
          ],
        },
      },
      optin: 'optional',
      optout: 'optional',
    },
    {
      key: 'reviewer',
      shape: {
        type: 'optional',
        of: {
          type: 'object',
          fields: [
            { key: 'name', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
            {
              key: 'role',
              shape: { type: 'optional', of: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              optin: 'optional',
              optout: 'optional',
            },
          ],
          rest: 'never',
        },
      },
      optin: 'optional',
      optout: 'optional',
    },
    {
      key: 'facilitator',
      shape: {
        type: 'optional',
        of: {
          type: 'object',
          fields: [
            { key: 'name', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
            {
              key: 'organisation',
              shape: { type: 'optional', of: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              optin: 'optional',
              optout: 'optional',
            },
          ],
          rest: 'never',
        },
      },
      optin: 'optional',
      optout: 'optional',
    },
    {
      key: 'executives',
      shape: {
        type: 'object',
        fields: [
          { key: 'cio', shape: s0 },
          { key: 'cmo', shape: s0 },
        ],
        rest: s0,
      },
    },
    {
      key: 'sections',
      shape: {
        type: 'array',
        of: {
          type: 'object',
          fields: [
            { key: 'id', shape: { type: 'enum', values: ['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes'] } },
            {
              key: 'title',
              shape: { type: 'optional', of: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              optin: 'optional',
              optout: 'optional',
            },
            {
              key: 'questions',
              shape: {
                type: 'default',
                of: {
                  type: 'array',
                  of: {
                    type: 'object',
                    fields: [
                      {
                        key: 'id',
                        shape: {
                          type: 'string',
                          checks: [
                            ['max', 64],
                            ['regex', /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u],
                          ],
                        },
                      },
                      { key: 'text', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 4000]] } },
                      {
                        key: 'ratings',
                        shape: {
                          type: 'optional',
                          of: {
                            type: 'object',
                            fields: [
                              { key: 'cio', shape: { type: 'optional', of: s1 }, optin: 'optional', optout: 'optional' },
                              { key: 'cmo', shape: { type: 'optional', of: s1 }, optin: 'optional', optout: 'optional' },
                              { key: 'ceo', shape: { type: 'optional', of: s1 }, optin: 'optional', optout: 'optional' },
                            ],
                            rest: 'never',
                          },
                        },
                        optin: 'optional',
                        optout: 'optional',
                      },
                      {
                        key: 'notes',
                        shape: {
                          type: 'optional',
                          of: {
                            type: 'nullable',
                            of: {
                              type: 'union',
                              of: [
                                { type: 'string', checks: [['max', 4000]] },
                                {
                                  type: 'object',
                                  fields: [
                                    {
                                      key: 'cio',
                                      shape: { type: 'optional', of: { type: 'string', checks: [['max', 4000]] } },
                                      optin: 'optional',
                                      optout: 'optional',
                                    },
                                    {
                                      key: 'cmo',
                                      shape: { type: 'optional', of: { type: 'string', checks: [['max', 4000]] } },
                                      optin: 'optional',
                                      optout: 'optional',
                                    },
                                    {
                                      key: 'ceo',
                                      shape: { type: 'optional', of: { type: 'string', checks: [['max', 4000]] } },
                                      optin: 'optional',
                                      optout: 'optional',
                                    },
                                  ],
                                  rest: 'never',
                                },
                              ],
                            },
                          },
                        },
                        optin: 'optional',
                        optout: 'optional',
                      },
                    ],
                    rest: 'never',
                  },
                },
                value: [],
              },
              optin: 'defaulted',
            },
          ],
          rest: 'never',
        },
      },
    },
    {
      key: 'blurredAreas',
      shape: {
        type: 'default',
        of: {
          type: 'array',
          of: {
            type: 'object',
            fields: [
              {
                key: 'id',
                shape: {
                  type: 'string',
                  checks: [
                    ['max', 64],
                    ['regex', /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u],
                  ],
                },
              },
              { key: 'name', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              { key: 'owner', shape: { type: 'optional', of: s2 }, optin: 'optional', optout: 'optional' },
              {
                key: 'claims',
                shape: {
                  type: 'optional',
                  of: { type: 'record', key: { type: 'string', checks: [['regex', /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/]] }, value: s2 },
                },
                optin: 'optional',
                optout: 'optional',
              },
              {
                key: 'process',
                shape: { type: 'optional', of: { type: 'nullable', of: { type: 'string', checks: [['max', 4000]] } } },
                optin: 'optional',
                optout: 'optional',
              },
              {
                key: 'boardReporting',
                shape: {
                  type: 'optional',
                  of: { type: 'nullable', of: { type: 'enum', values: ['none', 'monthly', 'quarterly', 'annually'] } },
                },
                optin: 'optional',
                optout: 'optional',
              },
              {
                key: 'notes',
                shape: { type: 'optional', of: { type: 'nullable', of: { type: 'string', checks: [['max', 4000]] } } },
                optin: 'optional',
                optout: 'optional',
              },
            ],
            rest: 'never',
          },
        },
        value: [],
      },
      optin: 'defaulted',
    },
    {
      key: 'investments',
      shape: {
        type: 'default',
        of: {
          type: 'array',
          of: {
            type: 'object',
            fields: [
              {
                key: 'id',
                shape: {
                  type: 'string',
                  checks: [
                    ['max', 64],
                    ['regex', /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u],
                  ],
                },
              },
              { key: 'name', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              {
                key: 'owners',
                shape: { type: 'default', of: { type: 'array', of: { type: 'string', checks: [['max', 64]] } }, value: [] },
                optin: 'defaulted',
              },
              {
                key: 'budget',
                shape: {
                  type: 'optional',
                  of: {
                    type: 'object',
                    fields: [
                      { key: 'amount', shape: { type: 'number', checks: [['gte', 0]] } },
                      { key: 'currency', shape: { type: 'string', checks: [['regex', /^[A-Z]{3}$/]] } },
                    ],
                    rest: 'never',
                  },
                },
                optin: 'optional',
                optout: 'optional',
              },
              {
                key: 'roi',
                shape: {
                  type: 'optional',
                  of: {
                    type: 'object',
                    fields: [
                      {
                        key: 'metric',
                        shape: { type: 'optional', of: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
                        optin: 'optional',
                        optout: 'optional',
                      },
                      {
                        key: 'baseline',
                        shape: { type: 'optional', of: { type: 'number', checks: [] } },
                        optin: 'optional',
                        optout: 'optional',
                      },
                      {
                        key: 'target',
                        shape: { type: 'optional', of: { type: 'number', checks: [] } },
                        optin: 'optional',
                        optout: 'optional',
                      },
                      {
                        key: 'actual',
                        shape: { type: 'optional', of: { type: 'nullable', of: { type: 'number', checks: [] } } },
                        optin: 'optional',
                        optout: 'optional',
                      },
                      {
                        key: 'direction',
                        shape: { type: 'optional', of: { type: 'enum', values: ['up', 'down'] } },
                        optin: 'optional',
                        optout: 'optional',
                      },
                      { key: 'due', shape: { type: 'optional', of: s3 }, optin: 'optional', optout: 'optional' },
                    ],
                    rest: 'never',
                  },
                },
                optin: 'optional',
                optout: 'optional',
              },
              { key: 'jointReporting', shape: { type: 'optional', of: { type: 'boolean' } }, optin: 'optional', optout: 'optional' },
              {
                key: 'notes',
                shape: { type: 'optional', of: { type: 'nullable', of: { type: 'string', checks: [['max', 4000]] } } },
                optin: 'optional',
                optout: 'optional',
              },
            ],
            rest: 'never',
          },
        },
        value: [],
      },
      optin: 'defaulted',
    },
    {
      key: 'successCriteria',
      shape: {
        type: 'optional',
        of: {
          type: 'object',
          fields: [
            { key: 'cio', shape: { type: 'optional', of: { type: 'array', of: s4 } }, optin: 'optional', optout: 'optional' },
            { key: 'cmo', shape: { type: 'optional', of: { type: 'array', of: s4 } }, optin: 'optional', optout: 'optional' },
            { key: 'joint', shape: { type: 'optional', of: { type: 'array', of: s4 } }, optin: 'optional', optout: 'optional' },
          ],
          rest: 'never',
        },
      },
      optin: 'optional',
      optout: 'optional',
    },
    {
      key: 'actions',
      shape: {
        type: 'default',
        of: {
          type: 'array',
          of: {
            type: 'object',
            fields: [
              {
                key: 'id',
                shape: {
                  type: 'string',
                  checks: [
                    ['max', 64],
                    ['regex', /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u],
                  ],
                },
              },
              { key: 'title', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              { key: 'owner', shape: { type: 'optional', of: s2 }, optin: 'optional', optout: 'optional' },
              { key: 'due', shape: { type: 'optional', of: s3 }, optin: 'optional', optout: 'optional' },
              {
                key: 'status',
                shape: { type: 'default', of: { type: 'enum', values: ['open', 'done', 'dropped'] }, value: 'open' },
                optin: 'defaulted',
              },
              {
                key: 'for',
                shape: {
                  type: 'default',
                  of: {
                    type: 'array',
                    of: {
                      type: 'string',
                      checks: [
                        ['max', 4000],
                        ['regex', /^(question:[^/\s]+\/\S+|area:\S+|investment:\S+|criterion:(cio|cmo|joint)\/\S+|finding:[a-z-]+\/\S+)$/],
                      ],
                    },
                  },
                  value: [],
                },
                optin: 'defaulted',
              },
              {
                key: 'measure',
                shape: { type: 'optional', of: { type: 'string', checks: [['max', 4000]] } },
                optin: 'optional',
                optout: 'optional',
              },
              {
                key: 'notes',
                shape: { type: 'optional', of: { type: 'nullable', of: { type: 'string', checks: [['max', 4000]] } } },
                optin: 'optional',
                optout: 'optional',
              },
            ],
            rest: 'never',
          },
        },
        value: [],
      },
      optin: 'defaulted',
    },
    {
      key: 'decisions',
      shape: {
        type: 'default',
        of: {
          type: 'array',
          of: {
            type: 'object',
            fields: [
              {
                key: 'id',
                shape: {
                  type: 'string',
                  checks: [
                    ['max', 64],
                    ['regex', /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u],
                  ],
                },
              },
              { key: 'ask', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 4000]] } },
              { key: 'by', shape: { type: 'optional', of: s3 }, optin: 'optional', optout: 'optional' },
              {
                key: 'outcome',
                shape: { type: 'optional', of: { type: 'enum', values: ['approved', 'rejected', 'deferred', 'amended'] } },
                optin: 'optional',
                optout: 'optional',
              },
              {
                key: 'notes',
                shape: { type: 'optional', of: { type: 'nullable', of: { type: 'string', checks: [['max', 4000]] } } },
                optin: 'optional',
                optout: 'optional',
              },
            ],
            rest: 'never',
          },
        },
        value: [],
      },
      optin: 'defaulted',
    },
    {
      key: 'waivers',
      shape: {
        type: 'default',
        of: {
          type: 'array',
          of: {
            type: 'object',
            fields: [
              {
                key: 'rule',
                shape: {
                  type: 'enum',
                  values: [
                    'schema',
                    'empty-review',
                    'blurred-area-owner',
                    'owner-known',
                    'contested-ownership',
                    'unconfirmed-ownership',
                    'joint-area-process',
                    'board-reporting',
                    'joint-investment',
                    'investment-roi',
                    'roi-behind-target',
                    'success-criteria',
                    'criterion-missed',
                    'unanswered',
                    'perception-contradicts-record',
                    'action-owner',
                    'action-overdue',
                    'unaddressed',
                    'reference-known',
                    'waiver-expired',
                    'waiver-too-long',
                    'max-gap',
                    'min-score',
                  ],
                },
              },
              { key: 'target', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              { key: 'reason', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 4000]] } },
              { key: 'approvedBy', shape: { type: 'string', checks: [['trim'], ['min', 1], ['max', 200]] } },
              { key: 'approved', shape: { type: 'optional', of: s3 }, optin: 'optional', optout: 'optional' },
              {
                key: 'expires',
                shape: {
                  type: 'string',
                  checks: [
                    ['regex', /^\d{4}-\d{2}-\d{2}$/],
                    ['refine', 'calendarDate'],
                  ],
                },
              },
            ],
            rest: 'never',
          },
        },
        value: [],
      },
      optin: 'defaulted',
    },
  ],
  rest: 'never',
};
