/**
 * Builds the demo fair through the same domain functions the app uses, so the
 * demo data obeys every rule real data does: the 2022 edition (history, as it
 * happened) and then an upcoming edition dated from the moment of seeding, where
 * meetings can be booked (prisma/seed/upcoming-fair.ts), and a live edition with
 * meetings around the seeding instant (prisma/seed/live-edition.ts). Idempotent: each
 * edition is seeded only when it does not exist yet (the live one also when its
 * meetings no longer surround now). Run: `npm run db:seed`.
 */
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { createOrganizationAccount } from "@/lib/organizations/create-organization-account";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { createHostOrganization, createOrganizer } from "@/lib/users/create-organizer";
import { createInterpreter } from "@/lib/users/create-interpreter";
import { findKnownCity } from "@/lib/geo/cities";
import * as demo from "./seed/demo-fair";
import { seedExchangeRates } from "./seed/exchange-rates";
import { seedNegativeList } from "./seed/negative-list";
import { seedProducts } from "./seed/products";
import { seedRequirements } from "./seed/demo-requirements";
import { buyers, suppliers } from "./seed/demo-companies";
import { computeMatchTable } from "@/lib/matching/compute-match-table";
import { seedUpcomingFair } from "./seed/upcoming-fair";
import { seedLiveEdition } from "./seed/live-edition";
import { seedLiveShowcases } from "./seed/live-showcases";
import { seedCategorySynonyms } from "./seed/category-synonyms";
import { fillMissingSearchDocuments } from "@/lib/search/product-documents";

async function mustLoadActor(userId: string): Promise<Actor> {
  const actor = await loadActor(userId);
  if (!actor) throw new Error(`seed: user ${userId} vanished`);
  return actor;
}

export async function seedDemoFair({ now = new Date() } = {}): Promise<"seeded" | "already-seeded"> {
  const stock = await seedStockFair();
  const upcoming = await seedUpcomingFair({ now });
  const live = await seedLiveEdition({ now });
  const showcases = await seedLiveShowcases({ now });
  // Products some seed steps write without the app's product functions get their search document.
  await fillMissingSearchDocuments(db);
  return stock === "seeded" || upcoming === "seeded" || live === "seeded" || showcases === "seeded"
    ? "seeded"
    : "already-seeded";
}

/** The 2022 Zhejiang Export Online Fair (Russia), exactly as the demo has always shown it. */
async function seedStockFair(): Promise<"seeded" | "already-seeded"> {
  if (await db.fair.findUnique({ where: { slug: demo.fair.slug } })) return "already-seeded";

  const host = await createHostOrganization(demo.hostOrganization);
  const organizerIds = [];
  for (const organizer of demo.organizers) {
    organizerIds.push(
      (await createOrganizer({ ...organizer, organizationId: host.id, password: demo.demoPassword })).id,
    );
  }
  const organizer = await mustLoadActor(organizerIds[0]);

  for (const category of demo.categories) await createCategory(organizer, category);
  await seedCategorySynonyms();
  const fair = await createFair(organizer, { ...demo.fair, publish: true });
  await seedExchangeRates(organizer, fair.id);
  const sessionIds = new Map<string, string>();
  for (const session of demo.sessions) {
    sessionIds.set(session.slug, (await createFairSession(organizer, { ...session, fairId: fair.id })).id);
  }

  for (const interpreter of demo.interpreters) {
    await createInterpreter(organizer, {
      ...interpreter,
      languages: interpreter.languages as ("zh" | "ru" | "en")[],
      password: demo.demoPassword,
    });
  }

  const companies = [
    ...suppliers.map((company) => ({ ...company, kind: "SUPPLIER" as const, locale: "zh" as const })),
    ...buyers.map((company) => ({ ...company, kind: "BUYER" as const, locale: "ru" as const })),
  ];
  for (const company of companies) {
    const city = findKnownCity(company.city);
    if (!city) throw new Error(`seed: unknown city ${company.city}`);
    // Demo contacts are created confirmed, as if they had followed the mailed link.
    const { organization, user } = await createOrganizationAccount(
      {
        kind: company.kind,
        companyName: company.name,
        companyNameEn: company.nameEn,
        city: city.name.en,
        country: city.country,
        contactName: company.contact,
        phone: "",
        email: company.email,
        password: demo.demoPassword,
        locale: company.locale,
        timeZone: city.timeZone,
      },
      { emailVerifiedAt: new Date() },
    );
    if (company.status === "PENDING") continue;
    if (company.status === "REJECTED") {
      await reviewOrganization(organizer, {
        organizationId: organization.id,
        decision: "reject",
        reason:
          "Business licence could not be verified; please register again with a valid company registration number.",
      });
      continue;
    }
    await reviewOrganization(organizer, { organizationId: organization.id, decision: "approve", reason: "" });
    const member = await mustLoadActor(user.id);
    for (const slug of company.sessions) {
      const registration = await registerForSession(member, sessionIds.get(slug)!, {
        now: demo.registrationsOpenedAt,
      });
      if (registration.status === "PENDING") await decideRegistration(organizer, registration.id, "approve");
    }
  }
  await seedNegativeList(organizer);
  await seedProducts();
  await seedRequirements();
  // The demo opens with every session's match table ready (the app's worker refreshes it later).
  for (const sessionId of sessionIds.values()) await computeMatchTable(sessionId);
  return "seeded";
}

// Run directly (tsx prisma/seed.ts), not when imported by tests.
if (process.argv[1]?.endsWith("seed.ts")) {
  const started = Date.now();
  seedDemoFair()
    .then((result) => console.log(`demo fair ${result} in ${Date.now() - started} ms`))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
