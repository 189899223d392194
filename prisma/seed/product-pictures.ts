/**
 * Simple, text-free product pictures drawn as SVG shapes and rendered to PNG by
 * sharp, so the demo catalogue has images without downloading anything.
 */
import sharp from "sharp";

export type Motif =
  | "fabric"
  | "extinguisher"
  | "alarm"
  | "bear"
  | "jacket"
  | "mask"
  | "zipper"
  | "buttons"
  | "helmet"
  | "gloves"
  | "thermometer";

const size = 800;

const motifs: Record<Motif, (color: string) => string> = {
  fabric: (c) =>
    Array.from(
      { length: 10 },
      (_, i) => `<rect x="0" y="${i * 80}" width="800" height="40" fill="${c}" opacity="${0.45 + (i % 3) * 0.2}"/>`,
    ).join("") + `<path d="M120 640 Q400 520 680 640 L680 720 L120 720 Z" fill="#ffffff" opacity="0.5"/>`,
  extinguisher: (c) =>
    `<rect x="300" y="220" width="200" height="480" rx="90" fill="${c}"/><rect x="350" y="140" width="100" height="100" rx="16" fill="#334155"/>` +
    `<path d="M450 170 L600 150 L610 190 L450 210 Z" fill="#1f2937"/><rect x="330" y="380" width="140" height="120" rx="10" fill="#f8fafc"/>`,
  alarm: (c) =>
    `<circle cx="400" cy="400" r="250" fill="#f8fafc" stroke="${c}" stroke-width="24"/><circle cx="400" cy="400" r="120" fill="none" stroke="#cbd5e1" stroke-width="14"/>` +
    `<circle cx="400" cy="400" r="30" fill="${c}"/>`,
  bear: (c) =>
    `<circle cx="270" cy="230" r="80" fill="${c}"/><circle cx="530" cy="230" r="80" fill="${c}"/><circle cx="400" cy="360" r="200" fill="${c}"/>` +
    `<ellipse cx="400" cy="430" rx="90" ry="70" fill="#fde68a"/><circle cx="330" cy="330" r="20" fill="#1f2937"/><circle cx="470" cy="330" r="20" fill="#1f2937"/>` +
    `<ellipse cx="400" cy="640" rx="180" ry="110" fill="${c}"/>`,
  jacket: (c) =>
    `<path d="M260 160 L540 160 L680 300 L620 380 L580 340 L580 700 L220 700 L220 340 L180 380 L120 300 Z" fill="${c}"/>` +
    Array.from(
      { length: 5 },
      (_, i) => `<rect x="220" y="${250 + i * 90}" width="360" height="10" fill="#0f172a" opacity="0.25"/>`,
    ).join("") +
    `<rect x="395" y="170" width="10" height="530" fill="#e2e8f0"/>`,
  mask: (c) =>
    `<rect x="180" y="260" width="440" height="280" rx="60" fill="${c}"/>` +
    Array.from(
      { length: 3 },
      (_, i) => `<rect x="200" y="${320 + i * 70}" width="400" height="8" fill="#ffffff" opacity="0.6"/>`,
    ).join("") +
    `<path d="M180 300 Q80 400 180 500" stroke="#94a3b8" stroke-width="10" fill="none"/><path d="M620 300 Q720 400 620 500" stroke="#94a3b8" stroke-width="10" fill="none"/>`,
  zipper: (c) =>
    `<rect x="330" y="80" width="140" height="640" fill="${c}"/>` +
    Array.from(
      { length: 20 },
      (_, i) => `<rect x="${i % 2 ? 400 : 370}" y="${100 + i * 30}" width="30" height="16" fill="#cbd5e1"/>`,
    ).join("") +
    `<rect x="360" y="380" width="80" height="110" rx="14" fill="#475569"/>`,
  buttons: (c) =>
    [
      [260, 260],
      [540, 260],
      [260, 540],
      [540, 540],
    ]
      .map(
        ([x, y]) =>
          `<circle cx="${x}" cy="${y}" r="110" fill="${c}"/>` +
          [
            [-25, -25],
            [25, -25],
            [-25, 25],
            [25, 25],
          ]
            .map(([dx, dy]) => `<circle cx="${x + dx}" cy="${y + dy}" r="12" fill="#f8fafc"/>`)
            .join(""),
      )
      .join(""),
  helmet: (c) =>
    `<path d="M160 520 Q160 200 400 200 Q640 200 640 520 Z" fill="${c}"/><rect x="120" y="510" width="560" height="50" rx="25" fill="${c}"/>` +
    `<rect x="380" y="200" width="40" height="310" fill="#ffffff" opacity="0.35"/>`,
  gloves: (c) =>
    `<path d="M300 700 L300 420 L260 300 Q250 260 290 260 L330 380 L330 180 Q330 150 360 150 Q390 150 390 180 L390 360 L400 150 Q400 120 430 120 Q460 120 460 150 L450 360 L480 180 Q485 150 515 155 Q540 160 535 190 L500 400 L520 700 Z" fill="${c}"/>`,
  thermometer: (c) =>
    `<rect x="360" y="100" width="80" height="500" rx="40" fill="#f8fafc" stroke="#94a3b8" stroke-width="10"/><rect x="380" y="300" width="40" height="300" fill="${c}"/>` +
    `<circle cx="400" cy="620" r="80" fill="${c}"/><rect x="300" y="180" width="200" height="90" rx="12" fill="#1f2937"/>`,
};

/** An 800 x 800 PNG of the motif on a soft background. */
export async function productPicture(motif: Motif, color: string, background = "#f1f5f9"): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" fill="${background}"/>${motifs[motif](color)}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
