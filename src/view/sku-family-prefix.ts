/**
 * Product-family names that open SKU names and tell no SKU from another, longest first. Only these: a
 * deeper shared start ("Dynamics 365 Sales" for Enterprise, Premium, Professional) is part of each
 * product's name, and "Enterprise" alone would not say which product it is.
 */
const FAMILIES = ['Microsoft Dynamics 365', 'Dynamics 365'];

/**
 * The product family every SKU name starts with, as a whole word followed by more of the name
 * ("Dynamics 365" for "Dynamics 365 Sales" and "Dynamics 365 Team Members"), or `null` when any name
 * lacks it, any name is the family alone, or there are no names. A chart can then draw the names without
 * it and say it once (the distribution's labels were cut at "Dynamics 365 Team Memb…").
 */
export function skuFamilyPrefix(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return FAMILIES.find((family) => names.every((name) => restAfter(name, family) !== null)) ?? null;
}

/** `name` without `prefix` and the spaces after it; `name` itself when it does not start so. */
export function withoutFamilyPrefix(name: string, prefix: string | null): string {
  return (prefix === null ? null : restAfter(name, prefix)) ?? name;
}

/** What follows `family` and at least one space at the start of `name`, or `null`. */
function restAfter(name: string, family: string): string | null {
  const trimmed = name.trimStart();
  if (!trimmed.startsWith(family)) return null;
  const rest = trimmed.slice(family.length);
  if (!/^\s/u.test(rest)) return null; // "Dynamics 3650 X" is not the family
  const words = rest.trim();
  return words === '' ? null : words;
}
