import "server-only";

/** A file as it arrived in a form: its name is only used in messages, never trusted. */
export type UploadedFile = { name: string; bytes: Buffer };

/** The files of the fields a form action declares, by field name. */
export type UploadedFiles<F extends string> = Record<F, UploadedFile[]>;

/** The File entries of the given fields, read into memory; text sent in those fields is ignored. */
export async function readUploadedFiles<F extends string>(
  formData: FormData,
  fields: readonly F[],
): Promise<UploadedFiles<F>> {
  const read = async (field: F) => {
    const files = formData.getAll(field).filter((value): value is File => typeof value !== "string");
    const uploads = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })),
    );
    return [field, uploads] as const;
  };
  return Object.fromEntries(await Promise.all(fields.map(read))) as UploadedFiles<F>;
}
