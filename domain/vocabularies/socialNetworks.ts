import { label } from '../i18n/label'

/** Social networks the `site` global may link to, with their names as the footer shows them. */
export const SOCIAL_NETWORKS = {
  facebook: { label: label('Facebook', 'Facebook') },
  instagram: { label: label('Instagram', 'Instagram') },
  telegram: { label: label('Telegram', 'Telegram') },
  youtube: { label: label('YouTube', 'YouTube') },
  tiktok: { label: label('TikTok', 'TikTok') },
  x: { label: label('X', 'X') },
} as const

export type SocialNetwork = keyof typeof SOCIAL_NETWORKS
