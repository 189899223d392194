import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Only locale routing happens here. Authentication and roles are checked by
// every page, server action and route handler themselves.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
