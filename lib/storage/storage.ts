/**
 * Where uploaded files live. Local disk by default; an S3-compatible store is
 * the production option and only has to implement these three calls.
 */
export type StoredFile = { bytes: Buffer; contentType: string };

export interface Storage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}
