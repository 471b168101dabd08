import { BrandMark } from './BrandMark'

/** The admin's small icon (navigation, header): the network's mark in place of Payload's. */
export function Icon() {
  return <BrandMark size={24} />
}
