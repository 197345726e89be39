import { checkCharacter } from '#shared/identity/gb11643.ts';
import type { GraphQLClient } from 'graphql-request';
import { agencyDesk } from './people-helpers.ts';

/** The timeline's two extremes: 40 years in 6 regions, and 2 months in one. */
function idNumber(regionCode: string, birth: string, sequence: string): string {
  const first17 = `${regionCode}${birth}${sequence}`;
  return `${first17}${checkCharacter(first17)}`;
}

export const LONG_PERSON = { idNumber: idNumber('510104', '19640315', '231'), name: '刘强' };
export const SHORT_PERSON = { idNumber: idNumber('440304', '20040520', '462'), name: '林娜' };

/** Six employee stints from 1986-03 to 2026-10 (480 months paid in all), each but the last terminated. */
export const LONG_STINTS = [
  { regionCode: '510100', from: '1986-03', to: '1993-12' },
  { regionCode: '500000', from: '1994-03', to: '2000-06' },
  { regionCode: '440100', from: '2000-07', to: '2008-12' },
  { regionCode: '350200', from: '2009-02', to: '2015-06' },
  { regionCode: '120000', from: '2015-07', to: '2020-12' },
  { regionCode: '110000', from: '2021-01', to: '2026-10' },
];

export async function seedExtremes(client: GraphQLClient): Promise<void> {
  const desk = agencyDesk(client);
  for (const [index, stint] of LONG_STINTS.entries()) {
    const enrollment = await desk.enroll(
      LONG_PERSON.idNumber,
      stint.regionCode,
      'EMPLOYEE',
      stint.from,
      LONG_PERSON.name,
    );
    await desk.pay(LONG_PERSON.idNumber, stint.regionCode, 'EMPLOYEE', stint.from, stint.to);
    if (index < LONG_STINTS.length - 1) await desk.terminate(enrollment, `${stint.to}-28`);
  }
  await desk.enroll(SHORT_PERSON.idNumber, '440300', 'EMPLOYEE', '2026-09', SHORT_PERSON.name);
  await desk.pay(SHORT_PERSON.idNumber, '440300', 'EMPLOYEE', '2026-09', '2026-10');
}
