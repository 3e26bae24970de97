export const APP_CONFIG = Symbol('APP_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const METRICS = Symbol('METRICS');
export const EVENT_BUS = Symbol('EVENT_BUS');
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
export const LOCAL_ISSUER = Symbol('LOCAL_ISSUER');
export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');
/** The process's Clock (`@sales/shared/domain`): today's business date and the recorded time. */
export const CLOCK = Symbol('CLOCK');
