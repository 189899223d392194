import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { zodIssuesToFieldKeys } from "@/lib/actions/form-data";

/**
 * Runs a domain call from a form action. The console's forms send strings that
 * the domain schemas validate (dates, clock times, cross-field rules); their
 * ZodError becomes a VALIDATION AppError with the same field keys, so the form
 * shows each message beside its field instead of "something went wrong".
 */
export async function asFormErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ZodError) throw new AppError("VALIDATION", "checkFields", zodIssuesToFieldKeys(error.issues));
    throw error;
  }
}
