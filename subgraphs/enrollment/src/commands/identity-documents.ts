import type { EntityManager } from 'typeorm';
import { Forbidden } from '#shared/auth/authorize.ts';
import { BadUserInput, Conflict, InputProblems, NotFound } from '#shared/errors.ts';
import {
  checkDocument,
  documentKeyFor,
  documentOf,
  genderFromDocument,
  type DocumentInput,
} from '#shared/identity/documents.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { EnrollmentEntity } from '../db/entities/enrollment.ts';
import { IdentityDocumentEntity, type IdentityDocumentRow } from '../db/entities/identity-document.ts';
import { PersonEntity, type Gender, type PersonRow } from '../db/entities/person.ts';
import type { DocumentLinkInput, DocumentUnlinkInput } from '../generated/resolvers.ts';

/** A person found by one of their documents, their row locked for the rest of the transaction. */
export interface DocumentHolder {
  person: PersonRow;
  /** The key the document's records are filed under. */
  key: string;
  /** Every key the person's records are filed under. */
  keys: string[];
}

async function keysOf(manager: EntityManager, personId: string): Promise<string[]> {
  return (await manager.find(IdentityDocumentEntity, { where: { personId }, select: { key: true } })).map(
    (document) => document.key,
  );
}

/**
 * The person a document names, locked (so two mutations about one person, by any of their documents, take turns);
 * null when no agency has recorded the document.
 */
export async function holderOf(
  manager: EntityManager,
  personIdKey: string,
  input: DocumentInput,
): Promise<DocumentHolder | null> {
  const key = documentKeyFor(personIdKey, input);
  const document = await manager.findOneBy(IdentityDocumentEntity, { key });
  if (!document) return null;
  // A lock on the person (a transaction-scoped advisory lock: people are never updated, so no row lock is needed).
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`person:${document.personId}`]);
  const person = await manager.findOneByOrFail(PersonEntity, { id: document.personId });
  return { person, key, keys: await keysOf(manager, person.id) };
}

/**
 * The person a document names, created on first sight with the document as their first (its key their id). The
 * gender comes from the number where it says it; otherwise it must be given.
 */
export async function holderOrNew(
  manager: EntityManager,
  personIdKey: string,
  input: DocumentInput & { name: string; gender?: Gender | null },
): Promise<DocumentHolder> {
  const known = await holderOf(manager, personIdKey, input);
  if (known) return known;
  const document = documentOf(input);
  const gender = genderFromDocument(document) ?? input.gender ?? null;
  if (!gender) throw new BadUserInput(`gender: a ${document.type} number does not say the holder's gender: give it.`);
  const key = documentKeyFor(personIdKey, input);
  await manager
    .createQueryBuilder()
    .insert()
    .into(PersonEntity)
    .values({ id: key, name: input.name.trim(), gender })
    .orIgnore()
    .execute();
  await manager
    .createQueryBuilder()
    .insert()
    .into(IdentityDocumentEntity)
    .values({
      key,
      personId: key,
      idType: document.type,
      idNumber: document.number,
      issuingCountry: document.issuingCountry,
    })
    .orIgnore()
    .execute();
  return (await holderOf(manager, personIdKey, input))!;
}

/** The regions whose enrollments are filed under these keys. */
async function regionsUnder(manager: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  const rows = await manager
    .createQueryBuilder(EnrollmentEntity, 'enrollment')
    .where('enrollment.personId = ANY(:keys)', { keys })
    .getMany();
  return new Set(rows.map((row) => row.regionCode));
}

async function activeUnder(manager: EntityManager, keys: readonly string[]): Promise<boolean> {
  return manager
    .createQueryBuilder(EnrollmentEntity, 'enrollment')
    .where('enrollment.personId = ANY(:keys)', { keys })
    .andWhere(`enrollment.status = 'ACTIVE'`)
    .getExists();
}

/**
 * Who may change a person's documents: the agency of a region where every record concerned is enrolled (null
 * for the national administrator, who may act for any). The records a document names are part of what changes
 * hands, so an agency cannot reach a stranger's history by linking their document to someone of its region.
 */
async function requireRegionHolds(
  manager: EntityManager,
  actingRegion: string | null,
  keysConcerned: readonly string[][],
): Promise<void> {
  if (actingRegion === null) return;
  for (const keys of keysConcerned) {
    if (!(await regionsUnder(manager, keys)).has(actingRegion)) {
      throw new Forbidden(
        `Changing a person's documents is for an agency of a region where every record concerned is enrolled (not ${actingRegion} here), or the national administrator.`,
      );
    }
  }
}

const LINKED_FIELDS = { number: 'document.idNumber', issuingCountry: 'document.issuingCountry' };

/**
 * Links a document to a person known by another, so that one person with one history is found by either: a
 * foreigner's new permanent resident ID card, a Hong Kong resident's residence permit. A document the hub has
 * never seen is simply added. A document already recorded as another person's (enrolled elsewhere under it) brings
 * that record's enrollments, contributions, accounts and transfers with it, since every subgraph files them under
 * the document's key; nothing is copied or re-keyed. Refused while both sides are actively enrolled (nobody is
 * enrolled twice, 003 art 5). Linking it again changes nothing. Undone by `unlinkIdentityDocument`.
 */
export async function linkIdentityDocument(
  manager: EntityManager,
  personIdKey: string,
  actingRegion: string | null,
  input: DocumentLinkInput,
): Promise<PersonRow> {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkDocument(problems, input.document, LINKED_FIELDS);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  if (problems.isEmpty && documentKeyFor(personIdKey, input) === documentKeyFor(personIdKey, input.document)) {
    problems.add('document', 'it is the document the person is named by: give the other document');
  }
  problems.throwIfAny('No document was linked');
  const holder = await holderOf(manager, personIdKey, input);
  if (!holder)
    throw new NotFound(
      'No agency has recorded a person with this document: enroll them first, then link their other documents.',
    );
  const key = documentKeyFor(personIdKey, input.document);
  if (holder.keys.includes(key)) return holder.person;
  const existing = await manager.findOne(IdentityDocumentEntity, {
    where: { key },
    lock: { mode: 'pessimistic_write' },
  });
  await requireRegionHolds(manager, actingRegion, existing ? [holder.keys, [key]] : [holder.keys]);
  if (existing && (await activeUnder(manager, holder.keys)) && (await activeUnder(manager, [key]))) {
    throw new Conflict(
      'Both records are actively enrolled, and nobody may be enrolled twice (003 art 5): suspend or terminate one enrollment first, then link the documents.',
    );
  }
  const linked = { personId: holder.person.id, linkedOn: new Date(), linkedByRegion: input.regionCode };
  if (existing) {
    await manager.update(IdentityDocumentEntity, { key }, linked);
  } else {
    const document = documentOf(input.document);
    await manager.insert(IdentityDocumentEntity, {
      key,
      idType: document.type,
      idNumber: document.number,
      issuingCountry: document.issuingCountry,
      ...linked,
    });
  }
  return holder.person;
}

/**
 * Undoes a link made in error: the document, and every record filed under it in every subgraph, names a person of
 * its own again — the person it named before the link, or, for a document first recorded by the link, a new person
 * with the same name and gender (correct them with the agency that knows better). The document a person was first
 * known by (whose key is their `Person.id`) cannot be unlinked.
 */
export async function unlinkIdentityDocument(
  manager: EntityManager,
  personIdKey: string,
  actingRegion: string | null,
  input: DocumentUnlinkInput,
): Promise<PersonRow> {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  problems.throwIfAny('No document was unlinked');
  const holder = await holderOf(manager, personIdKey, input);
  if (!holder) throw new NotFound('No agency has recorded this document.');
  const document: IdentityDocumentRow = await manager.findOneByOrFail(IdentityDocumentEntity, { key: holder.key });
  if (document.linkedOn === null) {
    throw new Conflict(
      'This is the document the person was first known by (its key is their Person.id): unlink the documents linked to it instead.',
    );
  }
  await requireRegionHolds(manager, actingRegion, [holder.keys]);
  const { name, gender } = holder.person;
  await manager
    .createQueryBuilder()
    .insert()
    .into(PersonEntity)
    .values({ id: holder.key, name, gender })
    .orIgnore()
    .execute();
  await manager.update(
    IdentityDocumentEntity,
    { key: holder.key },
    { personId: holder.key, linkedOn: null, linkedByRegion: null },
  );
  return manager.findOneByOrFail(PersonEntity, { id: holder.key });
}
