import { Injectable } from '@nestjs/common';
import {
  type Scheme,
  type SchemeVersion,
  schemeDecider,
  schemeStreamId,
  schemeVersionInForce,
} from '@sales/appraisal/domain';
import { type BusinessDate, NotFoundError, fold } from '@sales/shared/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** The schemes (A1) as a cycle needs them: the version in force on a date, a given version. */
@Injectable()
export class CycleSchemes {
  constructor(@InjectContext('appraisal') private readonly runtime: ContextRuntime) {}

  /** The version in force on `date`; unknown scheme or none in force: 400 naming `schemeId`. */
  async inForce(schemeId: string, date: BusinessDate): Promise<SchemeVersion> {
    const version = schemeVersionInForce(await this.scheme(schemeId), date);
    if (!version) throw new NotFoundError('no-scheme-in-force', { field: 'schemeId', schemeId, today: date });
    return version;
  }

  /** The version a cycle opened under (kept forever: versions are never overwritten). */
  async version(schemeId: string, version: number): Promise<SchemeVersion> {
    const found = (await this.scheme(schemeId)).versions.find((v) => v.version === version);
    if (!found)
      throw new NotFoundError('no-scheme-in-force', { field: 'schemeId', schemeId, today: `v${version}` });
    return found;
  }

  private async scheme(schemeId: string): Promise<Scheme> {
    const { events } = await this.runtime.store.readStream(schemeStreamId(schemeId));
    return fold(
      schemeDecider,
      events.map(({ type, data }) => ({ type, data }) as Parameters<typeof schemeDecider.evolve>[1]),
    );
  }
}
