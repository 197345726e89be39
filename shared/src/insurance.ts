/** The kinds of basic medical insurance (api.md `InsuranceType`). */
export type InsuranceType = 'EMPLOYEE' | 'RESIDENT' | 'OTHER';

export const INSURANCE_TYPE_NAMES: Record<InsuranceType, string> = {
  EMPLOYEE: 'employee insurance (职工医保)',
  RESIDENT: 'resident insurance (城乡居民医保)',
  OTHER: 'other insurance (其他)',
};
