/**
 * Parts of the site a build can leave out, for `npm run bench:publish` only: it builds the same
 * release with and without them (SITE_OMIT=open-data,programme) to print what they add to a
 * release. A real release never sets it.
 */
export type OmittablePart = 'open-data' | 'programme'

export function isOmitted(
  part: OmittablePart,
  env: Record<string, string | undefined> = process.env,
): boolean {
  return (env.SITE_OMIT ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .includes(part)
}
