import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, it, expect } from "vitest";
import { findSchemaDrift } from "../../scripts/db/drift";

const serverUrl = process.env.FAIRBRIDGE_TEST_SERVER_URL ?? "";

async function tempSchema(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "fairbridge-schema-")), "schema.prisma");
  await writeFile(path, content);
  return path;
}

async function migrationsFolder(initScript: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "fairbridge-migrations-"));
  await mkdir(join(dir, "20250101000000_init"));
  await writeFile(join(dir, "20250101000000_init", "migration.sql"), initScript);
  return dir;
}

describe.skipIf(!serverUrl)("schema drift", () => {
  it("finds none between prisma/migrations and prisma/schema.prisma", async () => {
    expect(await findSchemaDrift(serverUrl)).toBe("");
  });

  it("reports a model that no migration creates", async () => {
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const schemaPath = await tempSchema(`${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    expect(await findSchemaDrift(serverUrl, { schemaPath })).toContain('CREATE TABLE "DriftProbe"');
  });

  describe("with SQL that Prisma's schema language cannot express", () => {
    const schema = `datasource db {
  provider = "postgresql"
}

enum Role {
  ADMIN
  MEMBER
}

model User {
  id       String    @id @db.Uuid
  name     String
  role     Role      @default(MEMBER)
  bookings Booking[]

  @@index([name])
}

model Booking {
  id       Int      @id @default(autoincrement())
  userId   String   @db.Uuid
  user     User     @relation(fields: [userId], references: [id])
  startsAt DateTime @db.Timestamptz(3)
  endsAt   DateTime @db.Timestamptz(3)
}
`;
    const handWritten = `
-- Hand-written
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap"
  EXCLUDE USING gist ("userId" WITH =, tstzrange("startsAt", "endsAt") WITH &&);
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_ends_after_start" CHECK ("endsAt" > "startsAt");
CREATE UNIQUE INDEX "User_one_admin_per_name" ON "User" ("name") WHERE "role" = 'ADMIN';
CREATE INDEX "User_lower_name_idx" ON "User" (lower("name"));
CREATE INDEX user_name_trgm_idx ON "User" USING gin ("name" gin_trgm_ops);
`;
    let generated: string;
    let migrationsDir: string;

    // A toy project whose only migration is what the engine generates for the schema,
    // followed by a hand-written tail.
    beforeAll(async () => {
      const schemaPath = await tempSchema(schema);
      generated = await findSchemaDrift(serverUrl, { migrationsDir: join(schemaPath, "..", "none"), schemaPath });
      expect(generated).toContain('CREATE TABLE "Booking"');
      migrationsDir = await migrationsFolder(generated + handWritten);
    });

    it("finds no drift once the generated migration exists", async () => {
      const schemaPath = await tempSchema(schema);
      expect(await findSchemaDrift(serverUrl, { migrationsDir: await migrationsFolder(generated), schemaPath })).toBe(
        "",
      );
    });

    it("does not report it as drift", async () => {
      expect(await findSchemaDrift(serverUrl, { migrationsDir, schemaPath: await tempSchema(schema) })).toBe("");
    });

    it("still reports a generated index that the schema no longer declares", async () => {
      const schemaPath = await tempSchema(schema.replace("@@index([name])", ""));
      expect(await findSchemaDrift(serverUrl, { migrationsDir, schemaPath })).toBe(
        '-- DropIndex\nDROP INDEX "User_name_idx";\n',
      );
    });
  });
});
