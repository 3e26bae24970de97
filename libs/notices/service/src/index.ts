export * from './lib/notices.module';
export { NoticeFeeds, noticesFeedGroup } from './lib/feeds/notice-feeds';
export { MissingCheckInsRound, MISSING_CHECK_INS_SCHEDULE } from './lib/check-ins/missing-check-ins.round';
