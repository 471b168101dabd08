import { label } from '../i18n/label'

/** Why the inbox sends a message (the outbox shows it). */
export const EMAIL_KINDS = {
  acknowledgement: { label: label('Підтвердження отримання', 'Acknowledgement') },
  reply: { label: label('Відповідь', 'Reply') },
  extension: { label: label('Продовження строку', 'Extension notice') },
  digest: { label: label('Щоденний перелік', 'Daily digest') },
} as const

/** Where a message stands: kept until sent, retried after a failure. */
export const EMAIL_STATES = {
  pending: { label: label('Чекає надсилання', 'Pending') },
  sent: { label: label('Надіслано', 'Sent') },
  failed: { label: label('Не вдалося (повторимо)', 'Failed (will retry)') },
  abandoned: { label: label('Не вдалося остаточно', 'Failed for good') },
} as const
