import { gql, type GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner } from './support/database-roles.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { startProductionStack, type ProductionStack } from './support/production.ts';
import { errorsOf } from './support/test-stack.ts';
import { transferDesk } from './support/transfer-desk.ts';

/**
 * Everyone the insurance covers, by the documents they hold (issue 18), through the gateway in production mode:
 * a foreigner known by a passport in one region and a permanent resident ID card in another, linked into one
 * person; a first-generation 15-digit number; a Hong Kong resident's transfer whose Info Sheet certifies the
 * residence permit it was applied with.
 */
describe('identity documents: one person, several documents, the Info Sheet’s 证件类型及号码', () => {
  let hub: ProductionStack;
  let national: GraphQLClient;
  const PASSPORT = { idNumber: 'X12345678', idType: 'PASSPORT', issuingCountry: 'USA' };
  const CARD = { idNumber: '911840198503151238', idType: 'FOREIGN_PERMANENT_RESIDENT_ID_CARD' };

  const PERSON = gql`
    query ($idNumber: String!, $idType: IdType, $issuingCountry: String) {
      person(idNumber: $idNumber, idType: $idType, issuingCountry: $issuingCountry) {
        id
        idType
        idNumber
        name
        gender
        documents {
          idType
          idNumber
          issuingCountry
          linkedByRegion
        }
        enrollments {
          region {
            code
          }
          status
        }
        contributionYears {
          actualMonths
          totalMonths
        }
      }
    }
  `;
  type Person = {
    id: string;
    idType: string;
    idNumber: string;
    name: string;
    gender: string | null;
    documents: { idType: string; idNumber: string; issuingCountry: string | null; linkedByRegion: string | null }[];
    enrollments: { region: { code: string }; status: string }[];
    contributionYears: { actualMonths: number; totalMonths: number };
  };
  const personBy = async (client: GraphQLClient, document: Record<string, string>) =>
    (await client.request<{ person: Person | null }>(PERSON, document)).person;
  const LINK = gql`
    mutation ($input: DocumentLinkInput!) {
      linkIdentityDocument(input: $input) {
        id
      }
    }
  `;
  const UNLINK = gql`
    mutation ($input: DocumentUnlinkInput!) {
      unlinkIdentityDocument(input: $input) {
        id
      }
    }
  `;
  const enroll = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ enroll: { id: string } }>(
      gql`
        mutation ($input: EnrollInput!) {
          enroll(input: $input) {
            id
          }
        }
      `,
      { input },
    );
  const codeAndMessage = async (request: Promise<unknown>) =>
    (await errorsOf(request)).map((error) => [error.extensions?.code, error.message]);

  beforeAll(async () => {
    hub = await startProductionStack('documents');
    national = await hub.as({ role: 'NATIONAL', subject: 'national-administrator' });
  });
  afterAll(() => hub?.stop());

  describe('a foreigner enrolled by passport in Shanghai and by permanent resident ID card in Guangzhou', () => {
    let shanghaiEnrollment: string;
    beforeAll(async () => {
      shanghaiEnrollment = (
        await enroll(national, {
          ...PASSPORT,
          name: 'John Smith',
          gender: 'MALE',
          regionCode: '310000',
          insuranceType: 'EMPLOYEE',
          startMonth: '2020-01',
        })
      ).enroll.id;
      await agencyDesk(national).pay(PASSPORT, '310000', 'EMPLOYEE', '2020-01', '2023-12');
      await agencyDesk(national).suspend(shanghaiEnrollment, '2023-12-31');
      await enroll(national, {
        ...CARD,
        name: 'John Smith',
        regionCode: '440100',
        insuranceType: 'EMPLOYEE',
        startMonth: '2024-01',
      });
      await agencyDesk(national).pay(CARD, '440100', 'EMPLOYEE', '2024-01', '2024-06');
    });

    it('needs the gender for a passport (its number does not say it); reads it from the permanent resident ID card', async () => {
      expect(
        await codeAndMessage(
          enroll(national, {
            ...PASSPORT,
            issuingCountry: 'DEU',
            name: 'Hans Muster',
            regionCode: '310000',
            insuranceType: 'EMPLOYEE',
            startMonth: '2024-01',
          }),
        ),
      ).toEqual([['BAD_USER_INPUT', "gender: a PASSPORT number does not say the holder's gender: give it."]]);
      expect(await personBy(national, CARD)).toMatchObject({
        gender: 'MALE',
        idType: 'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
      });
    });

    it('shows two people until the documents are linked', async () => {
      const [byPassport, byCard] = [await personBy(national, PASSPORT), await personBy(national, CARD)];
      expect(byPassport!.id).not.toBe(byCard!.id);
      expect([byPassport!.contributionYears.totalMonths, byCard!.contributionYears.totalMonths]).toEqual([48, 6]);
    });

    it('refuses a link by an agency that holds only one of the two records', async () => {
      const guangzhou = await hub.as({ role: 'AGENCY', subject: 'gz-clerk', regionCode: '440100' });
      expect(
        await codeAndMessage(guangzhou.request(LINK, { input: { ...CARD, document: PASSPORT, regionCode: '440100' } })),
      ).toEqual([
        [
          'FORBIDDEN',
          "Changing a person's documents is for an agency of a region where every record concerned is enrolled (not 440100 here), or the national administrator.",
        ],
      ]);
    });

    it('links the passport to the card holder: one person, one history, one contribution-year total, by either document', async () => {
      const { linkIdentityDocument } = await national.request<{ linkIdentityDocument: { id: string } }>(LINK, {
        input: { ...CARD, document: PASSPORT, regionCode: '440100' },
      });
      const [byPassport, byCard] = [await personBy(national, PASSPORT), await personBy(national, CARD)];
      expect(byPassport).toEqual(byCard);
      expect(byCard).toMatchObject({
        id: linkIdentityDocument.id,
        idType: 'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
        // The national administrator sees numbers masked, as everyone but the person and the agencies of their regions.
        idNumber: '911840********1238',
        documents: [
          {
            idType: 'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
            idNumber: '911840********1238',
            issuingCountry: null,
            linkedByRegion: null,
          },
          { idType: 'PASSPORT', idNumber: 'X1*****78', issuingCountry: 'USA', linkedByRegion: '440100' },
        ],
        enrollments: [
          { region: { code: '310000' }, status: 'SUSPENDED' },
          { region: { code: '440100' }, status: 'ACTIVE' },
        ],
        contributionYears: { actualMonths: 54, totalMonths: 54 },
      });
      // Linking again changes nothing.
      expect(
        (
          await national.request<{ linkIdentityDocument: { id: string } }>(LINK, {
            input: { ...CARD, document: PASSPORT, regionCode: '440100' },
          })
        ).linkIdentityDocument.id,
      ).toBe(linkIdentityDocument.id);
    });

    it('shows the numbers in full to the agencies of the regions the person is enrolled in; others see no record', async () => {
      const shanghai = await hub.as({ role: 'AGENCY', subject: 'sh-clerk', regionCode: '310000' });
      expect((await personBy(shanghai, CARD))!.documents.map((document) => document.idNumber)).toEqual([
        '911840198503151238',
        'X12345678',
      ]);
      const beijing = await hub.as({ role: 'AGENCY', subject: 'bj-clerk', regionCode: '110000' });
      expect((await errorsOf(beijing.request(PERSON, CARD))).map((error) => error.extensions?.code)).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('keeps document numbers out of the audit trail: the link is recorded with them masked', async () => {
      const details = await asOwner(hub.serverUrl, `${hub.config.databaseNamePrefix}enrollment`, async (client) =>
        (
          await client.query(`SELECT detail::text AS detail FROM audit_log WHERE operation = 'linkIdentityDocument'`)
        ).rows.map((row: { detail: string }) => row.detail),
      );
      expect(details.length).toBeGreaterThan(0);
      for (const detail of details) {
        expect(detail).not.toContain('X12345678');
        expect(detail).not.toContain('911840198503151238');
        expect(detail).toContain('"idNumber": "911840********1238"');
        expect(detail).toContain('"idNumber": "X1*****78"');
      }
    });

    it('refuses a link while both records are actively enrolled, and to unlink the document a person was first known by', async () => {
      const other = { idNumber: 'Y7654321', idType: 'PASSPORT', issuingCountry: 'GBR' };
      await enroll(national, {
        ...other,
        name: 'Jane Doe',
        gender: 'FEMALE',
        regionCode: '110000',
        insuranceType: 'EMPLOYEE',
        startMonth: '2024-01',
      });
      expect(
        await codeAndMessage(national.request(LINK, { input: { ...CARD, document: other, regionCode: '440100' } })),
      ).toEqual([
        [
          'CONFLICT',
          'Both records are actively enrolled, and nobody may be enrolled twice (003 art 5): suspend or terminate one enrollment first, then link the documents.',
        ],
      ]);
      expect(await codeAndMessage(national.request(UNLINK, { input: { ...CARD, regionCode: '440100' } }))).toEqual([
        [
          'CONFLICT',
          'This is the document the person was first known by (its key is their Person.id): unlink the documents linked to it instead.',
        ],
      ]);
    });

    it('undoes a wrong link: the passport and its records name their own person again', async () => {
      const { unlinkIdentityDocument } = await national.request<{ unlinkIdentityDocument: { id: string } }>(UNLINK, {
        input: { ...PASSPORT, regionCode: '440100' },
      });
      const [byPassport, byCard] = [await personBy(national, PASSPORT), await personBy(national, CARD)];
      expect(byPassport!.id).toBe(unlinkIdentityDocument.id);
      expect(byPassport!.id).not.toBe(byCard!.id);
      expect([byPassport!.contributionYears.totalMonths, byCard!.contributionYears.totalMonths]).toEqual([48, 6]);
      expect(byPassport!.enrollments).toEqual([{ region: { code: '310000' }, status: 'SUSPENDED' }]);
    });
  });

  it('finds by a first-generation 15-digit number, full-width digits or stray spaces the person recorded under the 18 characters', async () => {
    await enroll(national, {
      idNumber: '11010519491231002X',
      name: '王芳',
      regionCode: '110000',
      insuranceType: 'RESIDENT',
      startMonth: '2024-01',
    });
    const eighteen = await personBy(national, { idNumber: '11010519491231002X' });
    expect(await personBy(national, { idNumber: '110105491231002' })).toEqual(eighteen);
    expect(await personBy(national, { idNumber: '１１０１０５ １９４９１２３１ ００２ｘ' })).toEqual(eighteen);
    // Records given with the old number are filed with the person's.
    await agencyDesk(national).pay('110105491231002', '110000', 'RESIDENT', '2024-01', '2024-02');
    const { person } = await national.request<{ person: { contributions: { month: string }[] } }>(gql`
      {
        person(idNumber: "11010519491231002X") {
          contributions {
            month
          }
        }
      }
    `);
    expect(person.contributions.map((c) => c.month)).toEqual(['2024-01', '2024-02']);
    expect(await codeAndMessage(national.request(PERSON, { idNumber: '110105491331002' }))).toEqual([
      [
        'BAD_USER_INPUT',
        'No person was looked up. idNumber: the 15-digit number holds no valid birth date in characters 7–12 (YYMMDD): check the number.',
      ],
    ]);
  });

  it("completes a Hong Kong resident's transfer with an Info Sheet certifying the residence permit (003 annex 3), in full to the in-agency, masked to others", async () => {
    const PERMIT = { idNumber: '810000199001010019', idType: 'HMT_RESIDENCE_PERMIT' };
    const desk = agencyDesk(national);
    const shenzhen = (
      await enroll(national, {
        ...PERMIT,
        name: '陈大文',
        regionCode: '440300',
        insuranceType: 'EMPLOYEE',
        startMonth: '2021-01',
      })
    ).enroll.id;
    await desk.pay(PERMIT, '440300', 'EMPLOYEE', '2021-01', '2024-06');
    await national.request(
      gql`
        mutation ($input: AccountEntryInput!) {
          recordAccountEntry(input: $input) {
            id
          }
        }
      `,
      {
        input: { ...PERMIT, regionCode: '440300', kind: 'ALLOCATION', amount: '300.00', on: '2024-06-30' },
      },
    );
    await desk.suspend(shenzhen, '2024-06-30');
    await enroll(national, {
      ...PERMIT,
      name: '陈大文',
      regionCode: '310000',
      insuranceType: 'EMPLOYEE',
      startMonth: '2024-07',
    });
    // The employer applies (003 art 6); the agencies take the steps.
    const employer = await hub.as({ role: 'EMPLOYER', subject: 'acme-hr', employerId: '91310000MA1FL8XX3X' });
    const accepted = await transferDesk(employer).apply({
      ...PERMIT,
      fromRegion: '440300',
      toRegion: '310000',
      kind: 'EMPLOYEE_TO_EMPLOYEE',
      applicant: 'EMPLOYER',
      on: '2024-07-15',
    });
    expect(accepted.status).toBe('ACCEPTED');
    const transfers = transferDesk(national);
    await transfers.completeOut(accepted.id, '2024-07-19');
    await transfers.confirmFunds(accepted.id, '300.00', '2024-07-22');
    expect((await transfers.completeIn(accepted.id, '2024-07-23')).status).toBe('COMPLETED');

    const SHEET = gql`
      query ($id: ID!) {
        transfer(id: $id) {
          infoSheet {
            name
            gender
            idType
            document {
              idType
              idNumber
            }
            accountAmount
            verified
          }
        }
      }
    `;
    const sheetAs = async (client: GraphQLClient) =>
      ((await client.request(SHEET, { id: accepted.id })) as { transfer: { infoSheet: unknown } }).transfer.infoSheet;
    const inAgency = await hub.as({ role: 'AGENCY', subject: 'sh-clerk', regionCode: '310000' });
    expect(await sheetAs(inAgency)).toEqual({
      name: '陈大文',
      gender: 'MALE',
      idType: 'HMT_RESIDENCE_PERMIT',
      document: { idType: 'HMT_RESIDENCE_PERMIT', idNumber: '810000199001010019' },
      accountAmount: '300.00',
      verified: true,
    });
    // The employer that applied sees the transfer, but not the person's number.
    expect(await sheetAs(employer)).toMatchObject({
      document: { idType: 'HMT_RESIDENCE_PERMIT', idNumber: '810000********0019' },
      verified: true,
    });
  });
});
