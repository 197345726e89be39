import type { DataSource, EntitySchema, ObjectLiteral, ValueTransformer } from 'typeorm';

/** A property of a row type, optionally descending: how `rowsWhereIn` orders its rows. */
export type RowOrder<T> = (keyof T & string) | `${keyof T & string} DESC`;

/**
 * The hot read path of the loaders: an entity's rows whose `property` is one of `values`, in one statement (`=
 * ANY($1)`), mapped to the entity's row type by its own column metadata and transformers — the same values
 * TypeORM would hand over, without building a query with its query builder or hydrating entities on every
 * batch (which cost more than the query itself for a person's 150 months). The SELECT is made once per entity.
 */
export function rowsWhereIn<T extends ObjectLiteral>(dataSource: DataSource, entity: EntitySchema<T>): RowReader<T> {
  let readers = made.get(dataSource);
  if (!readers) made.set(dataSource, (readers = new Map()));
  let reader = readers.get(entity) as RowReader<T> | undefined;
  if (!reader) readers.set(entity, (reader = readerFor(dataSource, entity)));
  return reader;
}

type RowReader<T> = (property: keyof T & string, values: readonly unknown[], order?: RowOrder<T>[]) => Promise<T[]>;

/** Made once per database and entity: loaders are made per request. */
const made = new WeakMap<DataSource, Map<object, unknown>>();

function readerFor<T extends ObjectLiteral>(dataSource: DataSource, entity: EntitySchema<T>): RowReader<T> {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.map((column) => {
    const transformer = column.transformer as ValueTransformer | undefined;
    return {
      database: column.databaseName,
      property: column.propertyName,
      from: transformer ? transformer.from.bind(transformer) : null,
    };
  });
  const databaseName = (property: string) => {
    const column = columns.find((candidate) => candidate.property === property);
    if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
    return `"${column.database}"`;
  };
  const select = `SELECT ${columns.map((column) => `"${column.database}"`).join(', ')} FROM "${metadata.tableName}"`;
  const statements = new Map<string, string>();
  return async (property: keyof T & string, values: readonly unknown[], order: RowOrder<T>[] = []): Promise<T[]> => {
    const signature = `${property}|${order.join(',')}`;
    let sql = statements.get(signature);
    if (!sql) {
      const orderBy = order.map((item) =>
        item.endsWith(' DESC') ? `${databaseName(item.slice(0, -5))} DESC` : databaseName(item),
      );
      sql = `${select} WHERE ${databaseName(property)} = ANY($1)${orderBy.length > 0 ? ` ORDER BY ${orderBy.join(', ')}` : ''}`;
      statements.set(signature, sql);
    }
    const rows: Record<string, unknown>[] = await dataSource.query(sql, [values]);
    return rows.map((row) => {
      const mapped: Record<string, unknown> = {};
      for (const column of columns) {
        const value = row[column.database];
        mapped[column.property] = column.from ? column.from(value) : value;
      }
      return mapped as T;
    });
  };
}
