import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
  fold,
  specify,
} from '@sales/shared/domain';
import { schemeDecider, schemeVersionInForce } from './scheme';
import type { ReviseScheme } from './scheme-commands';
import { salesRules } from './testing/scheme-fixtures';
import { reviseScheme, schemeRevised, schemeSet, setScheme } from './testing/scheme-history';

const spec = specify(schemeDecider);
const base = salesRules();

describe('scheme (考核办法): set by the VP', () => {
  it('the VP sets a scheme: version 1 from its date', () => {
    spec.given([]).when(setScheme()).then([schemeSet()]);
  });

  it('anyone else is refused (the tree’s role, not the token’s)', () => {
    for (const role of ['division_manager', 'salesperson', 'finance', 'sales_admin', 'admin'] as Role[]) {
      spec.given([]).when(setScheme(salesRules(), role)).thenThrows(ForbiddenError, 'forbidden-role');
    }
  });

  it('a scheme is set once; later changes are revisions', () => {
    spec.given([schemeSet()]).when(setScheme()).thenThrows(ConflictError, 'scheme-already-set');
  });

  it('publishes the rules but neither the commission table nor the penalty amount', () => {
    const [published] = spec.given([]).when(setScheme()).published();
    expect(published).toMatchObject({ type: 'SchemeSet', schemaVersion: 1 });
    const data = published.data as Record<string, unknown>;
    expect(data).toMatchObject({
      schemeId: 'sales-quarterly',
      version: 1,
      appliesTo: 'salesperson',
      setBy: 'p-zhao',
    });
    expect(JSON.stringify(data)).not.toMatch(/commission|ratePercent|amountMinor|capMinor/);
    expect(data['ladder']).toEqual({
      helpText: base.ladder.help.text,
      penaltyText: base.ladder.penalty.text,
      eliminationWarningText: base.ladder.eliminationWarning.text,
    });
  });
});

describe('scheme: revisions and the version in force', () => {
  const revised = salesRules({
    qualitativeWeightPercent: 10,
    kpis: [{ ...base.kpis[0], weightPercent: 50 }, base.kpis[1], base.kpis[2]],
  });

  it('a revision is a new version from its date, with the reason', () => {
    spec
      .given([schemeSet()])
      .when(reviseScheme(revised, '2027-04-01'))
      .then([schemeRevised(revised, '2027-04-01')]);
  });

  it('a cycle uses the version in force on its opening date', () => {
    const scheme = fold(schemeDecider, [schemeSet(), schemeRevised(revised, '2027-04-01')]);
    expect(schemeVersionInForce(scheme, '2027-01-31')).toBeUndefined();
    expect(schemeVersionInForce(scheme, '2027-02-01')?.version).toBe(1);
    expect(schemeVersionInForce(scheme, '2027-03-31')?.version).toBe(1);
    expect(schemeVersionInForce(scheme, '2027-04-01')).toMatchObject({
      version: 2,
      qualitativeWeightPercent: 10,
      setBy: 'p-zhao',
    });
    // a later revision from the same date replaces the earlier one from then on
    const again = fold(schemeDecider, [
      schemeSet(),
      schemeRevised(revised, '2027-04-01'),
      schemeRevised(base, '2027-04-01', 3),
    ]);
    expect(schemeVersionInForce(again, '2027-05-01')?.version).toBe(3);
  });

  it('needs a reason, a date not before today nor before the latest version, and the same subjects', () => {
    spec
      .given([schemeSet()])
      .when(reviseScheme(revised, '2027-04-01', ' '))
      .thenThrows(DomainError, 'scheme-revision-reason-required');
    spec
      .given([schemeSet()])
      .when(reviseScheme(revised, '2027-01-09'))
      .thenThrows(DomainError, 'scheme-effective-in-past');
    spec
      .given([schemeSet(), schemeRevised(revised, '2027-04-01')])
      .when(reviseScheme(base, '2027-03-01'))
      .thenThrows(DomainError, 'scheme-revision-before-latest');
    spec
      .given([schemeSet()])
      .when(reviseScheme({ ...revised, appliesTo: 'division_manager' }, '2027-04-01'))
      .thenThrows(DomainError, 'scheme-applies-to-changed');
  });

  it('is the VP’s too, and needs a scheme to revise', () => {
    const byManager: ReviseScheme = {
      ...reviseScheme(revised, '2027-04-01'),
      data: { ...reviseScheme(revised, '2027-04-01').data, actorRole: 'division_manager' },
    };
    spec.given([schemeSet()]).when(byManager).thenThrows(ForbiddenError, 'forbidden-role');
    spec.given([]).when(reviseScheme(revised, '2027-04-01')).thenThrows(NotFoundError, 'scheme-not-found');
  });

  it('the same rules from the same date again change nothing (a repeated PUT)', () => {
    spec.given([schemeSet()]).when(reviseScheme(salesRules(), '2027-02-01')).then([]);
  });

  it('a revision is checked like a new scheme', () => {
    spec
      .given([schemeSet()])
      .when(reviseScheme({ ...revised, qualitativeWeightPercent: 5 }, '2027-04-01'))
      .thenThrows(DomainError, 'scheme-weights-not-100');
  });
});
