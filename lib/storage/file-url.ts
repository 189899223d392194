/** The URL the app serves a stored file under (app/api/files/[...key]). */
export function fileUrl(key: string): string {
  return `/api/files/${key}`;
}
