export const HANDOVER_CONTEXT = 'handover';
