import type { QuarterlyReviewEvent } from './quarterly-review-events';
import type { ExistingReview } from './quarterly-review';

/** 已提交 / 已点评 / 已归档: what a step of a quarterly review did. */
export type QuarterlyReviewStepName = 'submitted' | 'commented' | 'archived';

/**
 * One step of a review as it was recorded (issue 8 item 6: every step keeps who and when): the
 * recorded time and the actor come from the event's envelope, not from its data, so the review's
 * internal events need not change to carry them.
 */
export type QuarterlyReviewStep = Readonly<{
  step: QuarterlyReviewStepName;
  /** Who took it (a person id). */
  by: string;
  /** When it was recorded (ISO-8601 with zone). */
  at: string;
}>;

/** A review with every step it went through, oldest first (a resubmission is a step of its own). */
export type RecordedQuarterlyReview = ExistingReview & Readonly<{ steps: readonly QuarterlyReviewStep[] }>;

/** A step as people read it: the actor's name from the org tree beside the id (null if unknown). */
export type NamedQuarterlyReviewStep = QuarterlyReviewStep & Readonly<{ name: string | null }>;

export type QuarterlyReviewView = ExistingReview & Readonly<{ steps: readonly NamedQuarterlyReviewStep[] }>;

const STEP_OF: Readonly<Record<QuarterlyReviewEvent['type'], QuarterlyReviewStepName>> = {
  QuarterlyReviewSubmitted: 'submitted',
  QuarterlyReviewCommented: 'commented',
  QuarterlyReviewArchived: 'archived',
};

/** The step an event records, given who recorded it and when (its envelope's actor and time). */
export function reviewStep(
  event: QuarterlyReviewEvent,
  recorded: Readonly<{ by: string; at: string }>,
): QuarterlyReviewStep {
  return { step: STEP_OF[event.type], by: recorded.by, at: recorded.at };
}

/** Each step with its actor's name, as `names` (id → name, from the org tree) has it. */
export function namedReview(
  review: RecordedQuarterlyReview,
  names: Readonly<Record<string, string>>,
): QuarterlyReviewView {
  const nameOf = (id: string) => (Object.hasOwn(names, id) ? names[id] : null);
  return { ...review, steps: review.steps.map((s) => ({ ...s, name: nameOf(s.by) })) };
}
