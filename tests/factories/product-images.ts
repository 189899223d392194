import { crc32, deflateSync } from "node:zlib";
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

/**
 * A decompression bomb: a valid 8,000 x 8,000 (64 megapixel) black PNG of a few KB,
 * written chunk by chunk so the test never holds the decoded picture.
 */
export function pngBomb(side = 8000): UploadedImage {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale, deflate, no filter, no interlace
  // Each row: filter byte 0, then side/8 bytes of black pixels.
  const rows = Buffer.alloc(side * (1 + Math.ceil(side / 8)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const bytes = Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { name: "bomb.png", bytes };
}
