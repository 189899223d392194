import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";

const names = { select: { id: true, nameEn: true, nameZh: true, nameRu: true } } as const;

const followUpSelect = {
  id: true,
  dueOn: true,
  note: true,
  doneAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  meeting: {
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      supplierOrg: names,
      buyerOrg: names,
      session: {
        select: {
          id: true,
          titleEn: true,
          titleZh: true,
          titleRu: true,
          fair: { select: { id: true, nameEn: true, nameZh: true, nameRu: true } },
        },
      },
    },
  },
} as const;

type Row = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(where: NonNullable<Parameters<typeof db.meetingFollowUp.findMany>[0]>["where"]) {
  return db.meetingFollowUp.findMany({
    where,
    select: followUpSelect,
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
  });
}

export type FollowUpView = {
  id: string;
  /** YYYY-MM-DD */
  dueOn: string;
  note: string;
  done: boolean;
  doneAt: Date | null;
  author: string;
  meeting: {
    id: string;
    startsAt: Date;
    counterpart: { id: string; nameEn: string | null; nameZh: string | null; nameRu: string | null };
    session: { id: string; titleEn: string; titleZh: string; titleRu: string };
    fair: { id: string; nameEn: string; nameZh: string; nameRu: string };
  };
};

function view(row: Row, organizationId: string): FollowUpView {
  const { meeting } = row;
  return {
    id: row.id,
    dueOn: row.dueOn.toISOString().slice(0, 10),
    note: row.note,
    done: row.doneAt !== null,
    doneAt: row.doneAt,
    author: row.createdBy.name,
    meeting: {
      id: meeting.id,
      startsAt: meeting.startsAt,
      counterpart: meeting.supplierOrg.id === organizationId ? meeting.buyerOrg : meeting.supplierOrg,
      session: {
        id: meeting.session.id,
        titleEn: meeting.session.titleEn,
        titleZh: meeting.session.titleZh,
        titleRu: meeting.session.titleRu,
      },
      fair: meeting.session.fair,
    },
  };
}

/**
 * The actor's organization's follow-ups not yet done, earliest due first, optionally of one
 * fair (the participant's fair report lists them). Follow-ups are private to the organization
 * that set them.
 */
export async function listOpenFollowUps(actor: Actor, { fairId }: { fairId?: string } = {}): Promise<FollowUpView[]> {
  requirePermission(actor, "manage:followUp:own");
  const organizationId = ownOrganizationId(actor);
  const rows = await loadRows({
    organizationId,
    doneAt: null,
    ...(fairId ? { meeting: { session: { fairId } } } : {}),
  });
  return rows.map((row) => view(row, organizationId));
}

/** The actor's organization's follow-ups on one meeting, open and done (the meeting page). */
export async function listMeetingFollowUps(actor: Actor, meetingId: string): Promise<FollowUpView[]> {
  requirePermission(actor, "manage:followUp:own");
  const organizationId = ownOrganizationId(actor);
  const rows = await loadRows({ organizationId, meetingId });
  return rows.map((row) => view(row, organizationId));
}
