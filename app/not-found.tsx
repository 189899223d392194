import Link from "next/link";
import { connection } from "next/server";

// Outside a locale prefix no catalogue applies (and no layout wraps this page): a
// short trilingual page of its own that leads into the three languages.
export default async function RootNotFound() {
  // Rendered per request, not at build time: Next can then put the request's CSP nonce
  // on the page's scripts (a prerendered copy has none, and the policy would block them).
  await connection();
  const link = { color: "#1a5566", margin: "0 0.5rem" };
  return (
    <html lang="en">
      <head>
        <title>404 · FairBridge</title>
      </head>
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          margin: 0,
          padding: "4rem 1rem",
          textAlign: "center",
          color: "#0f172a",
          background: "#f8fafc",
        }}
      >
        <main style={{ maxWidth: "36rem", margin: "0 auto", lineHeight: 1.5 }}>
          <h1 style={{ fontSize: "1.5rem" }}>
            Page not found · <span lang="zh-CN">页面不存在</span> · <span lang="ru">Страница не найдена</span>
          </h1>
          <p>
            <Link href="/en" style={link}>
              English
            </Link>
            <Link href="/zh" lang="zh-CN" style={link}>
              简体中文
            </Link>
            <Link href="/ru" lang="ru" style={link}>
              Русский
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
