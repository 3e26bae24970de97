import type { Actor, Role } from '@sales/shared/domain';
import type { ReviseScheme, SetScheme } from '../scheme-commands';
import type { SchemeRevised, SchemeSet } from '../scheme-events';
import type { SchemeRules } from '../scheme-version';
import { salesRules } from './scheme-fixtures';

/** Commands and events of the `sales-quarterly` scheme, set by the VP 赵 on 2027-01-10 (specs build histories from them). */
export const vp: Actor = { userId: 'p-zhao', role: 'vp' };
export const TODAY = '2027-01-10';

export const setScheme = (
  rules: SchemeRules = salesRules(),
  actorRole: Role = 'vp',
  effectiveFrom = '2027-02-01',
): SetScheme => ({
  type: 'SetScheme',
  data: {
    schemeId: 'sales-quarterly',
    rules,
    effectiveFrom,
    actor: { ...vp, role: actorRole },
    actorRole,
    today: TODAY,
  },
});
export const reviseScheme = (
  rules: SchemeRules,
  effectiveFrom: string,
  reason = '回款权重提高',
): ReviseScheme => ({
  type: 'ReviseScheme',
  data: {
    schemeId: 'sales-quarterly',
    rules,
    effectiveFrom,
    actor: vp,
    actorRole: 'vp',
    today: TODAY,
    reason,
  },
});
export const schemeSet = (rules: SchemeRules = salesRules(), effectiveFrom = '2027-02-01'): SchemeSet => ({
  type: 'SchemeSet',
  data: {
    schemeId: 'sales-quarterly',
    version: 1,
    effectiveFrom,
    rules,
    setBy: 'p-zhao',
    setOn: TODAY,
    reason: null,
  },
});
export const schemeRevised = (rules: SchemeRules, effectiveFrom: string, version = 2): SchemeRevised => ({
  type: 'SchemeRevised',
  data: {
    schemeId: 'sales-quarterly',
    version,
    effectiveFrom,
    rules,
    revisedBy: 'p-zhao',
    revisedOn: TODAY,
    reason: '回款权重提高',
  },
});
