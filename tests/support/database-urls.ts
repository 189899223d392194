export const testDatabasePrefix = "fbtest_";

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The same server, connected to its maintenance database. */
export function serverUrlOf(anyDatabaseUrl: string): string {
  return databaseUrl(anyDatabaseUrl, "postgres");
}
