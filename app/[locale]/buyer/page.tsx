import { redirect } from "next/navigation";

type Props = { params: Promise<{ locale: string }> };

/** /buyer has no page of its own: requirements are where buyers start. */
export default async function BuyerIndex({ params }: Props) {
  const { locale } = await params;
  redirect(`/${locale}/buyer/requirements`);
}
