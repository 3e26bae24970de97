import { dayAfter, personStatusFrom } from './handover-feed.mapping';

const event = (type: string, data: Record<string, unknown>) => ({ id: `evt-${type}`, type, data });
const base = { caseId: 'case-1', personId: 'p-li', lastDay: '2027-03-31' };

describe('handover’s events as steps of a resignation in the tree (O2)', () => {
  it('notice → resigning from the day it was given', () => {
    expect(personStatusFrom(event('ResignationNoticed', { ...base, noticedOn: '2027-03-01' }))).toEqual({
      caseId: 'case-1',
      personId: 'p-li',
      sourceEventId: 'evt-ResignationNoticed',
      toStatus: 'resigning',
      reason: 'resignation-noticed',
      effectiveOn: '2027-03-01',
    });
  });

  it('completed handover → left from the day after the last day', () => {
    expect(
      personStatusFrom(event('HandoverCompleted', { ...base, completedOn: '2027-03-28' })),
    ).toMatchObject({
      toStatus: 'left',
      reason: 'handover-completed',
      effectiveOn: '2027-04-01',
    });
  });

  it('exit without handover (离职处理) → left after the last day, or from the exit if earlier', () => {
    expect(personStatusFrom(event('LeftWithoutHandover', { ...base, leftOn: '2027-04-05' }))).toMatchObject({
      reason: 'left-without-handover',
      effectiveOn: '2027-04-01',
    });
    expect(personStatusFrom(event('LeftWithoutHandover', { ...base, leftOn: '2027-03-10' }))).toMatchObject({
      effectiveOn: '2027-03-10',
    });
  });

  it('ignores the other steps and refuses a step without the fields it needs', () => {
    expect(personStatusFrom(event('HandoverItemCleared', base))).toBeUndefined();
    expect(() =>
      personStatusFrom(event('HandoverCompleted', { caseId: 'case-1', lastDay: '2027-03-31' })),
    ).toThrow(/personId/);
    expect(() => personStatusFrom(event('ResignationNoticed', base))).toThrow(/noticedOn/);
  });

  it('counts days across month and year ends', () => {
    expect(dayAfter('2027-02-28')).toBe('2027-03-01');
    expect(dayAfter('2027-12-31')).toBe('2028-01-01');
  });
});
