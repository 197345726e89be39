import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity documents (issue 18): a person is known by one or more documents, each filed under its key (an HMAC of
 * type, issuing state and number, `documentKeyFor`). The person's first document's key is their id; enrollments and
 * facts are filed under the key of the document they were recorded with, so linking a document to a person, or
 * undoing it, moves no record. The numbers leave `person` for `identity_document`, their one place.
 */
export class IdentityDocuments1732240000019 implements MigrationInterface {
  name = 'IdentityDocuments1732240000019';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identity_document (
        key              text PRIMARY KEY,
        person_id        text NOT NULL REFERENCES person (id),
        id_type          text NOT NULL CHECK (id_type IN ('RESIDENT_ID_CARD', 'HMT_RESIDENCE_PERMIT', 'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
                                                          'PASSPORT', 'HK_MACAO_TRAVEL_PERMIT', 'TAIWAN_TRAVEL_PERMIT')),
        id_number        text NOT NULL CHECK (length(id_number) BETWEEN 5 AND 30),
        issuing_country  char(3) CHECK ((id_type = 'PASSPORT') = (issuing_country IS NOT NULL)),
        linked_on        timestamptz,
        linked_by_region char(6),
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id_type, issuing_country, id_number)
      )`);
    await db.query(`CREATE INDEX identity_document_person_idx ON identity_document (person_id)`);
    await db.query(
      `INSERT INTO identity_document (key, person_id, id_type, id_number) SELECT id, id, id_type, id_number FROM person`,
    );
    await db.query(`ALTER TABLE person DROP COLUMN id_type, DROP COLUMN id_number`);
    // Records are filed under a document's key, which for a linked document is not a person's id.
    await db.query(`ALTER TABLE enrollment DROP CONSTRAINT enrollment_person_id_fkey,
                      ADD CONSTRAINT enrollment_document_fkey FOREIGN KEY (person_id) REFERENCES identity_document (key)`);
    await db.query(`ALTER TABLE person_fact DROP CONSTRAINT person_fact_person_id_fkey,
                      ADD CONSTRAINT person_fact_document_fkey FOREIGN KEY (person_id) REFERENCES identity_document (key)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person_fact DROP CONSTRAINT person_fact_document_fkey,
                      ADD CONSTRAINT person_fact_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id)`);
    await db.query(`ALTER TABLE enrollment DROP CONSTRAINT enrollment_document_fkey,
                      ADD CONSTRAINT enrollment_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id)`);
    await db.query(`ALTER TABLE person ADD COLUMN id_type text, ADD COLUMN id_number text`);
    await db.query(
      `UPDATE person SET id_type = d.id_type, id_number = d.id_number FROM identity_document d WHERE d.key = person.id`,
    );
    await db.query(`DROP TABLE identity_document`);
  }
}
