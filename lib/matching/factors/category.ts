import { factorValue, type FactorValue } from "./factor-value";

/**
 * The required gate: candidates are only ever products in the requirement's category
 * or one of its subcategories, so a scored pair always passes. It says which.
 */
export function categoryFactor(requirementCategoryId: string, productCategoryId: string): FactorValue {
  return requirementCategoryId === productCategoryId
    ? factorValue("category", 1, "category.same")
    : factorValue("category", 1, "category.subcategory");
}
