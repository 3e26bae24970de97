import { BadRequestException } from '@nestjs/common';
import { KPI_DETAIL_LABELS, KPI_ERROR_MESSAGES } from '@sales/kpi/domain';
import { localize } from '@sales/shared/http';

export type ParameterDetails = Readonly<{ field: string }> & Readonly<Record<string, unknown>>;

/**
 * A query parameter the KPI API cannot read: 400 with a stable code, the zh-CN/en message of the
 * KPI catalogue and `fields` naming the parameter, shaped as the validation pipe's 400s are.
 */
export class KpiParameterError extends BadRequestException {
  constructor(
    readonly code: string,
    readonly details: ParameterDetails,
    /** Further parameters wrong in the same query, named beside the first in `fields`. */
    others: readonly KpiParameterError[] = [],
  ) {
    const message = localize(code, details, KPI_ERROR_MESSAGES, KPI_DETAIL_LABELS);
    super({
      error: code,
      message,
      details,
      fields: [
        { field: details.field, constraint: code, message },
        ...others.flatMap((other) => other.fields),
      ],
    });
  }

  get fields(): readonly Readonly<{ field: string; constraint: string; message: unknown }>[] {
    return (
      this.getResponse() as { fields: Readonly<{ field: string; constraint: string; message: unknown }>[] }
    ).fields;
  }

  /** Every parameter the query got wrong in one 400: the first one's code, all of them in `fields`. */
  static together(errors: readonly KpiParameterError[]): KpiParameterError {
    const [first, ...others] = errors;
    return new KpiParameterError(first.code, first.details, others);
  }
}

/** Reads each parameter; when some cannot be read, one 400 names them all. */
export function readParameters<T extends Record<string, unknown>>(readers: {
  [K in keyof T]: () => T[K];
}): T {
  const values: Partial<T> = {};
  const errors: KpiParameterError[] = [];
  for (const key of Object.keys(readers) as (keyof T)[]) {
    try {
      values[key] = readers[key]();
    } catch (error) {
      if (!(error instanceof KpiParameterError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw KpiParameterError.together(errors);
  return values as T;
}
