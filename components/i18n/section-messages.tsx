import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessageSections, pickMessages, type MessageSection } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it the message namespaces their section of
 * the app uses (see clientMessageSections), and nothing else: a provider replaces
 * the messages of the one above it, and whatever it holds is serialized into
 * every page of the section.
 */
export async function SectionMessages({ section, children }: { section: MessageSection; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), clientMessageSections[section]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
