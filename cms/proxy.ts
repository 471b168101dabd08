import { NextResponse, type NextRequest } from 'next/server'

/** Payload reads the admin language from this cookie before the browser's Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Ukrainian is the admin's default language whatever the browser asks for; an editor who picks
 * English in their account settings gets a cookie that this leaves alone.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'uk')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'uk', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
