import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

export type MatchTableFilter = {
  sort: "score" | "buyer" | "supplier";
  minScore?: number;
  buyer?: string;
  supplier?: string;
  mutual: boolean;
  page: number;
};
type Option = { id: string; name: string };

/** Sort and filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export async function MatchTableFilters({
  sessionId,
  filter,
  buyers,
  suppliers,
}: {
  sessionId: string;
  filter: MatchTableFilter;
  buyers: Option[];
  suppliers: Option[];
}) {
  const t = await getTranslations("matching.admin.table");
  const label = "block text-sm font-medium text-slate-800";
  return (
    <form
      method="get"
      aria-label={t("filters")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
      data-testid="match-table-filters"
    >
      <div className="space-y-1">
        <label htmlFor="sort" className={label}>
          {t("sortBy")}
        </label>
        <Select id="sort" name="sort" defaultValue={filter.sort}>
          <option value="score">{t("sortScore")}</option>
          <option value="buyer">{t("sortBuyer")}</option>
          <option value="supplier">{t("sortSupplier")}</option>
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="minScore" className={label}>
          {t("minScore")}
        </label>
        <Input
          id="minScore"
          name="minScore"
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          defaultValue={filter.minScore ?? ""}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="buyer" className={label}>
          {t("buyer")}
        </label>
        <Select id="buyer" name="buyer" defaultValue={filter.buyer ?? ""}>
          <option value="">{t("allBuyers")}</option>
          {buyers.map((buyer) => (
            <option key={buyer.id} value={buyer.id}>
              {buyer.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="supplier" className={label}>
          {t("supplier")}
        </label>
        <Select id="supplier" name="supplier" defaultValue={filter.supplier ?? ""}>
          <option value="">{t("allSuppliers")}</option>
          {suppliers.map((supplier) => (
            <option key={supplier.id} value={supplier.id}>
              {supplier.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-1">
        <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="mutual"
            value="1"
            defaultChecked={filter.mutual}
            className="h-4 w-4 rounded border-slate-300"
          />
          {t("mutualOnly")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <Button type="submit">{t("apply")}</Button>
        <Link href={`/admin/matching/${sessionId}`} className="text-sm text-brand-700 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
