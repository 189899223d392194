import { randomBytes } from "node:crypto";
import { sessionDay } from "./fairs";

/** A UTC instant on the factory session's day, e.g. at("10:20"). */
export function at(clock: string, day = sessionDay): Date {
  return new Date(`${day}T${clock}:00.000Z`);
}

export type MeetingParties = {
  sessionId: string;
  supplierOrgId: string;
  buyerOrgId: string;
  interpreterId?: string | null;
};

/** Data for a direct `db.meeting.create`, the way booking code will insert it. */
export function meetingData(
  parties: MeetingParties,
  from: string,
  to: string,
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED" = "SCHEDULED",
) {
  return {
    ...parties,
    interpreterId: parties.interpreterId ?? null,
    startsAt: at(from),
    endsAt: at(to),
    status,
    roomToken: randomBytes(16).toString("hex"),
  };
}
