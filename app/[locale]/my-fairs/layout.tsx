import type { ReactNode } from "react";
import { SectionMessages } from "@/components/i18n/section-messages";

// "My fairs" needs on the client only what the dashboard does (the loading placeholder's text).
export default function Layout({ children }: { children: ReactNode }) {
  return <SectionMessages section="dashboard">{children}</SectionMessages>;
}
