import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { contract, terminated } from '../receivables/receivables.fixture';
import { directivesDecider } from './directive';
import type { IssueStopDirective, LiftStopDirective } from './directive-commands';
import type { DirectiveParty, StopDirectiveIssued, StopDirectiveLifted } from './directive-events';
import { activeDirectivesOf } from './directive-state';
import { fold } from '@sales/shared/domain';

const { given } = specify(directivesDecider);
const today = '2027-03-01';
const now = '2027-03-01T02:00:00.000Z';
const safety = { personId: 'p-safety', role: 'safety' } as const;
const vp = { personId: 'p-vp', role: 'vp' } as const;
const party: DirectiveParty = { contractId: 'k-1', customerId: 'c-1', ownerId: 'p-li', divisionId: 'd-east' };

const issue = (data: Partial<IssueStopDirective['data']> = {}): IssueStopDirective => ({
  type: 'IssueStopDirective',
  data: { contract, by: safety, today, now, directiveId: 'dir-1', reason: '脚手架不合格', ...data },
});
const lift = (data: Partial<LiftStopDirective['data']> = {}): LiftStopDirective => ({
  type: 'LiftStopDirective',
  data: { contract, by: vp, today, now, directiveId: 'dir-1', reason: '整改完成', ...data },
});
const issued = (directiveId = 'dir-1', reason = '脚手架不合格'): StopDirectiveIssued => ({
  type: 'StopDirectiveIssued',
  data: {
    party,
    directiveId,
    reason,
    issuedBy: 'p-safety',
    issuedByRole: 'safety',
    issuedOn: today,
    issuedAt: now,
  },
});
const lifted = (directiveId = 'dir-1'): StopDirectiveLifted => ({
  type: 'StopDirectiveLifted',
  data: {
    party,
    directiveId,
    reason: '整改完成',
    liftedBy: 'p-vp',
    liftedByRole: 'vp',
    liftedOn: today,
    liftedAt: now,
  },
});

describe('停工指示 stop directives (K6)', () => {
  it('安全/质量 orders work to stop with a reason; it is published at once with who, when and why', () => {
    given([]).when(issue()).then([issued()]);
    expect(given([]).when(issue()).published()).toEqual([
      {
        type: 'StopDirectiveIssued',
        schemaVersion: 1,
        data: {
          directiveId: 'dir-1',
          ...party,
          reason: '脚手架不合格',
          issuedBy: 'p-safety',
          issuedByRole: 'safety',
          issuedOn: today,
        },
      },
    ]);
  });

  it.each([
    ['vp', 'p-vp'],
    ['admin', 'p-admin'],
  ] as const)('the %s may issue one too', (role, personId) => {
    expect(
      given([])
        .when(issue({ by: { personId, role } }))
        .events(),
    ).toHaveLength(1);
  });

  it.each(['installer', 'sales_admin', 'salesperson', 'finance', null] as const)(
    'the role %s may not (403 directive-role-not-allowed)',
    (role) => {
      given([])
        .when(issue({ by: { personId: 'p-x', role } }))
        .thenThrows(ForbiddenError, 'directive-role-not-allowed');
      given([issued()])
        .when(lift({ by: { personId: 'p-x', role } }))
        .thenThrows(ForbiddenError, 'directive-role-not-allowed');
    },
  );

  it('a directive without a reason is refused (400 naming the field)', () => {
    const error = given([])
      .when(issue({ reason: '  ' }))
      .thenThrows(DomainError, 'directive-reason-required');
    expect(error.details).toEqual({ field: 'reason' });
  });

  it('several may be active at once; each is lifted on its own', () => {
    const history = [issued('dir-1'), issued('dir-2', '消防验收未过')];
    expect(activeDirectivesOf(fold(directivesDecider, history)).map((d) => d.directiveId)).toEqual([
      'dir-1',
      'dir-2',
    ]);
    given(history).when(lift()).then([lifted()]);
    const after = fold(directivesDecider, [...history, lifted()]);
    expect(activeDirectivesOf(after).map((d) => d.directiveId)).toEqual(['dir-2']);
    expect(given(history).when(lift()).published()[0].data).toMatchObject({
      directiveId: 'dir-1',
      liftedBy: 'p-vp',
      issuedOn: today,
      stillActive: 1,
    });
  });

  it('lifting needs a reason (400)', () => {
    given([issued()])
      .when(lift({ reason: '' }))
      .thenThrows(DomainError, 'directive-reason-required');
  });

  it('lifting an unknown directive is 404; lifting one twice is 409 naming who lifted it', () => {
    given([]).when(lift()).thenThrows(NotFoundError, 'unknown-directive');
    const error = given([issued(), lifted()])
      .when(lift({ reason: '另一个原因' }))
      .thenThrows(ConflictError, 'directive-already-lifted');
    expect(error.details).toMatchObject({ liftedBy: 'p-vp', liftedOn: today });
  });

  it('a retried request (same id, same reason) records nothing more; another reason under that id is 409', () => {
    given([issued()]).when(issue()).then([]);
    given([issued(), lifted()]).when(lift()).then([]);
    given([issued()])
      .when(issue({ reason: '别的原因' }))
      .thenThrows(ConflictError, 'directive-id-taken');
  });

  it('a terminated contract has no work to stop (409)', () => {
    given([])
      .when(issue({ contract: terminated }))
      .thenThrows(ConflictError, 'directive-contract-terminated');
  });
});
