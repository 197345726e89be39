/** The job engine's queues: each step's effects, and where a job lands once its attempts are spent. */
export const EFFECTS_QUEUE = 'transfer-effects';
export const PARKED_QUEUE = 'transfer-effects-parked';
