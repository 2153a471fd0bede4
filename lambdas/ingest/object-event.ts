/** A change to one object under the incoming prefix, as the ingest use case sees it. */
export interface ObjectEvent {
  kind: 'created' | 'removed';
  bucket: string;
  /** Decoded key. */
  key: string;
  versionId: string | null;
  /** Orders events for one key (S3 `sequencer`). */
  sequencer: string;
  /** Object size in bytes, when the event says. */
  size: number | null;
  /** When S3 recorded the change (ISO), when the event says: ingest lag is measured from it. */
  eventTime?: string;
}

/** Reads an object version; null when it no longer exists (a later delete won). */
export interface ObjectReader {
  read(bucket: string, key: string, versionId: string | null): Promise<Uint8Array | null>;
}
