import { schemaParts } from '@sales/shared/domain';

/* The shared building blocks of published events' JSON Schemas, and customers' own. */
export const { businessDate, currency, described, id, minorAmount, nonEmpty, optionalId, text } = schemaParts;

export const customerId = id('客户编号', 'Customer id');
