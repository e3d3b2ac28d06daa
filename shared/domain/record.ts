/** What every stored row carries besides its editable fields. */
export interface RecordMeta {
  id: string;
  planId: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A record that is a card on a board: its order within its column, as a fractional-index key. */
export interface CardMeta extends RecordMeta {
  rank: string;
}

/** The editable fields of a stored record: what create/restore ops take back (e.g. for undo). */
export function fieldsOf<T extends RecordMeta>(record: T): Omit<T, keyof RecordMeta> {
  const { id: _id, planId: _planId, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = record;
  return fields;
}
