import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { contentTypeOf as contentTypes, type StoredExtension } from "@/lib/storage/storage-keys";
import { maxImageBytes, maxImagesPerProduct } from "./schemas";

/** A file as it arrived in the form: its name is only used in messages, never trusted. */
export type UploadedImage = { name: string; bytes: Buffer };

/** An accepted image, re-encoded in memory and not yet stored anywhere. */
export type PreparedImage = {
  main: { bytes: Buffer; extension: StoredExtension; contentType: string };
  thumb: { bytes: Buffer; extension: StoredExtension; contentType: string } | null;
  width: number;
  height: number;
};

const acceptedFormats = { jpeg: "jpg", png: "png", webp: "webp" } as const satisfies Record<string, StoredExtension>;
// A 5 MB file can still decode to gigabytes ("decompression bomb"); 40 megapixels is plenty for a photo.
const limitInputPixels = 40_000_000;
const maxMegapixels = limitInputPixels / 1_000_000;

export const mainImageMaxSide = 1600;
export const thumbnailSide = 320;

type Options = { field: string; maxSide?: number; thumbnail?: boolean };

function refuse(messageKey: string, field: string, name: string): never {
  throw new AppError(
    "VALIDATION",
    messageKey,
    { [field]: messageKey },
    { file: name || "?", max: maxImagesPerProduct, megapixels: maxMegapixels },
  );
}

/** Browsers send an empty part when no file was chosen. */
export function withoutEmptyUploads(files: UploadedImage[] | undefined): UploadedImage[] {
  return (files ?? []).filter((file) => file.bytes.length > 0);
}

export function refuseTooManyImages(count: number, field = "images"): void {
  if (count > maxImagesPerProduct) refuse("productImageTooMany", field, "");
}

/**
 * Accepts JPEG, PNG and WebP only, recognized from the bytes (never the file
 * name or the browser's MIME type), at most 5 MB. Re-encodes the picture so no
 * metadata (GPS, camera, comments) survives, at most `maxSide` px, and makes a
 * 320 px WebP thumbnail.
 */
export async function prepareImage(file: UploadedImage, options: Options): Promise<PreparedImage> {
  const { field, maxSide = mainImageMaxSide, thumbnail = true } = options;
  if (file.bytes.length > maxImageBytes) refuse("productImageTooBig", field, file.name);

  // Reading the header decodes no pixels, so no pixel limit here: the check below names a bomb.
  const metadata = await sharp(file.bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  const format = metadata?.format as string | undefined;
  if (!format || !Object.hasOwn(acceptedFormats, format)) refuse("productImageType", field, file.name);
  if ((metadata?.width ?? 0) * (metadata?.height ?? 0) > limitInputPixels) {
    refuse("productImageTooManyPixels", field, file.name);
  }
  const extension = acceptedFormats[format as keyof typeof acceptedFormats];

  try {
    // rotate() applies the EXIF orientation before the metadata is dropped.
    const resized = sharp(file.bytes, { limitInputPixels, failOn: "error" })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true });
    const encoded =
      extension === "jpg"
        ? resized.jpeg({ quality: 85, mozjpeg: true })
        : extension === "png"
          ? resized.png({ compressionLevel: 9 })
          : resized.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumb = thumbnail
      ? await sharp(data)
          .resize({ width: thumbnailSide, height: thumbnailSide, fit: "inside", withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer()
      : null;
    return {
      main: { bytes: data, extension, contentType: contentTypes[extension] },
      thumb: thumb ? { bytes: thumb, extension: "webp", contentType: contentTypes.webp } : null,
      width: info.width,
      height: info.height,
    };
  } catch {
    // The header looked like an image but the picture itself does not decode.
    refuse("productImageType", field, file.name);
  }
}

/** Checks and re-encodes all uploads before anything is written, one at a time to bound memory. */
export async function prepareImages(files: UploadedImage[], field = "images"): Promise<PreparedImage[]> {
  refuseTooManyImages(files.length, field);
  const prepared: PreparedImage[] = [];
  for (const file of files) prepared.push(await prepareImage(file, { field }));
  return prepared;
}
