import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { decodeFactors } from "./stored-factors";
import type { FactorResult, LocalizedName, ProposalSummary, ReactionState } from "./types";
import { effectiveWeights } from "./weights";

export const matchTableQuerySchema = z.object({
  sort: z.enum(["score", "buyer", "supplier"]).default("score"),
  minScore: z.coerce.number().int().min(0).max(100).optional(),
  buyerOrgId: z.string().min(1).optional(),
  supplierOrgId: z.string().min(1).optional(),
  mutualOnly: z.coerce.boolean().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** Names sort in this language (falling back to the others). */
  locale: z.enum(["en", "zh", "ru"]).optional(),
});
export type MatchTableQuery = z.input<typeof matchTableQuerySchema>;

export type MatchTableRow = {
  requirement: {
    id: string;
    textEn: string | null;
    textZh: string | null;
    textRu: string | null;
    quantity: number;
    unit: string;
    category: LocalizedName & { id: string };
  };
  buyer: LocalizedName & { id: string; city: string };
  supplier: LocalizedName & { id: string; city: string; verified: boolean };
  score: number;
  factors: FactorResult[];
  bestProduct: (LocalizedName & { id: string }) | null;
  reactions: ReactionState;
  proposal: ProposalSummary | null;
  computedAt: Date;
};

export type MatchTableStatus = {
  status: "NONE" | "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  requestedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  pairs: number | null;
  durationMs: number | null;
  error: string | null;
};

type Row = Omit<MatchTableRow, "reactions" | "proposal"> & {
  buyerReaction: ReactionState["buyer"];
  supplierReaction: ReactionState["supplier"];
  proposal: (Omit<ProposalSummary, "createdAt"> & { createdAt: string }) | null;
  total: bigint;
};

/** A session's match table (the background-computed MatchScore rows) for organizers: filtered, sorted, paged. */
export async function listMatchTable(actor: Actor, sessionId: string, raw: MatchTableQuery = {}) {
  requirePermission(actor, "manage:match:any");
  const query = matchTableQuerySchema.parse(raw);
  const conditions = [Prisma.sql`ms."sessionId" = ${sessionId}`];
  if (query.minScore !== undefined) conditions.push(Prisma.sql`ms.score >= ${query.minScore}`);
  if (query.buyerOrgId) conditions.push(Prisma.sql`r."organizationId" = ${query.buyerOrgId}`);
  if (query.supplierOrgId) conditions.push(Prisma.sql`ms."supplierOrgId" = ${query.supplierOrgId}`);
  if (query.mutualOnly) conditions.push(Prisma.sql`rb.kind = 'INTERESTED' AND rs.kind = 'INTERESTED'`);
  const name = (alias: string) => nameSql(alias, query.locale ?? "en");
  const order = {
    score: Prisma.sql`ms.score DESC, ${name("b")}, ${name("s")}`,
    buyer: Prisma.sql`${name("b")}, r.id, ms.score DESC`,
    supplier: Prisma.sql`${name("s")}, ms.score DESC, r.id`,
  }[query.sort];

  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT ms.score, ms.factors, ms."computedAt",
      json_build_object('id', r.id, 'textEn', r."textEn", 'textZh', r."textZh", 'textRu', r."textRu",
        'quantity', r.quantity, 'unit', r.unit,
        'category', json_build_object('id', c.id, 'nameEn', c."nameEn", 'nameZh', c."nameZh", 'nameRu', c."nameRu")) AS requirement,
      json_build_object('id', b.id, 'nameEn', b."nameEn", 'nameZh', b."nameZh", 'nameRu', b."nameRu", 'city', b.city) AS buyer,
      json_build_object('id', s.id, 'nameEn', s."nameEn", 'nameZh', s."nameZh", 'nameRu', s."nameRu", 'city', s.city,
        'verified', s."verifiedAt" IS NOT NULL) AS supplier,
      CASE WHEN p.id IS NULL THEN NULL ELSE
        json_build_object('id', p.id, 'nameEn', p."nameEn", 'nameZh', p."nameZh", 'nameRu', p."nameRu") END AS "bestProduct",
      rb.kind::text AS "buyerReaction", rs.kind::text AS "supplierReaction",
      CASE WHEN mp.id IS NULL THEN NULL ELSE
        json_build_object('id', mp.id, 'note', mp.note, 'createdAt', mp."createdAt") END AS proposal,
      count(*) OVER () AS total
    FROM "MatchScore" ms
    JOIN "PurchasingRequirement" r ON r.id = ms."requirementId"
    JOIN "Category" c ON c.id = r."categoryId"
    JOIN "Organization" b ON b.id = r."organizationId"
    JOIN "Organization" s ON s.id = ms."supplierOrgId"
    LEFT JOIN "Product" p ON p.id = ms."bestProductId"
    LEFT JOIN "MatchReaction" rb ON rb."requirementId" = ms."requirementId" AND rb."supplierOrgId" = ms."supplierOrgId" AND rb.side = 'BUYER'
    LEFT JOIN "MatchReaction" rs ON rs."requirementId" = ms."requirementId" AND rs."supplierOrgId" = ms."supplierOrgId" AND rs.side = 'SUPPLIER'
    LEFT JOIN "MatchProposal" mp ON mp."requirementId" = ms."requirementId" AND mp."supplierOrgId" = ms."supplierOrgId" AND mp."withdrawnAt" IS NULL
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}, ms."supplierOrgId", ms."requirementId"
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`);

  const weights = await loadSessionWeights(sessionId);
  return {
    rows: rows.map(({ buyerReaction, supplierReaction, proposal, total: _total, ...row }): MatchTableRow => ({
      ...row,
      factors: decodeFactors(row.factors, weights),
      reactions: {
        buyer: buyerReaction,
        supplier: supplierReaction,
        mutual: buyerReaction === "INTERESTED" && supplierReaction === "INTERESTED",
      },
      proposal: proposal ? { ...proposal, createdAt: new Date(proposal.createdAt) } : null,
    })),
    total: rows.length > 0 ? Number(rows[0].total) : await countRows(sessionId, conditions),
    page: query.page,
    pageSize: query.pageSize,
    status: await getMatchTableStatus(sessionId),
  };
}

/** The state of the session's background computation (NONE before the first request). */
export async function getMatchTableStatus(sessionId: string): Promise<MatchTableStatus> {
  const run = await db.matchTableRun.findUnique({ where: { sessionId } });
  if (!run) {
    return {
      status: "NONE",
      requestedAt: null,
      startedAt: null,
      finishedAt: null,
      pairs: null,
      durationMs: null,
      error: null,
    };
  }
  const { sessionId: _id, ...status } = run;
  return status;
}

async function loadSessionWeights(sessionId: string) {
  const session = await db.fairSession.findUnique({
    where: { id: sessionId },
    select: { fair: { select: { matchWeights: true } } },
  });
  return effectiveWeights(session?.fair.matchWeights);
}

// A page past the end has no row to carry the window count.
async function countRows(sessionId: string, conditions: Prisma.Sql[]): Promise<number> {
  if (conditions.length === 1) return db.matchScore.count({ where: { sessionId } });
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>(Prisma.sql`
    SELECT count(*) FROM "MatchScore" ms
    JOIN "PurchasingRequirement" r ON r.id = ms."requirementId"
    LEFT JOIN "MatchReaction" rb ON rb."requirementId" = ms."requirementId" AND rb."supplierOrgId" = ms."supplierOrgId" AND rb.side = 'BUYER'
    LEFT JOIN "MatchReaction" rs ON rs."requirementId" = ms."requirementId" AND rs."supplierOrgId" = ms."supplierOrgId" AND rs.side = 'SUPPLIER'
    WHERE ${Prisma.join(conditions, " AND ")}`);
  return Number(count);
}

function nameSql(alias: string, locale: AppLocale): Prisma.Sql {
  const columns = {
    en: ["nameEn", "nameRu", "nameZh"],
    ru: ["nameRu", "nameEn", "nameZh"],
    zh: ["nameZh", "nameEn", "nameRu"],
  }[locale];
  return Prisma.raw(`coalesce(${columns.map((column) => `${alias}."${column}"`).join(", ")})`);
}
