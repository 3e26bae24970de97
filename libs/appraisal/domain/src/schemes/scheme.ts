import {
  type Aggregate,
  type BusinessDate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
  isBusinessDate,
} from '@sales/shared/domain';
import type { ReviseScheme, SchemeCommand, SetScheme } from './scheme-commands';
import type { SchemeEvent } from './scheme-events';
import { publishSchemeEvent } from './scheme-publication';
import { checkSchemeRules } from './scheme-rules-check';
import type { SchemeRules, SchemeVersion } from './scheme-version';

/** A version as the scheme keeps it: the rules with who set them, when and why. */
export type SchemeVersionRecord = SchemeVersion &
  Readonly<{ setBy: string; setOn: BusinessDate; reason: string | null }>;

/** 考核办法 (A1): one scheme, every version kept (nothing is overwritten). */
export type Scheme = Readonly<{ schemeId: string | null; versions: readonly SchemeVersionRecord[] }>;

export const schemeDecider: Aggregate<Scheme, SchemeCommand, SchemeEvent> = {
  initialState: () => ({ schemeId: null, versions: [] }),
  evolve,
  decide,
  publish: publishSchemeEvent,
};

/**
 * The version in force on `date`: of those effective on or before it, the latest to take effect
 * (a later revision with the same date replaces an earlier one). A cycle keeps the version in
 * force when it opened; undefined before the first version takes effect.
 */
export function schemeVersionInForce(scheme: Scheme, date: BusinessDate): SchemeVersionRecord | undefined {
  return scheme.versions
    .filter((version) => version.effectiveFrom <= date)
    .reduce<
      SchemeVersionRecord | undefined
    >((best, version) => (!best || version.effectiveFrom > best.effectiveFrom || (version.effectiveFrom === best.effectiveFrom && version.version > best.version) ? version : best), undefined);
}

function evolve(scheme: Scheme, event: SchemeEvent): Scheme {
  switch (event.type) {
    case 'SchemeSet': {
      const { schemeId, version, effectiveFrom, rules, setBy, setOn, reason } = event.data;
      return { schemeId, versions: [{ ...rules, schemeId, version, effectiveFrom, setBy, setOn, reason }] };
    }
    case 'SchemeRevised': {
      const { schemeId, version, effectiveFrom, rules, revisedBy, revisedOn, reason } = event.data;
      const record = {
        ...rules,
        schemeId,
        version,
        effectiveFrom,
        setBy: revisedBy,
        setOn: revisedOn,
        reason,
      };
      return { schemeId, versions: [...scheme.versions, record] };
    }
  }
}

function decide(command: SchemeCommand, scheme: Scheme): SchemeEvent[] {
  switch (command.type) {
    case 'SetScheme':
      return setScheme(command.data, scheme);
    case 'ReviseScheme':
      return reviseScheme(command.data, scheme);
    default:
      return assertNever(command);
  }
}

function setScheme(data: SetScheme['data'], scheme: Scheme): SchemeEvent[] {
  assertVp(data);
  if (scheme.schemeId !== null) throw new ConflictError('scheme-already-set', { schemeId: data.schemeId });
  assertValid(data);
  const { schemeId, effectiveFrom, rules, actor, today } = data;
  const reason = data.reason?.trim() || null;
  return [
    {
      type: 'SchemeSet',
      data: { schemeId, version: 1, effectiveFrom, rules, setBy: actor.userId, setOn: today, reason },
    },
  ];
}

function reviseScheme(data: ReviseScheme['data'], scheme: Scheme): SchemeEvent[] {
  assertVp(data);
  if (scheme.schemeId === null) throw new NotFoundError('scheme-not-found', { schemeId: data.schemeId });
  const latest = scheme.versions[scheme.versions.length - 1];
  // The same rules from the same date again (a repeated PUT) change nothing.
  if (latest.effectiveFrom === data.effectiveFrom && sameRules(latest, data.rules)) return [];
  assertValid(data);
  const reason = data.reason?.trim();
  if (!reason) throw new DomainError('scheme-revision-reason-required', { field: 'reason' });
  if (data.rules.appliesTo !== latest.appliesTo) {
    // Cycles of one scheme appraise one kind of subject; another kind is another scheme.
    throw new DomainError('scheme-applies-to-changed', {
      field: 'appliesTo',
      appliesTo: data.rules.appliesTo,
      previous: latest.appliesTo,
    });
  }
  if (data.effectiveFrom < latest.effectiveFrom) {
    throw new DomainError('scheme-revision-before-latest', {
      field: 'effectiveFrom',
      effectiveFrom: data.effectiveFrom,
      latestEffectiveFrom: latest.effectiveFrom,
    });
  }
  const { schemeId, effectiveFrom, rules, actor, today } = data;
  return [
    {
      type: 'SchemeRevised',
      data: {
        schemeId,
        version: latest.version + 1,
        effectiveFrom,
        rules,
        revisedBy: actor.userId,
        revisedOn: today,
        reason,
      },
    },
  ];
}

/** 考核办法 are the VP's (业务副总) to set: DOMAIN.md A1. */
function assertVp(data: SetScheme['data'] | ReviseScheme['data']): void {
  if (data.actorRole !== 'vp') throw new ForbiddenError('forbidden-role', { role: data.actorRole });
}

/** Valid rules from a valid date, today or later: a version never changes what was in force before today. */
function assertValid(data: SetScheme['data'] | ReviseScheme['data']): void {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(data.schemeId)) {
    throw new DomainError('scheme-id-invalid', { field: 'schemeId', schemeId: data.schemeId });
  }
  if (!isBusinessDate(data.effectiveFrom)) {
    throw new DomainError('scheme-date-invalid', {
      field: 'effectiveFrom',
      effectiveFrom: String(data.effectiveFrom),
    });
  }
  if (data.effectiveFrom < data.today) {
    throw new DomainError('scheme-effective-in-past', {
      field: 'effectiveFrom',
      effectiveFrom: data.effectiveFrom,
      today: data.today,
    });
  }
  checkSchemeRules(data.rules);
}

function sameRules(version: SchemeVersionRecord, rules: SchemeRules): boolean {
  return canonical(rulesOf(version)) === canonical(rules);
}

/** A version's rules without its bookkeeping (id, number, date, who, why). */
export function rulesOf(version: SchemeVersion): SchemeRules {
  const { name, appliesTo, kpis, qualitativeWeightPercent, gradeBands, miss, ladder, commission } = version;
  return { name, appliesTo, kpis, qualitativeWeightPercent, gradeBands, miss, ladder, commission };
}

/** JSON with keys sorted, so two equal rule sets compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
