/**
 * Every action the audit log records. One list so the type checker refuses an
 * unknown action and a test can prove each one has a label in every language.
 */
export const auditActions = [
  "organization.registered",
  "organization.approve",
  "organization.reject",
  "organization.suspend",
  "organization.reinstate",
  "organization.profile-updated",
  "organization.logo-updated",
  "organization.logo-removed",
  "organizer.created",
  "interpreter.created",
  "fair.created",
  "session.created",
  "registration.requested",
  "registration.approve",
  "registration.reject",
  "buyerProfile.updated",
  "certificate.added",
  "certificate.removed",
  "certificate-type.created",
  "exchangeRates.set",
  "negativeList.added",
  "negativeList.deactivated",
  "product.created",
  "product.updated",
  "product.hidden",
  "product.unhidden",
  "product.deleted",
  "product.blocked",
  "product.unblocked",
  "requirement.created",
  "requirement.updated",
  "requirement.closed",
  "requirement.reopened",
] as const;

export type AuditAction = (typeof auditActions)[number];
