import "server-only";
import type { UploadedImage } from "./images";

/** The files of one form field as buffers; their names are kept only for messages. */
export async function readUploads(formData: FormData, field: string): Promise<UploadedImage[]> {
  const files = formData.getAll(field).filter((value): value is File => typeof value !== "string");
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
}

export function readStrings(formData: FormData, field: string): string[] {
  return formData.getAll(field).filter((value): value is string => typeof value === "string" && value !== "");
}
