import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { SchemeRules } from './scheme-version';

/*
 * The scheme's internal events: every version's whole rules, who set them and why. What is
 * published (`@sales/appraisal/events`, SchemeSet.v1 / SchemeRevised.v1) leaves out the
 * commission table and the penalty amount (see scheme-publication.ts).
 */

export type SchemeSet = DomainEvent<
  'SchemeSet',
  Readonly<{
    schemeId: string;
    version: number;
    effectiveFrom: BusinessDate;
    rules: SchemeRules;
    setBy: string;
    setOn: BusinessDate;
    reason: string | null;
  }>
>;

export type SchemeRevised = DomainEvent<
  'SchemeRevised',
  Readonly<{
    schemeId: string;
    version: number;
    effectiveFrom: BusinessDate;
    rules: SchemeRules;
    revisedBy: string;
    revisedOn: BusinessDate;
    reason: string;
  }>
>;

export type SchemeEvent = SchemeSet | SchemeRevised;
