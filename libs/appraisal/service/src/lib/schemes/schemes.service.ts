import { Inject, Injectable } from '@nestjs/common';
import {
  type Appraisal,
  type Scheme,
  type SchemeEvent,
  type SchemeRules,
  type SchemeVersion,
  type SchemeVersionRecord,
  appraise,
  schemeDecider,
  schemeStreamId,
  schemeVersionInForce,
} from '@sales/appraisal/domain';
import { type Actor, type BusinessDate, type Clock, NotFoundError, fold } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { AppraisalOrgReader } from '../org/appraisal-org.reader';
import type { SchemePreviewDto } from './dto/scheme-preview.dto';
import { SchemeIndex } from './scheme-index';

export type SchemeSummary = Readonly<{
  schemeId: string;
  name: string;
  appliesTo: SchemeRules['appliesTo'];
  latestVersion: number;
  /** The version in force today (null until the first takes effect). */
  versionInForce: number | null;
}>;

export type SchemeView = Readonly<{
  schemeId: string;
  versionInForce: number | null;
  /** Every version, oldest first, with who set it, when and why. */
  versions: readonly SchemeVersionRecord[];
}>;

export type SchemePreview = Appraisal & Readonly<{ schemeId: string; version: number }>;

/**
 * 考核办法 (A1): the scheme aggregate's application service (one stream per scheme). The cycles
 * slice asks it for the version in force when a cycle opens (`versionInForce`).
 */
@Injectable()
export class SchemesService {
  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: AppraisalOrgReader,
    private readonly index: SchemeIndex,
  ) {}

  /** The version of `schemeId` in force on `date` (undefined: no such scheme, or none in force yet). */
  async versionInForce(schemeId: string, date: BusinessDate): Promise<SchemeVersion | undefined> {
    return schemeVersionInForce(await this.scheme(schemeId), date);
  }

  /** One version by number (undefined when there is none). */
  async version(schemeId: string, version: number): Promise<SchemeVersion | undefined> {
    return (await this.scheme(schemeId)).versions.find((v) => v.version === version);
  }

  async list(): Promise<SchemeSummary[]> {
    const today = this.clock.today();
    const schemes = await Promise.all(this.index.schemeIds().map((id) => this.scheme(id)));
    return schemes
      .filter((scheme) => scheme.versions.length > 0)
      .map((scheme) => {
        const latest = scheme.versions[scheme.versions.length - 1];
        return {
          schemeId: latest.schemeId,
          name: latest.name,
          appliesTo: latest.appliesTo,
          latestVersion: latest.version,
          versionInForce: schemeVersionInForce(scheme, today)?.version ?? null,
        };
      });
  }

  async view(schemeId: string): Promise<SchemeView> {
    const scheme = await this.existing(schemeId);
    return {
      schemeId,
      versionInForce: schemeVersionInForce(scheme, this.clock.today())?.version ?? null,
      versions: scheme.versions,
    };
  }

  /**
   * Sets the scheme (its first version) or revises it (a new version): the VP only, by the org
   * tree as of today. A version takes effect on `effectiveFrom` (default today).
   */
  async put(
    schemeId: string,
    rules: SchemeRules,
    change: Readonly<{ effectiveFrom?: BusinessDate; reason?: string }>,
    actor: Actor,
  ): Promise<CommandOutcome> {
    const today = this.clock.today();
    const actorRole = (await this.org.placeOf(actor.userId))?.role ?? actor.role;
    const effectiveFrom = change.effectiveFrom ?? today;
    const exists = (await this.scheme(schemeId)).schemeId !== null;
    const data = { schemeId, rules, effectiveFrom, actor, actorRole, today };
    const result = await this.runtime.commands.execute(
      schemeDecider,
      schemeStreamId(schemeId),
      exists
        ? { type: 'ReviseScheme', data: { ...data, reason: change.reason ?? '' } }
        : { type: 'SetScheme', data: { ...data, reason: change.reason } },
      actor,
    );
    this.index.record(schemeId);
    return commandOutcome(result);
  }

  /** 试算: what a version (given, or in force on `asOf`) gives for these figures; nothing is recorded. */
  async preview(schemeId: string, body: SchemePreviewDto): Promise<SchemePreview> {
    const scheme = await this.existing(schemeId);
    const date = body.asOf ?? this.clock.today();
    const version =
      body.version !== undefined
        ? scheme.versions.find((v) => v.version === body.version)
        : schemeVersionInForce(scheme, date);
    if (!version) {
      if (body.version !== undefined)
        throw new NotFoundError('scheme-version-not-found', { schemeId, version: body.version });
      throw new NotFoundError('scheme-not-in-force', { schemeId, date });
    }
    const { amounts } = body;
    const level = (minor: number | undefined) => ({ realisticMinor: minor ?? null, stretchMinor: null });
    const appraisal = appraise(version, {
      subjectKind: version.appliesTo === 'salesperson' ? 'person' : 'division',
      figures: Object.fromEntries(body.figures.map(({ figureId, value }) => [figureId, value ?? null])),
      amounts: {
        signedMinor: amounts.signedMinor,
        grossMarginMinor: amounts.grossMarginMinor,
        collectedMinor: amounts.collectedMinor,
        targets: {
          sales: level(amounts.salesTargetMinor),
          grossMargin: level(amounts.grossMarginTargetMinor),
          collections: level(amounts.collectionsTargetMinor),
        },
      },
      qualitativeScore: body.qualitativeScore,
      previousConsecutiveMisses: body.previousConsecutiveMisses ?? 0,
    });
    return { schemeId, version: version.version, ...appraisal };
  }

  private async existing(schemeId: string): Promise<Scheme> {
    const scheme = await this.scheme(schemeId);
    if (scheme.schemeId === null) throw new NotFoundError('scheme-not-found', { schemeId });
    return scheme;
  }

  private async scheme(schemeId: string): Promise<Scheme> {
    const { events } = await this.runtime.store.readStream(schemeStreamId(schemeId));
    return fold(
      schemeDecider,
      events.map(({ type, data }) => ({ type, data }) as SchemeEvent),
    );
  }
}
