import { z } from "zod";
import {
  acceptRequestSchema,
  cancelMeetingSchema,
  declineRequestSchema,
  entityIdSchema,
  requestMeetingSchema,
} from "@/lib/meetings/schemas";
import {
  freeSlotListSchema,
  meetingDetailDtoSchema,
  meetingListSchema,
  meetingRequestDtoSchema,
  sessionDetailDtoSchema,
  sessionListSchema,
} from "./dtos";

/** "true"/"false" in a query string. */
const queryFlag = z
  .enum(["true", "false"], "invalid")
  .optional()
  .transform((value) => value === "true");

const idParams = z.object({ id: entityIdSchema });

export type EndpointDefinition = {
  method: "GET" | "POST";
  /** OpenAPI path below /api/v1, with {name} for path parameters. */
  path: string;
  operationId: string;
  summary: string;
  tag: "Sessions" | "Meeting requests" | "Meetings" | "Meta";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and body: a named JSON schema, or a non-JSON media type. */
  success: { status: 200 | 201; name: string; schema: z.ZodType } | { status: 200; mediaType: string };
  /** False only for the OpenAPI document itself. */
  authenticated?: boolean;
};

function define<const E extends EndpointDefinition>(endpoint: E): E {
  return endpoint;
}

/**
 * Every endpoint of the public API, the one registry the route handlers and the
 * OpenAPI document both read, so the document cannot drift from what is served.
 */
export const endpoints = {
  listSessions: define({
    method: "GET",
    path: "/sessions",
    operationId: "listSessions",
    summary: "Published sessions, with the caller's organization's registration status",
    tag: "Sessions",
    success: { status: 200, name: "SessionList", schema: sessionListSchema },
  }),
  getSession: define({
    method: "GET",
    path: "/sessions/{id}",
    operationId: "getSession",
    summary: "One published session with its bookable slots",
    tag: "Sessions",
    params: idParams,
    success: { status: 200, name: "SessionDetail", schema: sessionDetailDtoSchema },
  }),
  listFreeSlots: define({
    method: "GET",
    path: "/sessions/{id}/free-slots",
    operationId: "listFreeSlots",
    summary: "Slots free for the caller's organization and another participant (UTC)",
    tag: "Sessions",
    params: idParams,
    query: z.object({ with: entityIdSchema.describe("The other organization's id"), needsInterpreter: queryFlag }),
    success: { status: 200, name: "FreeSlotList", schema: freeSlotListSchema },
  }),
  requestMeeting: define({
    method: "POST",
    path: "/meeting-requests",
    operationId: "requestMeeting",
    summary: "Ask another organization of the session for a meeting",
    tag: "Meeting requests",
    body: requestMeetingSchema,
    success: { status: 201, name: "MeetingRequest", schema: meetingRequestDtoSchema },
  }),
  acceptRequest: define({
    method: "POST",
    path: "/meeting-requests/{id}/accept",
    operationId: "acceptMeetingRequest",
    summary: "Accept a request addressed to the caller's organization by picking a free slot; books the meeting",
    tag: "Meeting requests",
    params: idParams,
    body: acceptRequestSchema,
    success: { status: 201, name: "MeetingDetail", schema: meetingDetailDtoSchema },
  }),
  declineRequest: define({
    method: "POST",
    path: "/meeting-requests/{id}/decline",
    operationId: "declineMeetingRequest",
    summary: "Decline a request addressed to the caller's organization, with a reason",
    tag: "Meeting requests",
    params: idParams,
    body: declineRequestSchema,
    success: { status: 200, name: "MeetingRequest", schema: meetingRequestDtoSchema },
  }),
  listMeetings: define({
    method: "GET",
    path: "/meetings",
    operationId: "listMeetings",
    summary: "The caller's meetings in time order",
    tag: "Meetings",
    query: z.object({ sessionId: entityIdSchema.optional(), includeCancelled: queryFlag }),
    success: { status: 200, name: "MeetingList", schema: meetingListSchema },
  }),
  getMeeting: define({
    method: "GET",
    path: "/meetings/{id}",
    operationId: "getMeeting",
    summary: "One of the caller's meetings",
    tag: "Meetings",
    params: idParams,
    success: { status: 200, name: "MeetingDetail", schema: meetingDetailDtoSchema },
  }),
  cancelMeeting: define({
    method: "POST",
    path: "/meetings/{id}/cancel",
    operationId: "cancelMeeting",
    summary: "Cancel a scheduled meeting; the other side is told",
    tag: "Meetings",
    params: idParams,
    body: cancelMeetingSchema,
    success: { status: 200, name: "MeetingDetail", schema: meetingDetailDtoSchema },
  }),
  meetingIcs: define({
    method: "GET",
    path: "/meetings/{id}/ics",
    operationId: "getMeetingIcs",
    summary: "The meeting as an RFC 5545 calendar file (METHOD:CANCEL once cancelled)",
    tag: "Meetings",
    params: idParams,
    success: { status: 200, mediaType: "text/calendar" },
  }),
  openapi: define({
    method: "GET",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This OpenAPI 3.1 document",
    tag: "Meta",
    success: { status: 200, mediaType: "application/json" },
    authenticated: false,
  }),
} satisfies Record<string, EndpointDefinition>;

export const API_BASE_PATH = "/api/v1";
