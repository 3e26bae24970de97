import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { SYSTEM_ACTOR } from '@sales/shared/domain';
import { UnreadableCloseRequestError, closeRequestOf } from './close-request';

const cycleClosed = (data: unknown, change: Partial<EventEnvelope> = {}): EventEnvelope => ({
  id: 'ev-1',
  context: 'appraisal',
  streamId: 'cycle-cy-1',
  version: 5,
  type: 'CycleClosed',
  schemaVersion: 1,
  data,
  time: '2027-04-02T01:00:00.000Z',
  actor: SYSTEM_ACTOR,
  correlationId: 'c-1',
  ...change,
});

const contract = {
  cycleId: 'cy-1',
  schemeId: 'sc-1',
  schemeVersion: 2,
  period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
  closedAt: '2027-04-02T09:00:00+08:00',
  asOf: '2027-04-02',
  subjects: [
    { kind: 'person', id: 'p-li' },
    { kind: 'division', id: 'd-east' },
    { kind: 'person', id: 'p-li' },
  ],
  currency: 'CNY',
};

describe('a CycleClosed read as a close request', () => {
  it('takes the period as the KPI API parses its label, the cut-off as an instant, each subject once', () => {
    expect(closeRequestOf(cycleClosed(contract))).toEqual({
      requestId: 'cy-1',
      requestedBy: { context: 'appraisal', eventId: 'ev-1' },
      period: expect.objectContaining({
        kind: 'quarter',
        label: '2027-Q1',
        from: '2027-01-01',
        to: '2027-03-31',
      }),
      asOf: '2027-04-02',
      recordedBefore: Date.parse('2027-04-02T01:00:00Z'),
      subjects: [
        { kind: 'person', id: 'p-li' },
        { kind: 'division', id: 'd-east' },
      ],
    });
  });

  it('any other event of the topic is not a request', () => {
    expect(closeRequestOf(cycleClosed(contract, { type: 'CycleOpened' }))).toBeNull();
  });

  it.each([
    ['another schema version', cycleClosed(contract, { schemaVersion: 2 }), /schemaVersion 2/],
    ['no cycle id', cycleClosed({ ...contract, cycleId: '' }), /cycleId/],
    ['a label the API does not know', cycleClosed({ ...contract, period: { label: '2027-H1' } }), /2027-H1/],
    [
      'dates that disagree with the label',
      cycleClosed({ ...contract, period: { ...contract.period, to: '2027-04-30' } }),
      /period.to/,
    ],
    ['a cut-off that is no instant', cycleClosed({ ...contract, closedAt: 'yesterday' }), /closedAt/],
    ['an as-of date that is no date', cycleClosed({ ...contract, asOf: '2027-02-30' }), /asOf/],
    ['a company subject', cycleClosed({ ...contract, subjects: [{ kind: 'company' }] }), /subjects\[0\]/],
    ['no subjects list', cycleClosed({ ...contract, subjects: null }), /subjects/],
  ])('%s cannot be read (dead-lettered with the reason, never guessed)', (_, event, reason) => {
    expect(() => closeRequestOf(event)).toThrow(UnreadableCloseRequestError);
    expect(() => closeRequestOf(event)).toThrow(reason);
  });
});
