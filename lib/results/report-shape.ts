import type { MeetingFigureRow, RegistrationFigureRow, RequestFigureRow } from "./fair-report-sql";

/** The measures of a set of meetings, as the page, the charts and the exports show them. */
export type MeetingFigures = {
  booked: number;
  held: number;
  noShows: number;
  cancelled: number;
  interpreterHours: number;
  reported: number;
  followUp: number;
  sampleRequested: number;
  quotationSent: number;
  orderIntent: number;
  /** Sum of the order estimates in their own currencies (meaningful per currency only). */
  valueMinor: bigint;
  /** The estimates converted into the report's currency with the organizer's rates. */
  valueConverted: bigint;
  /** Estimates in a currency the fair has no rate for (left out of valueConverted). */
  unconverted: number;
};

export type RequestFigures = {
  sent: number;
  accepted: number;
  declined: number;
  expired: number;
  pending: number;
  cancelled: number;
  /** accepted / sent, null without requests. */
  acceptanceRate: number | null;
};

export type RegistrationFigures = { registered: number; approved: number; pending: number; rejected: number };

export type Headline = {
  meetings: MeetingFigures;
  requests: RequestFigures;
  suppliers: RegistrationFigures;
  buyers: RegistrationFigures;
};

export const emptyMeetingFigures: MeetingFigures = {
  booked: 0,
  held: 0,
  noShows: 0,
  cancelled: 0,
  interpreterHours: 0,
  reported: 0,
  followUp: 0,
  sampleRequested: 0,
  quotationSent: 0,
  orderIntent: 0,
  valueMinor: 0n,
  valueConverted: 0n,
  unconverted: 0,
};

function meetingFiguresOf(row: MeetingFigureRow | undefined): MeetingFigures {
  if (!row) return emptyMeetingFigures;
  return {
    booked: row.booked,
    held: row.held,
    noShows: row.no_shows,
    cancelled: row.cancelled,
    interpreterHours: Math.round((Number(row.interpreter_seconds) / 3600) * 100) / 100,
    reported: row.reported,
    followUp: row.follow_up,
    sampleRequested: row.sample_requested,
    quotationSent: row.quotation_sent,
    orderIntent: row.order_intent,
    valueMinor: BigInt(row.value_minor),
    valueConverted: BigInt(row.value_converted),
    unconverted: row.unconverted,
  };
}

function requestFiguresOf(row: RequestFigureRow | undefined): RequestFigures {
  const sent = row?.sent ?? 0;
  const accepted = row?.accepted ?? 0;
  return {
    sent,
    accepted,
    declined: row?.declined ?? 0,
    expired: row?.expired ?? 0,
    pending: row?.pending ?? 0,
    cancelled: row?.cancelled ?? 0,
    acceptanceRate: sent ? accepted / sent : null,
  };
}

function registrationFiguresOf(rows: RegistrationFigureRow[], kind: "SUPPLIER" | "BUYER"): RegistrationFigures {
  const row = rows.find((r) => r.kind === kind);
  return {
    registered: row?.registered ?? 0,
    approved: row?.approved ?? 0,
    pending: row?.pending ?? 0,
    rejected: row?.rejected ?? 0,
  };
}

/** The headline of a scope from its total rows. */
export function headlineOf(
  meetings: MeetingFigureRow[],
  requests: RequestFigureRow[],
  registrations: RegistrationFigureRow[],
): Headline {
  const totalRegistrations = registrations.filter((r) => r.sessionId === null);
  return {
    meetings: meetingFiguresOf(meetings.find((r) => r.dim === "total")),
    requests: requestFiguresOf(requests.find((r) => r.sessionId === null)),
    suppliers: registrationFiguresOf(totalRegistrations, "SUPPLIER"),
    buyers: registrationFiguresOf(totalRegistrations, "BUYER"),
  };
}

export type BreakdownRow = { key: string | null } & MeetingFigures;
export type BreakdownDimension = "category" | "cnCity" | "ruDistrict" | "ruRegion" | "day";

/**
 * The figures statement's rows as the report shows them: the headline, each breakdown
 * (rows with meetings, largest first; days in calendar order), values per currency, and per
 * session the meetings with that session's requests and registrations.
 */
export function shapeMeetingFigures(
  meetings: MeetingFigureRow[],
  requests: RequestFigureRow[],
  registrations: RegistrationFigureRow[],
) {
  const rowsOf = (dim: MeetingFigureRow["dim"]) =>
    meetings.filter((r) => r.dim === dim).map((r): BreakdownRow => ({ key: r.key, ...meetingFiguresOf(r) }));
  const bySize = (rows: BreakdownRow[]) =>
    rows.sort((a, b) => b.booked - a.booked || (a.key ?? "~").localeCompare(b.key ?? "~"));
  const breakdowns: Record<BreakdownDimension, BreakdownRow[]> = {
    category: bySize(rowsOf("category")),
    cnCity: bySize(rowsOf("cnCity")),
    ruDistrict: bySize(rowsOf("ruDistrict")),
    ruRegion: bySize(rowsOf("ruRegion")),
    day: rowsOf("day").sort((a, b) => (a.key ?? "").localeCompare(b.key ?? "")),
  };
  const valueByCurrency = rowsOf("currency")
    .filter((r): r is BreakdownRow & { key: string } => r.key !== null)
    .map((r) => ({ currency: r.key, minor: r.valueMinor, converted: r.valueConverted, meetings: r.booked }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  const sessionMeetings = new Map(rowsOf("session").map((r) => [r.key, r]));
  const perSession = (sessionId: string) => ({
    meetings: sessionMeetings.get(sessionId) ?? { key: sessionId, ...emptyMeetingFigures },
    requests: requestFiguresOf(requests.find((r) => r.sessionId === sessionId)),
    suppliers: registrationFiguresOf(
      registrations.filter((r) => r.sessionId === sessionId),
      "SUPPLIER",
    ),
    buyers: registrationFiguresOf(
      registrations.filter((r) => r.sessionId === sessionId),
      "BUYER",
    ),
  });
  return { headline: headlineOf(meetings, requests, registrations), breakdowns, valueByCurrency, perSession };
}
