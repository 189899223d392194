/** Badge colours of the enterprise-access and session-registration states. */
export const organizationStatusTone = {
  PENDING: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  SUSPENDED: "danger",
} as const;
export const registrationStatusTone = {
  PENDING: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
} as const;
