import { findRegion } from '#shared/regions/regions.ts';
import type { EnrollmentResolvers } from '../generated/resolvers.ts';

export const Enrollment: EnrollmentResolvers = {
  // Region codes are checked when the enrollment is written, so the region exists.
  region: (enrollment) => findRegion(enrollment.regionCode)!,
  recordedAt: (enrollment) => enrollment.createdAt,
};
