import type { Actor } from "@/lib/auth/actor";
import { createInterpreter } from "@/lib/users/create-interpreter";
import { createHostOrganization, createOrganizer } from "@/lib/users/create-organizer";
import { actorFor } from "./actors";
import { uniqueEmail, uniqueSuffix } from "./unique";

/** Every factory-made account signs in with this password. */
export const testPassword = "Fair-bridge-2026";

/** A commerce department that hosts fairs (kind ORGANIZER, always APPROVED). */
export function createHost() {
  const suffix = uniqueSuffix();
  return createHostOrganization({
    nameEn: `Test Department of Commerce ${suffix}`,
    nameZh: `测试商务厅 ${suffix}`,
    nameRu: `Тестовый департамент коммерции ${suffix}`,
    city: "Hangzhou",
    timeZone: "Asia/Shanghai",
  });
}

/** An organizer of `hostOrganizationId`, or of a new host organization. */
export async function createOrganizerActor(options: { hostOrganizationId?: string } = {}): Promise<Actor> {
  const organizationId = options.hostOrganizationId ?? (await createHost()).id;
  const user = await createOrganizer({
    organizationId,
    name: "Test Organizer",
    email: uniqueEmail("organizer"),
    password: testPassword,
  });
  return actorFor(user.id);
}

/** An interpreter account, created (as in the app) by an organizer. */
export async function createInterpreterActor(organizer?: Actor): Promise<Actor> {
  const creator = organizer ?? (await createOrganizerActor());
  const user = await createInterpreter(creator, {
    name: "Test Interpreter",
    email: uniqueEmail("interpreter"),
    password: testPassword,
    languages: ["zh", "ru"],
    locale: "ru",
    timeZone: "Asia/Shanghai",
  });
  return actorFor(user.id);
}
