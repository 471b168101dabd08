import { env } from '@cms/config/env'

const escape = (text: string) =>
  text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`)

/** The small page behind the letter's cancel link: a button, or why the link is refused. */
export function renderCancelPage(token: string, valid: boolean): string {
  const site = escape(env.SITE_URL)
  const body = valid
    ? `<h1>Скасувати реєстрацію?</h1>
<p>Ваше місце отримає наступна людина зі списку очікування.</p>
<form method="post" action="/api/registration/cancel">
<input type="hidden" name="token" value="${escape(token)}">
<button type="submit">Так, скасувати реєстрацію</button>
</form>`
    : `<h1>Посилання недійсне</h1>
<p>Посилання для скасування недійсне або вже застаріле (дата події минула). Якщо потрібна допомога, зателефонуйте до бібліотеки.</p>`
  return `<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Скасування реєстрації — Бібліотеки Солом’янки</title>
<meta name="robots" content="noindex">
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem}</style>
</head><body><main>
${body}
<p><a href="${site}">На сайт бібліотек</a></p>
</main></body></html>`
}
