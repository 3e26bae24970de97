import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { projectBatch } from './project-batch';

const envelope = (over: Partial<EventEnvelope>): EventEnvelope => ({
  id: 'e-1',
  context: 'contracts',
  streamId: 'contract-c1',
  version: 1,
  type: 'ContractTerminated',
  schemaVersion: 1,
  data: { contractId: 'c1', terminatedOn: '2027-03-25' },
  time: '2027-03-25T02:00:00.000Z',
  actor: { userId: 'p-vp', role: 'vp' },
  correlationId: 'corr',
  ...over,
});

describe('projectBatch', () => {
  it('sets an event of an unknown version aside with the reason and keeps the rest of the batch', () => {
    const { facts, unreadable } = projectBatch(
      [
        envelope({ id: 'e-new', schemaVersion: 99 }),
        envelope({ id: 'e-ok' }),
        envelope({ id: 'e-other', type: 'SomethingNoFigureUses' }),
      ],
      'Asia/Shanghai',
    );
    expect(unreadable).toEqual([
      {
        eventId: 'e-new',
        context: 'contracts',
        type: 'ContractTerminated',
        schemaVersion: 99,
        reason: 'the KPI projection cannot read contracts.ContractTerminated.v99 (e-new)',
      },
    ]);
    expect(facts.map((f) => f.eventId)).toEqual(['e-ok']);
  });
});
