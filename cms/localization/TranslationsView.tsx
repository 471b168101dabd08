import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { TRANSLATION_TEXT } from './TranslationCell'
import { TRANSLATION_KEY, translationStatus, type TranslationRow } from './translationStatus'

/** Rows listed per collection and state: the view names the first ones and counts the rest. */
const SHOWN = 50

/**
 * «Переклади» at /admin/pereklady (issue #16): for each collection with English versions, what
 * has none and what is out of date, with links to edit them. Staff only, like the admin itself.
 */
export async function TranslationsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const sections = req.user
    ? await Promise.all(
        (Object.keys(TRANSLATION_KEY) as CollectionSlug[]).map(async (collection) => ({
          collection,
          label: req.payload.collections[collection]?.config.labels?.plural,
          rows: await translationStatus(req.payload, collection),
        })),
      )
    : []
  const admin = req.payload.config.routes.admin
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <article data-testid="translations" style={{ maxWidth: '52rem' }}>
          <h1>Англійські версії</h1>
          <p>
            Що ще не має англійської версії і що застаріло (українську змінено після англійської).
            Українська версія сайту повна; англійська існує лише для перекладеного.
          </p>
          {sections.map(({ collection, label, rows }) => (
            <section key={collection} aria-labelledby={`translations-${collection}`}>
              <h2 id={`translations-${collection}`}>
                {typeof label === 'object' && label && 'uk' in label
                  ? String(label.uk)
                  : collection}
              </h2>
              <p>
                Актуальних: {count(rows, 'current')}, застарілих: {count(rows, 'outdated')}, без
                перекладу: {count(rows, 'missing')}.
              </p>
              {(['outdated', 'missing'] as const).map((state) => {
                const listed = rows.filter((row) => row.state === state)
                if (listed.length === 0) return null
                return (
                  <div key={state}>
                    <h3>{state === 'missing' ? 'Без англійської версії' : 'Застарілі'}</h3>
                    <ul data-testid={`translations-${collection}-${state}`}>
                      {listed.slice(0, SHOWN).map((row) => (
                        <li key={row.id}>
                          <a href={`${admin}/collections/${collection}/${row.id}`}>{row.title}</a>
                          {state === 'outdated' ? ` — ${TRANSLATION_TEXT.outdated.text}` : null}
                        </li>
                      ))}
                    </ul>
                    {listed.length > SHOWN ? <p>…і ще {listed.length - SHOWN}.</p> : null}
                  </div>
                )
              })}
            </section>
          ))}
        </article>
      </Gutter>
    </DefaultTemplate>
  )
}

const count = (rows: TranslationRow[], state: TranslationRow['state']) =>
  rows.filter((row) => row.state === state).length
