import { spawnSync } from "node:child_process";

/** Seeds the demo fair into `url` with the same command `npm run demo` runs. */
export function seedDemo(url: string): void {
  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seeded.status !== 0) throw new Error("the demo seed failed");
}
