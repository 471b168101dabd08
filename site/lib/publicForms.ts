import { PUBLIC_FORMS_CHALLENGE_PATH, publicFormPath } from '@domain/public-forms/forms'

/**
 * The CMS's public address, where the site's forms post (the static site has no server of its
 * own). The build reads it from CMS_URL, as the CMS does.
 */
export function cmsAddress(): string {
  return process.env.CMS_URL || 'http://localhost:3000'
}

export const formAction = (form: string) => new URL(publicFormPath(form), cmsAddress()).href
export const challengeAddress = () => new URL(PUBLIC_FORMS_CHALLENGE_PATH, cmsAddress()).href
