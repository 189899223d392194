import sharp from "sharp";
import type { UploadedImage } from "@/lib/products/images";

type Rgb = { r: number; g: number; b: number };
const brand: Rgb = { r: 30, g: 90, b: 160 };

/** A real, small picture in the given format, made by sharp (nothing downloaded). */
export async function imageBytes(
  format: "png" | "jpeg" | "webp" | "gif" | "tiff",
  width = 640,
  height = 480,
  background: Rgb = brand,
): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background } });
  return base.toFormat(format).toBuffer();
}

export async function upload(
  format: "png" | "jpeg" | "webp" | "gif" | "tiff" = "png",
  name = `photo.${format}`,
  size?: { width: number; height: number },
): Promise<UploadedImage> {
  return { name, bytes: await imageBytes(format, size?.width, size?.height) };
}

/** A JPEG carrying EXIF data (camera, GPS-like copyright) that must not survive storage. */
export async function jpegWithExif(): Promise<UploadedImage> {
  const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background: brand } })
    .jpeg()
    .withExifMerge({ IFD0: { Copyright: "Secret Factory Location 30.27N 120.15E", Artist: "Zhang Wei" } })
    .toBuffer();
  return { name: "camera.jpg", bytes };
}

/**
 * A genuine PNG just above 5 MB: random noise does not compress, so 1,400 x 1,400
 * RGB pixels stay about 5.9 MB.
 */
export async function oversizedPng(): Promise<UploadedImage> {
  const width = 1400;
  const height = 1400;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = seed >> 16;
  }
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return { name: "huge-photo.png", bytes };
}

/** Not an image at all, whatever its name says. */
export function textFilePretendingToBeImage(): UploadedImage {
  return { name: "fabric.png", bytes: Buffer.from("This is a price list, not a picture.\n".repeat(20)) };
}

/** An SVG: a real image format, but one that can carry scripts; refused. */
export function svgImage(): UploadedImage {
  return {
    name: "logo.png",
    bytes: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>',
    ),
  };
}
