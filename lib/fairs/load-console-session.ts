import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { consoleSessionQuery } from "./console-queries";

/** For console pages: the hosted session, or the 404 page. */
export async function loadConsoleSession(actor: Actor, sessionId: string) {
  return requireHostedSession(actor, sessionId, { query: consoleSessionQuery }).catch((error) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
}
