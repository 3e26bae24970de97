export const NOTICES_CONTEXT = 'notices';
