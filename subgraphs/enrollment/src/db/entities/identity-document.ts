import { EntitySchema } from 'typeorm';
import type { IdType } from '#shared/identity/documents.ts';

/** A document a person is known by; records in every subgraph are filed under its key. */
export interface IdentityDocumentRow {
  /** `documentKeyFor(PERSON_ID_KEY, document)`: the person's id for their first document. */
  key: string;
  personId: string;
  idType: IdType;
  idNumber: string;
  /** ISO 3166-1 alpha-3, for a passport. */
  issuingCountry: string | null;
  /** When an agency linked it to a person known by another document; null for the document they were first known by. */
  linkedOn: Date | null;
  linkedByRegion: string | null;
  createdAt: Date;
}

export const IdentityDocumentEntity = new EntitySchema<IdentityDocumentRow>({
  name: 'IdentityDocument',
  tableName: 'identity_document',
  columns: {
    key: { type: 'text', primary: true },
    personId: { name: 'person_id', type: 'text' },
    idType: { name: 'id_type', type: 'text' },
    idNumber: { name: 'id_number', type: 'text' },
    issuingCountry: { name: 'issuing_country', type: 'char', length: 3, nullable: true },
    linkedOn: { name: 'linked_on', type: 'timestamptz', nullable: true },
    linkedByRegion: { name: 'linked_by_region', type: 'char', length: 6, nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
