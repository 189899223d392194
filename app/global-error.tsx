"use client";

// Last resort when even the layout fails: no catalogues are available here.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center", color: "#0f172a" }}>
        <h1>FairBridge is temporarily unavailable · 服务暂时不可用 · Сервис временно недоступен</h1>
        <p>Your data is safe. Please try again in a minute. · 您的数据是安全的，请稍后再试。 · Ваши данные в безопасности, попробуйте через минуту.</p>
        <button onClick={reset} style={{ padding: "0.5rem 1rem", marginTop: "1rem" }}>
          Try again · 重试 · Повторить
        </button>
      </body>
    </html>
  );
}
