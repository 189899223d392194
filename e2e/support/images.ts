import { writeFile } from "node:fs/promises";
import sharp from "sharp";

/** A real PNG picture (a coloured square with a circle), written where the test may keep files. */
export async function writeTestPng(path: string, color = "#1e3a8a"): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="#f1f5f9"/><circle cx="300" cy="300" r="200" fill="${color}"/></svg>`;
  await writeFile(path, await sharp(Buffer.from(svg)).png().toBuffer());
  return path;
}
