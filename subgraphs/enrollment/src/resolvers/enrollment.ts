import { findRegion } from '#shared/regions/regions.ts';
import type { EnrollmentRow } from '../db/entities/enrollment.ts';

export const Enrollment = {
  // Region codes are checked when the enrollment is written, so the region exists.
  region: (enrollment: EnrollmentRow) => findRegion(enrollment.regionCode)!,
};
