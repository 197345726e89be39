/**
 * What the benchmark asks: a person's whole history (enrollments, every month, contribution years, accounts with
 * their entries, transfers), and a dashboard's summary of many people at once (their enrollments, months paid,
 * contribution years, balances, transfers). The limit server answers exactly these two.
 */
const HISTORY_FIELDS = `
    id name gender
    enrollments { region { code name } insuranceType status startMonth endMonth }
    contributions { month region { code } insuranceType amount paidOn kind }
    contributionYears { actualMonths deemedMonths totalMonths years remainderMonths display byRegion { region { code } paidMonths creditedMonths } }
    accounts { region { code } balance entries { on kind amount balanceAfter } }
    transfers { id status kind appliedOn fromRegion { code } toRegion { code } }`;

export const HISTORY = `query History($idNumber: String!) { person(idNumber: $idNumber) {${HISTORY_FIELDS} } }`;

export const DASHBOARD = `query Dashboard($idNumbers: [String!]!) { persons(idNumbers: $idNumbers) {
    name enrollments { status region { name } } contributions { month amount } contributionYears { display } accounts { balance } transfers { id } } }`;
