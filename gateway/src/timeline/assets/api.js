/* global fetch */
/** The page's one request: a person's whole cross-region history through the public API, as a dashboard asks. */

export const TIMELINE_QUERY = `query Timeline($idNumber: String!) {
  person(idNumber: $idNumber) {
    idNumber
    name
    gender
    enrollments { id region { code name province } insuranceType status startMonth endMonth }
    contributions { month region { code name province } insuranceType amount paidOn kind }
    arrears
    deemedPeriods { region { code name province } months reason }
    duplicateMonths { month regions { code name } keptBy { code name } refundable }
    contributionYears {
      actualMonths deemedMonths totalMonths duplicateMonths years remainderMonths display continuousMonths
      byRegion { region { code name } paidMonths creditedMonths deemedMonths }
    }
    accounts { region { code name province } balance }
    transfers {
      id kind status mode appliedOn overdue
      fromRegion { code name province }
      toRegion { code name province }
      deadlines { step dueOn completedOn overdue provisional workingDays rule }
      events { step on }
      infoSheet { accountAmount accountAmountInWords issuedOn verified }
      funds { status declared inTransit credited }
    }
  }
}`;

/**
 * Posts the query to /graphql with the caller's bearer token (none in development). Answers the body as the API
 * sent it, or throws when no GraphQL answer came back (network down, a proxy's error page).
 */
export async function fetchTimeline(idNumber, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: TIMELINE_QUERY, operationName: 'Timeline', variables: { idNumber } }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The hub answered HTTP ${response.status} without a GraphQL answer.`);
  }
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}
