import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { QuarterlyReviewIndex, type QuarterlyReviewSource } from './quarterly-review-index';

const STREAM = 'review-2026-Q1-p-li';
const form = Object.fromEntries(
  [
    'yearEndGoal',
    'obstacles',
    'territoryStrengths',
    'territoryWeaknesses',
    'impactIfMissed',
    'lastQuarterProgress',
    'howProgressWasAchieved',
    'makeUpForMisses',
  ].map((field) => [field, `${field} answer`]),
);
const key = { salespersonId: 'p-li', fiscalYear: 2026, quarter: 1 };

type Recorded = Pick<EventEnvelope, 'time' | 'actor'>;
const byLi: Recorded = { time: '2026-03-15T10:00:00+08:00', actor: { userId: 'p-li', role: 'salesperson' } };
const byManager = (time: string): Recorded => ({
  time,
  actor: { userId: 'p-mgr', role: 'division_manager', divisionId: 'd-east' },
});

const envelope = (version: number, type: string, data: object, recorded = byLi): EventEnvelope => ({
  id: `${STREAM}-${version}`,
  context: 'targets',
  streamId: STREAM,
  version,
  type,
  schemaVersion: 1,
  data,
  ...recorded,
  correlationId: 'c-1',
});
const submitted = envelope(1, 'QuarterlyReviewSubmitted', { ...key, divisionId: 'd-east', form });
const commented = envelope(
  2,
  'QuarterlyReviewCommented',
  { ...key, commentedBy: 'p-mgr', comment: '继续保持' },
  byManager('2026-03-16T09:30:00+08:00'),
);
const archived = envelope(
  3,
  'QuarterlyReviewArchived',
  { ...key, archivedBy: 'p-mgr' },
  byManager('2026-03-17T17:05:00+08:00'),
);

/** A store holding `events`, counting stream reads. */
function storeOf(events: readonly EventEnvelope[]) {
  const reads: string[] = [];
  const source: QuarterlyReviewSource = {
    async *readAll() {
      yield* events;
    },
    async readStream(streamId) {
      reads.push(streamId);
      const stream = events.filter((e) => e.streamId === streamId);
      return { version: stream.length, events: stream, publishedVersion: 0 };
    },
  };
  return { source, reads };
}

const statuses = async (index: QuarterlyReviewIndex) =>
  (await index.reviews(() => [])).map((r) => [r.salespersonId, r.status, r.comment?.text ?? null]);

describe('QuarterlyReviewIndex (复盘列表 read model)', () => {
  it('applying the same events again changes nothing', async () => {
    const index = new QuarterlyReviewIndex(storeOf([]).source);
    index.apply([submitted, commented]);
    const once = await statuses(index);
    expect(once).toEqual([['p-li', 'commented', '继续保持']]);

    expect(index.apply([submitted, commented])).toBe(true);
    index.apply([submitted]);
    expect(await statuses(index)).toEqual(once);
  });

  it('an event ahead of a gap is not applied, and says the stream must be read', async () => {
    const index = new QuarterlyReviewIndex(storeOf([]).source);
    expect(index.apply([commented])).toBe(false);
    expect(await statuses(index)).toEqual([]);

    index.apply([submitted]);
    expect(index.apply([archived])).toBe(false);
    expect(await statuses(index)).toEqual([['p-li', 'submitted', null]]);
  });

  it('a rebuild beside events already applied by commands lands on the same list', async () => {
    const { source } = storeOf([submitted, commented]);
    const index = new QuarterlyReviewIndex(source);
    index.apply([submitted, commented]);
    await index.rebuild();
    await index.rebuild();
    expect(await statuses(index)).toEqual([['p-li', 'commented', '继续保持']]);
  });

  it('a command whose events do not follow what is held catches up from the stream', async () => {
    const { source, reads } = storeOf([submitted, commented, archived]);
    const index = new QuarterlyReviewIndex(source);
    await index.record(STREAM, [archived]);
    expect(reads).toEqual([STREAM]);
    expect(await statuses(index)).toEqual([['p-li', 'archived', '继续保持']]);
  });

  it('keeps each step with who recorded it and when, from the envelopes (issue 8 item 6)', async () => {
    const index = new QuarterlyReviewIndex(storeOf([]).source);
    const resubmitted = envelope(
      2,
      'QuarterlyReviewSubmitted',
      { ...key, divisionId: 'd-east', form },
      {
        ...byLi,
        time: '2026-03-15T16:00:00+08:00',
      },
    );
    index.apply([submitted, resubmitted]);
    index.apply([resubmitted, { ...commented, version: 3 }, { ...archived, version: 4 }]);
    const [review] = await index.reviews();
    expect(review.steps).toEqual([
      { step: 'submitted', by: 'p-li', at: '2026-03-15T10:00:00+08:00' },
      { step: 'submitted', by: 'p-li', at: '2026-03-15T16:00:00+08:00' },
      { step: 'commented', by: 'p-mgr', at: '2026-03-16T09:30:00+08:00' },
      { step: 'archived', by: 'p-mgr', at: '2026-03-17T17:05:00+08:00' },
    ]);
    expect(review).toMatchObject({ status: 'archived', comment: { by: 'p-mgr', text: '继续保持' } });
  });

  it('a list refreshes the held streams it is asked about, seeing writes by another replica', async () => {
    const events = [submitted];
    const { source, reads } = storeOf(events);
    const index = new QuarterlyReviewIndex(source);
    await index.rebuild();
    events.push(commented);
    expect(await index.reviews()).toMatchObject([{ status: 'commented' }]);
    expect(reads).toEqual([STREAM]);
  });
});
