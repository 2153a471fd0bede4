import { GetObjectCommand, NoSuchKey, type S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { ObjectReader } from '../ingest/object-event.js';

/** Reads object versions from S3 (or any S3-compatible endpoint the SDK is pointed at). */
export class S3ObjectReader implements ObjectReader {
  constructor(private readonly s3: S3Client) {}

  async read(bucket: string, key: string, versionId: string | null): Promise<Uint8Array | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === 'NoSuchVersion')) return null;
      throw error;
    }
  }
}
