import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facts about a person that the rules use, recorded by an agency (issue 12): retirement (the measures leave
 * retirees out, 003 art 2), membership of a group exempt from a waiting period (002 art 12), and months covered
 * by another public medical scheme (002 art 14). Facts are added, never edited.
 */
export class PersonFacts1732240000018 implements MigrationInterface {
  name = 'PersonFacts1732240000018';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person_fact (
        id            bigserial PRIMARY KEY,
        person_id     text NOT NULL REFERENCES person (id),
        kind          text NOT NULL CHECK (kind IN ('RETIREMENT', 'EXEMPTION', 'OTHER_SCHEME_COVER')),
        region_code   char(6) NOT NULL,
        retired_on    date,
        exempt_group  text CHECK (exempt_group IN ('NEWBORN', 'NEW_STUDENT', 'HARDSHIP')),
        year          integer CHECK (year BETWEEN 1990 AND 2100),
        from_month    date CHECK (extract(day FROM from_month) = 1),
        to_month      date CHECK (extract(day FROM to_month) = 1 AND to_month >= from_month),
        scheme        text CHECK (length(scheme) BETWEEN 1 AND 60),
        recorded_at   timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'RETIREMENT') = (retired_on IS NOT NULL)),
        CHECK ((kind = 'EXEMPTION') = (exempt_group IS NOT NULL AND year IS NOT NULL)),
        CHECK ((kind = 'OTHER_SCHEME_COVER') = (from_month IS NOT NULL AND to_month IS NOT NULL AND scheme IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX person_fact_retirement_idx ON person_fact (person_id) WHERE kind = 'RETIREMENT'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX person_fact_exemption_idx ON person_fact (person_id, exempt_group, year) WHERE kind = 'EXEMPTION'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX person_fact_cover_idx ON person_fact (person_id, from_month, to_month, scheme) WHERE kind = 'OTHER_SCHEME_COVER'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE person_fact`);
  }
}
