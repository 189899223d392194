import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { answerInApiEnvelope } from "@/lib/api/api-failure-answer";
import { AppError } from "@/lib/errors";
import { guardRoute } from "./guard-route";
import { answerWithMessageKey } from "./guarded-route";

const request = (headers: Record<string, string> = {}) => new Request("http://fair.example.test/x", { headers });

const throwing =
  (error: unknown) =>
  async (_request?: Request): Promise<Response> => {
    throw error;
  };

describe("guardRoute", () => {
  it("keeps a synchronous handler synchronous and passes its answer through", () => {
    const route = guardRoute(answerWithMessageKey, (): Response => new Response("ok"));
    const answer = route();
    expect(answer).toBeInstanceOf(Response);
    expect(answer.status).toBe(200);
  });

  it("answers the same failure in each family's body shape", async () => {
    const refusal = new AppError("VALIDATION", "checkFields", { id: "unstorableText" });
    const plain = await guardRoute(answerWithMessageKey, throwing(refusal))();
    expect(plain.status).toBe(422);
    expect(await plain.json()).toEqual({ error: { code: "VALIDATION", key: "unstorableText" } });

    const api = await guardRoute(answerInApiEnvelope, throwing(refusal))(request({ "accept-language": "en" }));
    expect(api.status).toBe(422);
    expect((await api.json()).error).toMatchObject({ code: "VALIDATION", fields: { id: expect.any(String) } });
  });

  it("answers input a schema refused with 422: field messages in the API, the generic key elsewhere", async () => {
    const invalid = z.object({ visitId: z.string() }).safeParse({}).error;
    const plain = await guardRoute(answerWithMessageKey, throwing(invalid))();
    expect(await plain.json()).toEqual({ error: { code: "VALIDATION", key: "invalid" } });
    const api = await guardRoute(answerInApiEnvelope, throwing(invalid))(request());
    expect(api.status).toBe(422);
    expect(Object.keys((await api.json()).error.fields)).toEqual(["visitId"]);
  });

  it("logs anything unexpected and answers a 500 that still has a JSON body", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const answer = await guardRoute(answerWithMessageKey, throwing(new TypeError("x is undefined")))();
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual({ error: { code: "INTERNAL", key: "unexpected" } });
    expect(JSON.parse(error.mock.calls[0][0])).toMatchObject({ level: "error", msg: "route: unexpected error" });
    error.mockRestore();
  });

  it("answers a database outage 503 with Retry-After", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const answer = await guardRoute(answerWithMessageKey, throwing(outage))();
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(await answer.json()).toEqual({ error: { code: "SERVICE_UNAVAILABLE", key: "databaseDown" } });
    warn.mockRestore();
  });
});
