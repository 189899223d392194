import Link from "next/link";

// Outside a locale prefix no catalogue applies: a short trilingual page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center", color: "#0f172a" }}>
        <h1>404 · 页面不存在 · Страница не найдена</h1>
        <p>
          <Link href="/en">English</Link> · <Link href="/zh">简体中文</Link> · <Link href="/ru">Русский</Link>
        </p>
      </body>
    </html>
  );
}
