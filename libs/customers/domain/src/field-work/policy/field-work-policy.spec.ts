import { DomainError, ForbiddenError, fold, specify } from '@sales/shared/domain';
import { actorOf } from '../../testing/department.fixture';
import { DEFAULT_FIELD_WORK_POLICY, fieldWorkPolicyOn } from './field-work-policy';
import type { FieldWorkPolicyCommand, FieldWorkPolicySet } from './field-work-policy-commands';
import { fieldWorkPolicyDecider } from './field-work-policy-decider';

const spec = specify(fieldWorkPolicyDecider);
const cadence = { A: 5, B: 10, C: 30, D: 60, ungraded: 45 };

const setPolicy = (over: Partial<FieldWorkPolicyCommand['data']> = {}): FieldWorkPolicyCommand => ({
  type: 'SetFieldWorkPolicy',
  data: {
    actor: actorOf('p-vp'),
    today: '2026-03-16',
    revisitCadenceDays: cadence,
    minimumCheckInsPerDayOut: 2,
    ...over,
  },
});

const policySet = (version: number, effectiveOn: string, over: Partial<FieldWorkPolicySet['data']> = {}) =>
  ({
    type: 'FieldWorkPolicySet',
    data: {
      version,
      revisitCadenceDays: cadence,
      minimumCheckInsPerDayOut: 2,
      effectiveOn,
      setBy: 'p-vp',
      ...over,
    },
  }) satisfies FieldWorkPolicySet;

describe('外勤规则 field-work policy (C3 revisit cadence, C4 check-ins per day out)', () => {
  it('defaults: A 7 days, B 14, C 30, D 90, ungraded none; one check-in per day out', () => {
    expect(DEFAULT_FIELD_WORK_POLICY).toMatchObject({
      version: 0,
      revisitCadenceDays: { A: 7, B: 14, C: 30, D: 90, ungraded: null },
      minimumCheckInsPerDayOut: 1,
    });
  });

  it('the VP sets a version, effective today; the next one follows it', () => {
    spec
      .given([])
      .when(setPolicy())
      .then([policySet(1, '2026-03-16')]);
    spec
      .given([policySet(1, '2026-03-16')])
      .when(setPolicy({ minimumCheckInsPerDayOut: 3, today: '2026-04-01' }))
      .then([policySet(2, '2026-04-01', { minimumCheckInsPerDayOut: 3 })]);
  });

  it('the same terms again make no new version', () => {
    spec
      .given([policySet(1, '2026-03-16')])
      .when(setPolicy({ today: '2026-03-20' }))
      .then([]);
  });

  it('only the VP sets it (403)', () => {
    for (const id of ['p-chen', 'p-li', 'p-fin']) {
      spec
        .given([])
        .when(setPolicy({ actor: actorOf(id) }))
        .thenThrows(ForbiddenError, 'field-work-policy-vp-only');
    }
  });

  it('refuses a cadence that is not 1–365 whole days (null only for ungraded), naming the grade', () => {
    for (const [key, value] of [
      ['A', 0],
      ['B', 7.5],
      ['D', 366],
      ['C', null],
    ] as const) {
      const error = spec
        .given([])
        .when(setPolicy({ revisitCadenceDays: { ...cadence, [key]: value } }))
        .thenThrows(DomainError, 'invalid-revisit-cadence');
      expect(error.details).toMatchObject({ field: `revisitCadenceDays.${key}`, grade: key });
    }
    expect(
      spec
        .given([])
        .when(setPolicy({ revisitCadenceDays: { ...cadence, ungraded: null } }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses a minimum of check-ins that is not 1–20 whole; 2 and more are allowed (a range, not a cap)', () => {
    for (const value of [0, 1.5, 21]) {
      spec
        .given([])
        .when(setPolicy({ minimumCheckInsPerDayOut: value }))
        .thenThrows(DomainError, 'invalid-check-in-minimum');
    }
    expect(
      spec
        .given([])
        .when(setPolicy({ minimumCheckInsPerDayOut: 3 }))
        .events(),
    ).toHaveLength(1);
  });

  it('a past day is judged by the version in force on it', () => {
    const history = fold(fieldWorkPolicyDecider, [
      policySet(1, '2026-03-16'),
      policySet(2, '2026-04-01', { minimumCheckInsPerDayOut: 3 }),
    ]);
    expect(fieldWorkPolicyOn(history, '2026-03-15')).toBe(DEFAULT_FIELD_WORK_POLICY);
    expect(fieldWorkPolicyOn(history, '2026-03-31').minimumCheckInsPerDayOut).toBe(2);
    expect(fieldWorkPolicyOn(history, '2026-04-01').minimumCheckInsPerDayOut).toBe(3);
  });

  it('publishes the terms and version, not who set them', () => {
    expect(spec.given([]).when(setPolicy()).published()).toEqual([
      {
        type: 'FieldWorkPolicySet',
        schemaVersion: 1,
        data: {
          version: 1,
          revisitCadenceDays: cadence,
          minimumCheckInsPerDayOut: 2,
          effectiveOn: '2026-03-16',
        },
      },
    ]);
  });
});
