import { Inject, Injectable } from '@nestjs/common';
import type { Actor, BusinessDate, Clock } from '@sales/shared/domain';
import {
  type OrgSnapshot,
  type QuarterlyReviewCommand,
  type QuarterlyReviewFilter,
  type QuarterlyReviewView,
  listQuarterlyReviews,
  namedReview,
  quarterlyReviewDecider,
  quarterlyReviewStreamId,
} from '@sales/targets/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { OrgSnapshotReader } from './org-snapshot.reader';
import { QuarterlyReviewIndex } from './quarterly-review-index';

/** One salesperson's review of one quarter: the key of a review stream. */
export type ReviewKey = Readonly<{ fiscalYear: number; quarter: number; salespersonId: string }>;

/** What the decider checks a review command against, besides the stream: the org tree and today. */
export type ReviewCircumstances = Readonly<{ org: OrgSnapshot; today: BusinessDate }>;

/** A review command once the service knows the circumstances: the caller states the rest. */
export type QuarterlyReviewCommandFor = (circumstances: ReviewCircumstances) => QuarterlyReviewCommand;

/** 季度复盘 (T5): the quarterly-review aggregate (`review-…` streams) and its list. */
@Injectable()
export class QuarterlyReviewService {
  constructor(
    @InjectContext('targets') private readonly runtime: ContextRuntime,
    private readonly org: OrgSnapshotReader,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly index: QuarterlyReviewIndex,
  ) {}

  async decide(key: ReviewKey, commandFor: QuarterlyReviewCommandFor): Promise<CommandOutcome> {
    const command = commandFor({ org: await this.org.snapshot(), today: this.clock.today() });
    const streamId = quarterlyReviewStreamId(key.fiscalYear, key.quarter, key.salespersonId);
    // The command's actor is the one the envelope records: it is stated once, in the command.
    const result = await this.runtime.commands.execute(
      quarterlyReviewDecider,
      streamId,
      command,
      command.data.actor,
    );
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }

  /** The reviews the caller may read, each step with who took it (id and name) and when. */
  async list(actor: Actor, filter: QuarterlyReviewFilter): Promise<QuarterlyReviewView[]> {
    const org = await this.org.snapshot();
    // A review's status moves on; its period, salesperson and division do not: refresh every
    // review the caller could see under this filter whatever status it was held at.
    const reviews = await this.index.reviews((held) =>
      listQuarterlyReviews(held, actor, org, { ...filter, status: undefined }),
    );
    const listed = listQuarterlyReviews(reviews, actor, org, filter);
    const names = await this.org.namesOf([...new Set(listed.flatMap((r) => r.steps.map((s) => s.by)))]);
    return listed.map((review) => namedReview(review, names));
  }
}
