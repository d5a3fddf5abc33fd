/**
 * The contract's slug rule (docs/contract.md, "Addresses"): lower case, and every run of
 * anything but a-z and 0-9 becomes one "-". Leading and trailing dashes are dropped.
 * `Kota Sabang` -> `kota-sabang`, `Daerah Istimewa Yogyakarta` -> `daerah-istimewa-yogyakarta`.
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** What the rule gives: runs of a-z and 0-9 joined by single dashes (booth slugs, exhibit ids). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value)
}
