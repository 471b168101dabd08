import { BrandMark } from './BrandMark'

/**
 * The admin's logo on the sign-in and account pages: the network's mark and name, in place of
 * Payload's, so that editors know whose admin they are in.
 */
export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <BrandMark size={48} />
      <span style={{ fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.2 }}>
        Бібліотеки Солом’янки
        <br />
        <span style={{ fontSize: '0.9rem', fontWeight: 400 }}>
          Централізована бібліотечна система
        </span>
      </span>
    </span>
  )
}
