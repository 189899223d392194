import { redirect } from "next/navigation";

type Props = { params: Promise<{ locale: string }> };

/** /admin has no page of its own: the access queue is where organizers start. */
export default async function AdminIndex({ params }: Props) {
  const { locale } = await params;
  redirect(`/${locale}/admin/organizations`);
}
