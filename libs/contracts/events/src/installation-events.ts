import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/** 安装、调试、验收: the milestones of an installation, in the order they must happen. */
export const INSTALLATION_MILESTONES = ['start', 'finish', 'commission', 'accept'] as const;
export type InstallationMilestone = (typeof INSTALLATION_MILESTONES)[number];

export const INSTALLATION_MILESTONE_LABELS: Readonly<
  Record<InstallationMilestone, Readonly<{ zh: string; en: string }>>
> = {
  start: { zh: '安装开始', en: 'installation started' },
  finish: { zh: '安装完成', en: 'installation finished' },
  commission: { zh: '调试', en: 'commissioned' },
  accept: { zh: '验收', en: 'accepted' },
};

/** 室内 / 户外 / 半户外. */
export const SCREEN_ENVIRONMENTS = ['indoor', 'outdoor', 'semi_outdoor'] as const;
export type ScreenEnvironment = (typeof SCREEN_ENVIRONMENTS)[number];

/** 安装方式: 壁挂, 吊装, 落地, 嵌入, 立柱, 其他. */
export const SCREEN_MOUNTINGS = ['wall', 'hoisted', 'floor', 'embedded', 'pole', 'other'] as const;
export type ScreenMounting = (typeof SCREEN_MOUNTINGS)[number];

/**
 * 屏幕要求: one screen's size in whole millimetres and its pixel pitch in whole micrometres
 * (P2.5 is 2500 µm) — integers, so no decimal is ever rounded on the way.
 */
export type ScreenRequirement = Readonly<{
  name: string;
  widthMm: number;
  heightMm: number;
  pixelPitchUm: number;
  environment: ScreenEnvironment;
  mounting: ScreenMounting;
}>;

/** Who an installation fact concerns: the contract, its customer, owner and division. */
type Party = Readonly<{
  contractId: string;
  customerId: string;
  ownerId: string;
  divisionId: string | null;
}>;

/*
 * K4 现场与安装's PUBLISHED events (X1, X2): KPI and outside systems subscribe; a delay is sent
 * the moment it is committed.
 */

export type InstallersAssignedV1 = PublishedEvent<
  'InstallersAssigned',
  Party & Readonly<{ installerIds: readonly string[]; assignedBy: string; assignedOn: BusinessDate }>
>;

export type SiteSurveyRecordedV1 = PublishedEvent<
  'SiteSurveyRecorded',
  Party &
    Readonly<{
      surveyedOn: BusinessDate;
      siteConditions: string;
      screens: readonly ScreenRequirement[];
      notes: string;
      recordedBy: string;
    }>
>;

export type InstallationMilestonePlannedV1 = PublishedEvent<
  'InstallationMilestonePlanned',
  Party &
    Readonly<{
      milestone: InstallationMilestone;
      plannedOn: BusinessDate;
      plannedBy: string;
      recordedOn: BusinessDate;
    }>
>;

/** 延期通知: a milestone's planned date moved later, with the reason (X2). */
export type InstallationMilestoneDelayedV1 = PublishedEvent<
  'InstallationMilestoneDelayed',
  Party &
    Readonly<{
      milestone: InstallationMilestone;
      previousDate: BusinessDate;
      newDate: BusinessDate;
      reason: string;
      delayedBy: string;
      recordedOn: BusinessDate;
    }>
>;

type Reached = Party &
  Readonly<{
    on: BusinessDate;
    plannedOn: BusinessDate | null;
    recordedBy: string;
    recordedOn: BusinessDate;
  }>;

export type InstallationStartedV1 = PublishedEvent<'InstallationStarted', Reached>;
export type InstallationFinishedV1 = PublishedEvent<'InstallationFinished', Reached>;
export type InstallationCommissionedV1 = PublishedEvent<'InstallationCommissioned', Reached>;
/** 验收: `acceptedBy` is who accepted for the customer (验收人), as written on the acceptance note. */
export type InstallationAcceptedV1 = PublishedEvent<
  'InstallationAccepted',
  Reached & Readonly<{ acceptedBy: string }>
>;

/* The installation slice's PUBLISHED events. */
export type InstallationPublishedEvent =
  | InstallersAssignedV1
  | SiteSurveyRecordedV1
  | InstallationMilestonePlannedV1
  | InstallationMilestoneDelayedV1
  | InstallationStartedV1
  | InstallationFinishedV1
  | InstallationCommissionedV1
  | InstallationAcceptedV1;
