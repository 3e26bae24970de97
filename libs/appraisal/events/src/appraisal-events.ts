export const APPRAISAL_CONTEXT = 'appraisal';
