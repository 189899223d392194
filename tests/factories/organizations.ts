import type { Actor } from "@/lib/auth/actor";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { createOrganizationAccount } from "@/lib/organizations/create-organization-account";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import type { SignUpInput } from "@/lib/organizations/schemas";
import { actorFor } from "./actors";
import { uniqueEmail, uniqueSuffix } from "./unique";
import { createOrganizerActor, testPassword } from "./users";

type Kind = SignUpInput["kind"];

/** A valid sign-up form: a Zhejiang supplier or a Russian buyer. */
export function signUpInput(kind: Kind = "SUPPLIER", overrides: Partial<SignUpInput> = {}): SignUpInput {
  const suffix = uniqueSuffix();
  const base: SignUpInput =
    kind === "SUPPLIER"
      ? {
          kind,
          companyName: `杭州测试纺织有限公司 ${suffix}`,
          companyNameEn: `Hangzhou Test Textile ${suffix}`,
          city: "Hangzhou",
          country: "CN",
          contactName: "Zhang Wei",
          phone: "+86 571 8888 0000",
          email: uniqueEmail("supplier"),
          password: testPassword,
          locale: "zh",
          timeZone: "Asia/Shanghai",
        }
      : {
          kind,
          companyName: `ООО «Тест Импорт ${suffix}»`,
          companyNameEn: `Test Import ${suffix} LLC`,
          city: "Moscow",
          country: "RU",
          contactName: "Ирина Волкова",
          phone: "+7 (495) 123-45-67",
          email: uniqueEmail("buyer"),
          password: testPassword,
          locale: "ru",
          timeZone: "Europe/Moscow",
        };
  return { ...base, ...overrides };
}

/**
 * A freshly signed-up organization (PENDING) and its contact person as an actor, whose
 * e-mail address is confirmed (as after following the mailed link).
 */
export async function createPendingOrganization(kind: Kind = "SUPPLIER", overrides: Partial<SignUpInput> = {}) {
  const { organization, user } = await createOrganizationAccount(signUpInput(kind, overrides), {
    emailVerifiedAt: new Date(),
  });
  return { organization, user, actor: await actorFor(user.id) };
}

/**
 * An organization brought to `status` through the real review decisions
 * (REJECTED and SUSPENDED carry a reason, as the schema demands).
 */
export async function createOrganizationWithStatus(kind: Kind, status: OrganizationStatus, reviewer?: Actor) {
  const { organization, user } = await createPendingOrganization(kind);
  if (status !== "PENDING") {
    const organizer = reviewer ?? (await createOrganizerActor());
    const review = (decision: "approve" | "reject" | "suspend", reason = "") =>
      reviewOrganization(organizer, { organizationId: organization.id, decision, reason });
    if (status === "REJECTED") await review("reject", "Business licence could not be verified.");
    else await review("approve");
    if (status === "SUSPENDED") await review("suspend", "Repeated no-shows at meetings.");
  }
  return { organization: { ...organization, status }, user, actor: await actorFor(user.id) };
}

export const createApprovedSupplier = (reviewer?: Actor) =>
  createOrganizationWithStatus("SUPPLIER", "APPROVED", reviewer);
export const createApprovedBuyer = (reviewer?: Actor) => createOrganizationWithStatus("BUYER", "APPROVED", reviewer);
