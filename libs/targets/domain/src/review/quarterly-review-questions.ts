import type { QuarterlyReviewForm } from './quarterly-review-events';

/**
 * 季度复盘表: the text's questions, worded once. The API and any form a client
 * renders take their labels from here, so the salesperson reads the same question everywhere.
 */
export const QUARTERLY_REVIEW_QUESTIONS: Readonly<
  Record<keyof QuarterlyReviewForm, Readonly<{ zh: string; en: string }>>
> = {
  yearEndGoal: { zh: '你想在年底达成什么样的成果（年终目标）', en: 'The year-end result aimed for' },
  obstacles: { zh: '要取得这些成果，你面临着哪些障碍', en: 'Obstacles to reaching it' },
  territoryStrengths: { zh: '你的销售区域有哪些优势', en: 'Strengths of the territory' },
  territoryWeaknesses: { zh: '你的销售区域有哪些不足', en: 'Weaknesses of the territory' },
  impactIfMissed: {
    zh: '如果本季度目标未能达成，对实现年终目标有何影响',
    en: 'Impact on the year if this quarter is missed',
  },
  lastQuarterProgress: {
    zh: '上季度完成的目标中，哪些是渐进式的',
    en: "Which of last quarter's results were progress",
  },
  howProgressWasAchieved: { zh: '你是如何取得这些进展的', en: 'How that progress was achieved' },
  makeUpForMisses: {
    zh: '上季度没有完成的目标，有什么办法弥补',
    en: "How last quarter's misses will be made up",
  },
};
