import "dotenv/config";
import { defineConfig } from "prisma/config";

// The URL is optional here so `prisma generate` works without a database;
// the app and scripts always pass DATABASE_URL explicitly.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
