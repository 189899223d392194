"use client";

// Last resort when even the locale layout fails: no message catalogues and no
// stylesheet are available here, so the text is in all three languages and styled inline.
// Never the error's message (production replaces it anyway): only its digest, which
// instrumentation.ts logs with the request id, so support can find what happened.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>FairBridge</title>
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
        <main role="alert" style={{ maxWidth: "36rem", margin: "0 auto", lineHeight: 1.5 }}>
          <h1 style={{ fontSize: "1.5rem" }}>FairBridge is temporarily unavailable</h1>
          <p>Your data is safe. Please try again in a minute.</p>
          <p lang="zh-CN">服务暂时不可用。您的数据是安全的，请稍后再试。</p>
          <p lang="ru">Сервис временно недоступен. Ваши данные в безопасности, попробуйте через минуту.</p>
          {error.digest ? (
            <p style={{ fontSize: "0.75rem", color: "#64748b" }}>
              Reference · <span lang="zh-CN">参考编号</span> · <span lang="ru">Код обращения</span>: {error.digest}
            </p>
          ) : null}
          <button
            type="button"
            onClick={reset}
            style={{
              marginTop: "1rem",
              padding: "0.6rem 1.2rem",
              fontSize: "1rem",
              borderRadius: "0.375rem",
              border: "none",
              background: "#1a5566",
              color: "#fff",
              cursor: "pointer",
            }}
          >
            Try again · <span lang="zh-CN">重试</span> · <span lang="ru">Повторить</span>
          </button>
        </main>
      </body>
    </html>
  );
}
