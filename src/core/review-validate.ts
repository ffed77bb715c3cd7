/**
 * The review file's validator, generated from the zod schema (schema-zod.ts, strict) by `npm run
 * docs` through shape-from-zod.ts and shape-codegen.ts: do not edit. test/core/fast-validate.test.ts
 * fails while it is stale, and holds it to zod.
 */
/* eslint-disable */
// @ts-nocheck
import { NUMBER_KEY, REFINEMENTS, REFUSED as R, isPlainObject } from './shape.js';

const re0 = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const re1 = /^[a-z0-9-]+@\d+$/;

const re2 = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u;

const re3 = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const re4 = /^[A-Z]{3}$/;

const re5 = /^\d{4}-\d{2}-\d{2}$/;

const re6 = /^(question:[^/\s]+\/\S+|area:\S+|investment:\S+|criterion:(cio|cmo|joint)\/\S+|finding:[a-z-]+\/\S+)$/;

function p1(v) {
  return v === 2 ? v : R;
}

function p2(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p4(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  if (!Number.isSafeInteger(v)) return R;
  if (!(v >= 1900)) return R;
  if (!(v <= 2999)) return R;
  return v;
}

function p5(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re0.test(v)) return R;
  return v;
}

function p3(v) {
  let r;
  if ((r = p4(v)) !== R) return r;
  if ((r = p5(v)) !== R) return r;
  return R;
}

function p7(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re1.test(v)) return R;
  return v;
}

function p6(v) {
  return v === undefined ? undefined : p7(v);
}

function p10(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p12(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p11(v) {
  return v === undefined ? undefined : p12(v);
}

function p9(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'name':
      case 'role':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('name' in v)) return R;
  r = p10(v['name']);
  if (r === R) return R;
  o['name'] = r;
  if ('role' in v) {
    r = p11(v['role']);
    if (r === R) return R;
    o['role'] = r;
  }
  return o;
}

function p8(v) {
  return v === undefined ? undefined : p9(v);
}

function p15(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p17(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p16(v) {
  return v === undefined ? undefined : p17(v);
}

function p14(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'name':
      case 'organisation':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('name' in v)) return R;
  r = p15(v['name']);
  if (r === R) return R;
  o['name'] = r;
  if ('organisation' in v) {
    r = p16(v['organisation']);
    if (r === R) return R;
    o['organisation'] = r;
  }
  return o;
}

function p13(v) {
  return v === undefined ? undefined : p14(v);
}

function p20(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p22(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p21(v) {
  return v === undefined ? undefined : p22(v);
}

function p24(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 200) return R;
  return v;
}

function p23(v) {
  return v === undefined ? undefined : p24(v);
}

function p19(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'name':
      case 'title':
      case 'email':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('name' in v)) return R;
  r = p20(v['name']);
  if (r === R) return R;
  o['name'] = r;
  if ('title' in v) {
    r = p21(v['title']);
    if (r === R) return R;
    o['title'] = r;
  }
  if ('email' in v) {
    r = p23(v['email']);
    if (r === R) return R;
    o['email'] = r;
  }
  return o;
}

function p18(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  const o = {};
  let r, present;
  if (!('cio' in v)) return R;
  r = p19(v['cio']);
  if (r === R) return R;
  o['cio'] = r;
  if (!('cmo' in v)) return R;
  r = p19(v['cmo']);
  if (r === R) return R;
  o['cmo'] = r;
  for (const k in v) {
    switch (k) {
      case 'cio':
      case 'cmo':
      case '__proto__':
        continue;
    }
    r = p19(v[k]);
    if (r === R) return R;
    o[k] = r;
  }
  return o;
}

function p27(v) {
  return v === 'cio-role' || v === 'cmo-role' || v === 'boundaries' || v === 'digital-investments' || v === 'processes' ? v : R;
}

function p29(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p28(v) {
  return v === undefined ? undefined : p29(v);
}

function p33(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re2.test(v)) return R;
  return v;
}

function p34(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 4000) return R;
  return v;
}

function p39(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  if (!Number.isSafeInteger(v)) return R;
  if (!(v >= 1)) return R;
  if (!(v <= 5)) return R;
  return v;
}

function p40(v) {
  return v === 'unsure' || v === 'n/a' ? v : R;
}

function p38(v) {
  let r;
  if ((r = p39(v)) !== R) return r;
  if ((r = p40(v)) !== R) return r;
  return R;
}

function p37(v) {
  return v === undefined ? undefined : p38(v);
}

function p41(v) {
  return v === undefined ? undefined : p38(v);
}

function p42(v) {
  return v === undefined ? undefined : p38(v);
}

function p36(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'cio':
      case 'cmo':
      case 'ceo':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if ('cio' in v) {
    r = p37(v['cio']);
    if (r === R) return R;
    o['cio'] = r;
  }
  if ('cmo' in v) {
    r = p41(v['cmo']);
    if (r === R) return R;
    o['cmo'] = r;
  }
  if ('ceo' in v) {
    r = p42(v['ceo']);
    if (r === R) return R;
    o['ceo'] = r;
  }
  return o;
}

function p35(v) {
  return v === undefined ? undefined : p36(v);
}

function p46(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p49(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p48(v) {
  return v === undefined ? undefined : p49(v);
}

function p51(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p50(v) {
  return v === undefined ? undefined : p51(v);
}

function p53(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p52(v) {
  return v === undefined ? undefined : p53(v);
}

function p47(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'cio':
      case 'cmo':
      case 'ceo':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if ('cio' in v) {
    r = p48(v['cio']);
    if (r === R) return R;
    o['cio'] = r;
  }
  if ('cmo' in v) {
    r = p50(v['cmo']);
    if (r === R) return R;
    o['cmo'] = r;
  }
  if ('ceo' in v) {
    r = p52(v['ceo']);
    if (r === R) return R;
    o['ceo'] = r;
  }
  return o;
}

function p45(v) {
  let r;
  if ((r = p46(v)) !== R) return r;
  if ((r = p47(v)) !== R) return r;
  return R;
}

function p44(v) {
  return v === null ? null : p45(v);
}

function p43(v) {
  return v === undefined ? undefined : p44(v);
}

function p32(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'text':
      case 'ratings':
      case 'notes':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p33(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if (!('text' in v)) return R;
  r = p34(v['text']);
  if (r === R) return R;
  o['text'] = r;
  if ('ratings' in v) {
    r = p35(v['ratings']);
    if (r === R) return R;
    o['ratings'] = r;
  }
  if ('notes' in v) {
    r = p43(v['notes']);
    if (r === R) return R;
    o['notes'] = r;
  }
  return o;
}

function p31(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p32(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p30(v) {
  if (v === undefined) return [];
  const r = p31(v);
  return r === undefined ? [] : r;
}

function p26(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'title':
      case 'questions':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p27(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if ('title' in v) {
    r = p28(v['title']);
    if (r === R) return R;
    o['title'] = r;
  }
  r = p30(v['questions']);
  if (r === R) return R;
  o['questions'] = r;
  return o;
}

function p25(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p26(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p57(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re2.test(v)) return R;
  return v;
}

function p58(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p61(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  return v;
}

function p60(v) {
  return v === null ? null : p61(v);
}

function p59(v) {
  return v === undefined ? undefined : p60(v);
}

function p64(v) {
  if (typeof v !== 'string') return R;
  if (!re3.test(v)) return R;
  return v;
}

function p63(v) {
  if (!isPlainObject(v)) return R;
  const o = {};
  const symbols = Object.getOwnPropertySymbols(v).length > 0;
  for (const key of symbols ? Reflect.ownKeys(v) : Object.keys(v)) {
    if (key === '__proto__' || (symbols && !Object.prototype.propertyIsEnumerable.call(v, key))) continue;
    let k = p64(key);
    if (k === R && typeof key === 'string' && NUMBER_KEY.test(key)) k = p64(Number(key));
    if (k === R) return R;
    if (k === '__proto__') continue;
    const r = p60(v[key]);
    if (r === R) return R;
    o[k] = r;
  }
  return o;
}

function p62(v) {
  return v === undefined ? undefined : p63(v);
}

function p67(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p66(v) {
  return v === null ? null : p67(v);
}

function p65(v) {
  return v === undefined ? undefined : p66(v);
}

function p70(v) {
  return v === 'none' || v === 'monthly' || v === 'quarterly' || v === 'annually' ? v : R;
}

function p69(v) {
  return v === null ? null : p70(v);
}

function p68(v) {
  return v === undefined ? undefined : p69(v);
}

function p73(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p72(v) {
  return v === null ? null : p73(v);
}

function p71(v) {
  return v === undefined ? undefined : p72(v);
}

function p56(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'name':
      case 'owner':
      case 'claims':
      case 'process':
      case 'boardReporting':
      case 'notes':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p57(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if (!('name' in v)) return R;
  r = p58(v['name']);
  if (r === R) return R;
  o['name'] = r;
  if ('owner' in v) {
    r = p59(v['owner']);
    if (r === R) return R;
    o['owner'] = r;
  }
  if ('claims' in v) {
    r = p62(v['claims']);
    if (r === R) return R;
    o['claims'] = r;
  }
  if ('process' in v) {
    r = p65(v['process']);
    if (r === R) return R;
    o['process'] = r;
  }
  if ('boardReporting' in v) {
    r = p68(v['boardReporting']);
    if (r === R) return R;
    o['boardReporting'] = r;
  }
  if ('notes' in v) {
    r = p71(v['notes']);
    if (r === R) return R;
    o['notes'] = r;
  }
  return o;
}

function p55(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p56(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p54(v) {
  if (v === undefined) return [];
  const r = p55(v);
  return r === undefined ? [] : r;
}

function p77(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re2.test(v)) return R;
  return v;
}

function p78(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p81(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  return v;
}

function p80(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p81(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p79(v) {
  if (v === undefined) return [];
  const r = p80(v);
  return r === undefined ? [] : r;
}

function p84(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  if (!(v >= 0)) return R;
  return v;
}

function p85(v) {
  if (typeof v !== 'string') return R;
  if (!re4.test(v)) return R;
  return v;
}

function p83(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'amount':
      case 'currency':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('amount' in v)) return R;
  r = p84(v['amount']);
  if (r === R) return R;
  o['amount'] = r;
  if (!('currency' in v)) return R;
  r = p85(v['currency']);
  if (r === R) return R;
  o['currency'] = r;
  return o;
}

function p82(v) {
  return v === undefined ? undefined : p83(v);
}

function p89(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p88(v) {
  return v === undefined ? undefined : p89(v);
}

function p91(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  return v;
}

function p90(v) {
  return v === undefined ? undefined : p91(v);
}

function p93(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  return v;
}

function p92(v) {
  return v === undefined ? undefined : p93(v);
}

function p96(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  return v;
}

function p95(v) {
  return v === null ? null : p96(v);
}

function p94(v) {
  return v === undefined ? undefined : p95(v);
}

function p98(v) {
  return v === 'up' || v === 'down' ? v : R;
}

function p97(v) {
  return v === undefined ? undefined : p98(v);
}

function p100(v) {
  if (typeof v !== 'string') return R;
  if (!re5.test(v)) return R;
  if (!REFINEMENTS['calendarDate'](v)) return R;
  return v;
}

function p99(v) {
  return v === undefined ? undefined : p100(v);
}

function p87(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'metric':
      case 'baseline':
      case 'target':
      case 'actual':
      case 'direction':
      case 'due':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if ('metric' in v) {
    r = p88(v['metric']);
    if (r === R) return R;
    o['metric'] = r;
  }
  if ('baseline' in v) {
    r = p90(v['baseline']);
    if (r === R) return R;
    o['baseline'] = r;
  }
  if ('target' in v) {
    r = p92(v['target']);
    if (r === R) return R;
    o['target'] = r;
  }
  if ('actual' in v) {
    r = p94(v['actual']);
    if (r === R) return R;
    o['actual'] = r;
  }
  if ('direction' in v) {
    r = p97(v['direction']);
    if (r === R) return R;
    o['direction'] = r;
  }
  if ('due' in v) {
    r = p99(v['due']);
    if (r === R) return R;
    o['due'] = r;
  }
  return o;
}

function p86(v) {
  return v === undefined ? undefined : p87(v);
}

function p102(v) {
  return typeof v === 'boolean' ? v : R;
}

function p101(v) {
  return v === undefined ? undefined : p102(v);
}

function p105(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p104(v) {
  return v === null ? null : p105(v);
}

function p103(v) {
  return v === undefined ? undefined : p104(v);
}

function p76(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'name':
      case 'owners':
      case 'budget':
      case 'roi':
      case 'jointReporting':
      case 'notes':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p77(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if (!('name' in v)) return R;
  r = p78(v['name']);
  if (r === R) return R;
  o['name'] = r;
  r = p79(v['owners']);
  if (r === R) return R;
  o['owners'] = r;
  if ('budget' in v) {
    r = p82(v['budget']);
    if (r === R) return R;
    o['budget'] = r;
  }
  if ('roi' in v) {
    r = p86(v['roi']);
    if (r === R) return R;
    o['roi'] = r;
  }
  if ('jointReporting' in v) {
    r = p101(v['jointReporting']);
    if (r === R) return R;
    o['jointReporting'] = r;
  }
  if ('notes' in v) {
    r = p103(v['notes']);
    if (r === R) return R;
    o['notes'] = r;
  }
  return o;
}

function p75(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p76(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p74(v) {
  if (v === undefined) return [];
  const r = p75(v);
  return r === undefined ? [] : r;
}

function p111(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re2.test(v)) return R;
  return v;
}

function p112(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 4000) return R;
  return v;
}

function p114(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p113(v) {
  return v === undefined ? undefined : p114(v);
}

function p117(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  return v;
}

function p118(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p116(v) {
  let r;
  if ((r = p117(v)) !== R) return r;
  if ((r = p118(v)) !== R) return r;
  return R;
}

function p115(v) {
  return v === undefined ? undefined : p116(v);
}

function p122(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return R;
  return v;
}

function p123(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p121(v) {
  let r;
  if ((r = p122(v)) !== R) return r;
  if ((r = p123(v)) !== R) return r;
  return R;
}

function p120(v) {
  return v === null ? null : p121(v);
}

function p119(v) {
  return v === undefined ? undefined : p120(v);
}

function p124(v) {
  return v === undefined ? undefined : p100(v);
}

function p126(v) {
  return v === 'open' || v === 'met' || v === 'missed' || v === 'dropped' ? v : R;
}

function p125(v) {
  if (v === undefined) return 'open';
  const r = p126(v);
  return r === undefined ? 'open' : r;
}

function p110(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'text':
      case 'metric':
      case 'target':
      case 'actual':
      case 'due':
      case 'status':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p111(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if (!('text' in v)) return R;
  r = p112(v['text']);
  if (r === R) return R;
  o['text'] = r;
  if ('metric' in v) {
    r = p113(v['metric']);
    if (r === R) return R;
    o['metric'] = r;
  }
  if ('target' in v) {
    r = p115(v['target']);
    if (r === R) return R;
    o['target'] = r;
  }
  if ('actual' in v) {
    r = p119(v['actual']);
    if (r === R) return R;
    o['actual'] = r;
  }
  if ('due' in v) {
    r = p124(v['due']);
    if (r === R) return R;
    o['due'] = r;
  }
  r = p125(v['status']);
  if (r === R) return R;
  o['status'] = r;
  return o;
}

function p109(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p110(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p108(v) {
  return v === undefined ? undefined : p109(v);
}

function p128(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p110(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p127(v) {
  return v === undefined ? undefined : p128(v);
}

function p130(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p110(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p129(v) {
  return v === undefined ? undefined : p130(v);
}

function p107(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'cio':
      case 'cmo':
      case 'joint':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if ('cio' in v) {
    r = p108(v['cio']);
    if (r === R) return R;
    o['cio'] = r;
  }
  if ('cmo' in v) {
    r = p127(v['cmo']);
    if (r === R) return R;
    o['cmo'] = r;
  }
  if ('joint' in v) {
    r = p129(v['joint']);
    if (r === R) return R;
    o['joint'] = r;
  }
  return o;
}

function p106(v) {
  return v === undefined ? undefined : p107(v);
}

function p134(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re2.test(v)) return R;
  return v;
}

function p135(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p136(v) {
  return v === undefined ? undefined : p60(v);
}

function p137(v) {
  return v === undefined ? undefined : p100(v);
}

function p139(v) {
  return v === 'open' || v === 'done' || v === 'dropped' ? v : R;
}

function p138(v) {
  if (v === undefined) return 'open';
  const r = p139(v);
  return r === undefined ? 'open' : r;
}

function p142(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  if (!re6.test(v)) return R;
  return v;
}

function p141(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p142(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p140(v) {
  if (v === undefined) return [];
  const r = p141(v);
  return r === undefined ? [] : r;
}

function p144(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p143(v) {
  return v === undefined ? undefined : p144(v);
}

function p147(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p146(v) {
  return v === null ? null : p147(v);
}

function p145(v) {
  return v === undefined ? undefined : p146(v);
}

function p133(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'title':
      case 'owner':
      case 'due':
      case 'status':
      case 'for':
      case 'measure':
      case 'notes':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p134(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if (!('title' in v)) return R;
  r = p135(v['title']);
  if (r === R) return R;
  o['title'] = r;
  if ('owner' in v) {
    r = p136(v['owner']);
    if (r === R) return R;
    o['owner'] = r;
  }
  if ('due' in v) {
    r = p137(v['due']);
    if (r === R) return R;
    o['due'] = r;
  }
  r = p138(v['status']);
  if (r === R) return R;
  o['status'] = r;
  r = p140(v['for']);
  if (r === R) return R;
  o['for'] = r;
  if ('measure' in v) {
    r = p143(v['measure']);
    if (r === R) return R;
    o['measure'] = r;
  }
  if ('notes' in v) {
    r = p145(v['notes']);
    if (r === R) return R;
    o['notes'] = r;
  }
  return o;
}

function p132(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p133(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p131(v) {
  if (v === undefined) return [];
  const r = p132(v);
  return r === undefined ? [] : r;
}

function p151(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 64) return R;
  if (!re2.test(v)) return R;
  return v;
}

function p152(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 4000) return R;
  return v;
}

function p153(v) {
  return v === undefined ? undefined : p100(v);
}

function p155(v) {
  return v === 'approved' || v === 'rejected' || v === 'deferred' || v === 'amended' ? v : R;
}

function p154(v) {
  return v === undefined ? undefined : p155(v);
}

function p158(v) {
  if (typeof v !== 'string') return R;
  if (v.length > 4000) return R;
  return v;
}

function p157(v) {
  return v === null ? null : p158(v);
}

function p156(v) {
  return v === undefined ? undefined : p157(v);
}

function p150(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'id':
      case 'ask':
      case 'by':
      case 'outcome':
      case 'notes':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('id' in v)) return R;
  r = p151(v['id']);
  if (r === R) return R;
  o['id'] = r;
  if (!('ask' in v)) return R;
  r = p152(v['ask']);
  if (r === R) return R;
  o['ask'] = r;
  if ('by' in v) {
    r = p153(v['by']);
    if (r === R) return R;
    o['by'] = r;
  }
  if ('outcome' in v) {
    r = p154(v['outcome']);
    if (r === R) return R;
    o['outcome'] = r;
  }
  if ('notes' in v) {
    r = p156(v['notes']);
    if (r === R) return R;
    o['notes'] = r;
  }
  return o;
}

function p149(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p150(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p148(v) {
  if (v === undefined) return [];
  const r = p149(v);
  return r === undefined ? [] : r;
}

function p162(v) {
  return v === 'schema' ||
    v === 'empty-review' ||
    v === 'blurred-area-owner' ||
    v === 'owner-known' ||
    v === 'contested-ownership' ||
    v === 'unconfirmed-ownership' ||
    v === 'joint-area-process' ||
    v === 'board-reporting' ||
    v === 'joint-investment' ||
    v === 'investment-roi' ||
    v === 'roi-behind-target' ||
    v === 'success-criteria' ||
    v === 'criterion-missed' ||
    v === 'unanswered' ||
    v === 'perception-contradicts-record' ||
    v === 'action-owner' ||
    v === 'action-overdue' ||
    v === 'unaddressed' ||
    v === 'reference-known' ||
    v === 'waiver-expired' ||
    v === 'waiver-too-long' ||
    v === 'max-gap' ||
    v === 'min-score'
    ? v
    : R;
}

function p163(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p164(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 4000) return R;
  return v;
}

function p165(v) {
  if (typeof v !== 'string') return R;
  v = v.trim();
  if (v.length < 1) return R;
  if (v.length > 200) return R;
  return v;
}

function p166(v) {
  return v === undefined ? undefined : p100(v);
}

function p167(v) {
  if (typeof v !== 'string') return R;
  if (!re5.test(v)) return R;
  if (!REFINEMENTS['calendarDate'](v)) return R;
  return v;
}

function p161(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'rule':
      case 'target':
      case 'reason':
      case 'approvedBy':
      case 'approved':
      case 'expires':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('rule' in v)) return R;
  r = p162(v['rule']);
  if (r === R) return R;
  o['rule'] = r;
  if (!('target' in v)) return R;
  r = p163(v['target']);
  if (r === R) return R;
  o['target'] = r;
  if (!('reason' in v)) return R;
  r = p164(v['reason']);
  if (r === R) return R;
  o['reason'] = r;
  if (!('approvedBy' in v)) return R;
  r = p165(v['approvedBy']);
  if (r === R) return R;
  o['approvedBy'] = r;
  if ('approved' in v) {
    r = p166(v['approved']);
    if (r === R) return R;
    o['approved'] = r;
  }
  if (!('expires' in v)) return R;
  r = p167(v['expires']);
  if (r === R) return R;
  o['expires'] = r;
  return o;
}

function p160(v) {
  if (!Array.isArray(v)) return R;
  const o = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = p161(v[i]);
    if (r === R) return R;
    o[i] = r;
  }
  return o;
}

function p159(v) {
  if (v === undefined) return [];
  const r = p160(v);
  return r === undefined ? [] : r;
}

function p0(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;
  for (const k in v)
    switch (k) {
      case 'schemaVersion':
      case 'organisation':
      case 'period':
      case 'template':
      case 'reviewer':
      case 'facilitator':
      case 'executives':
      case 'sections':
      case 'blurredAreas':
      case 'investments':
      case 'successCriteria':
      case 'actions':
      case 'decisions':
      case 'waivers':
        break;
      default:
        return R;
    }
  const o = {};
  let r, present;
  if (!('schemaVersion' in v)) return R;
  r = p1(v['schemaVersion']);
  if (r === R) return R;
  o['schemaVersion'] = r;
  if (!('organisation' in v)) return R;
  r = p2(v['organisation']);
  if (r === R) return R;
  o['organisation'] = r;
  if (!('period' in v)) return R;
  r = p3(v['period']);
  if (r === R) return R;
  o['period'] = r;
  if ('template' in v) {
    r = p6(v['template']);
    if (r === R) return R;
    o['template'] = r;
  }
  if ('reviewer' in v) {
    r = p8(v['reviewer']);
    if (r === R) return R;
    o['reviewer'] = r;
  }
  if ('facilitator' in v) {
    r = p13(v['facilitator']);
    if (r === R) return R;
    o['facilitator'] = r;
  }
  if (!('executives' in v)) return R;
  r = p18(v['executives']);
  if (r === R) return R;
  o['executives'] = r;
  if (!('sections' in v)) return R;
  r = p25(v['sections']);
  if (r === R) return R;
  o['sections'] = r;
  r = p54(v['blurredAreas']);
  if (r === R) return R;
  o['blurredAreas'] = r;
  r = p74(v['investments']);
  if (r === R) return R;
  o['investments'] = r;
  if ('successCriteria' in v) {
    r = p106(v['successCriteria']);
    if (r === R) return R;
    o['successCriteria'] = r;
  }
  r = p131(v['actions']);
  if (r === R) return R;
  o['actions'] = r;
  r = p148(v['decisions']);
  if (r === R) return R;
  o['decisions'] = r;
  r = p159(v['waivers']);
  if (r === R) return R;
  o['waivers'] = r;
  return o;
}

/** What zod's strict parse of a review returns for `value`, or undefined where zod refuses it. */
export function parseReview(value: unknown): { value: unknown } | undefined {
  const r = p0(value);
  return r === R ? undefined : { value: r };
}
