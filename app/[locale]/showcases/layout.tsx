import type { ReactNode } from "react";
import { SectionMessages } from "@/components/i18n/section-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <SectionMessages section="showcases">{children}</SectionMessages>;
}
