import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { TRANSLATION_TEXT } from './TranslationCell'
import {
  TRANSLATION_KEY,
  TRANSLATION_PAGE_SIZE,
  translationCounts,
  translationPage,
} from './translationStatus'

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
          counts: await translationCounts(req.payload, collection),
          // The first page of each state to work on; the counts tell how many more there are.
          listed: {
            outdated: (await translationPage(req.payload, collection, 'outdated')).rows,
            missing: (await translationPage(req.payload, collection, 'missing')).rows,
          },
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
          {sections.map(({ collection, label, counts, listed: pages }) => (
            <section key={collection} aria-labelledby={`translations-${collection}`}>
              <h2 id={`translations-${collection}`}>
                {typeof label === 'object' && label && 'uk' in label
                  ? String(label.uk)
                  : collection}
              </h2>
              <p>
                Актуальних: {counts.current}, застарілих: {counts.outdated}, без перекладу:{' '}
                {counts.missing}.
              </p>
              {(['outdated', 'missing'] as const).map((state) => {
                const listed = pages[state]
                if (listed.length === 0) return null
                return (
                  <div key={state}>
                    <h3>{state === 'missing' ? 'Без англійської версії' : 'Застарілі'}</h3>
                    <ul data-testid={`translations-${collection}-${state}`}>
                      {listed.map((row) => (
                        <li key={row.id}>
                          <a href={`${admin}/collections/${collection}/${row.id}`}>{row.title}</a>
                          {state === 'outdated' ? ` — ${TRANSLATION_TEXT.outdated.text}` : null}
                        </li>
                      ))}
                    </ul>
                    {counts[state] > TRANSLATION_PAGE_SIZE ? (
                      <p>…і ще {counts[state] - listed.length}.</p>
                    ) : null}
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
