import { scalarResolvers } from '#shared/scalars.ts';
import { defineSubgraph } from '#shared/server/subgraph.ts';
import { createContext, type EnrollmentContext } from './context.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { EnrollmentEntity } from './db/entities/enrollment.ts';
import { PersonEntity } from './db/entities/person.ts';
import { PersonFactEntity } from './db/entities/person-fact.ts';
import { IdentityDocumentEntity } from './db/entities/identity-document.ts';
import { CreatePeopleAndEnrollments1732240000000 } from './db/migrations/1732240000000-create-people-and-enrollments.ts';
import { AuditLog1732240000010 } from './db/migrations/1732240000010-audit-log.ts';
import { PersonFacts1732240000018 } from './db/migrations/1732240000018-person-facts.ts';
import { IdentityDocuments1732240000019 } from './db/migrations/1732240000019-identity-documents.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Enrollment } from './resolvers/enrollment.ts';
import { IdentityDocument } from './resolvers/identity-document.ts';
import { Person } from './resolvers/person.ts';
import { PersonFact } from './resolvers/person-fact.ts';
import { Query } from './resolvers/query.ts';
import { Agency, Region } from './resolvers/region.ts';

const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Person,
  IdentityDocument,
  Region,
  Agency,
  Enrollment,
  Exemption: PersonFact,
  SchemeCover: PersonFact,
};

export const enrollmentSubgraph = defineSubgraph<EnrollmentContext>({
  name: 'enrollment',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  entities: [PersonEntity, IdentityDocumentEntity, EnrollmentEntity, PersonFactEntity],
  migrations: [
    CreatePeopleAndEnrollments1732240000000,
    AuditLog1732240000010,
    PersonFacts1732240000018,
    IdentityDocuments1732240000019,
  ],
  // People are never edited; an enrollment's status changes; a document is linked to a person or unlinked.
  privileges: {
    tables: {
      person: ['SELECT', 'INSERT'],
      identity_document: ['SELECT', 'INSERT', 'UPDATE'],
      enrollment: ['SELECT', 'INSERT', 'UPDATE'],
      person_fact: ['SELECT', 'INSERT'],
    },
  },
  createContext,
});
