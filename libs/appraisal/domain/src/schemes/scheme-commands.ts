import type { Actor, BusinessDate, Command, Role } from '@sales/shared/domain';
import type { SchemeRules } from './scheme-version';

/** One scheme, every version in it: `appraisal-scheme-<schemeId>`. */
export const schemeStreamId = (schemeId: string) => `appraisal-scheme-${schemeId}`;
export const SCHEME_STREAM_PREFIX = 'appraisal-scheme-';

type SchemeCommandData = Readonly<{
  schemeId: string;
  rules: SchemeRules;
  effectiveFrom: BusinessDate;
  actor: Actor;
  /** The actor's role in the org tree as of today (the tree decides, not the token). */
  actorRole: Role;
  /** Today in the company's zone: a version never takes effect in the past. */
  today: BusinessDate;
}>;

/** 考核办法: the VP sets a scheme's first version. */
export type SetScheme = Command<'SetScheme', SchemeCommandData & Readonly<{ reason?: string }>>;

/** The VP revises a scheme: a new version in force from `effectiveFrom`, with the reason. */
export type ReviseScheme = Command<'ReviseScheme', SchemeCommandData & Readonly<{ reason: string }>>;

export type SchemeCommand = SetScheme | ReviseScheme;
