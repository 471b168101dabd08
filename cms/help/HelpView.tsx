import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { readGuide, screenUrl } from './guide'
import { parseMarkdown, type Block, type Inline } from './markdown'

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'strong') return <strong key={index}>{part.text}</strong>
        if (part.kind === 'code') return <code key={index}>{part.text}</code>
        if (part.kind === 'link')
          return (
            <a key={index} href={/^(https?:|\/|#)/.test(part.href) ? part.href : undefined}>
              {part.text}
            </a>
          )
        return <span key={index}>{part.text}</span>
      })}
    </>
  )
}

function GuideBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const content = <InlineText parts={block.content} />
      if (block.level === 1) return <h1 id={block.id}>{content}</h1>
      if (block.level === 2) return <h2 id={block.id}>{content}</h2>
      return <h3 id={block.id}>{content}</h3>
    }
    case 'paragraph':
      return (
        <p>
          <InlineText parts={block.content} />
        </p>
      )
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul'
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineText parts={item} />
            </li>
          ))}
        </List>
      )
    }
    case 'image': {
      const src = screenUrl(block.src)
      // A screenshot not made yet (GUIDE_SCREENSHOTS=1 makes them) leaves its description.
      if (!src) return <p>[Знімок екрана: {block.alt}]</p>
      return (
        <figure style={{ margin: '1rem 0 2rem' }}>
          <img
            src={src}
            alt={block.alt}
            loading="lazy"
            style={{
              maxWidth: '100%',
              height: 'auto',
              border: '1px solid var(--theme-elevation-150)',
            }}
          />
          <figcaption>{block.alt}</figcaption>
        </figure>
      )
    }
  }
}

/**
 * «Посібник редактора» at /admin/dovidka: docs/editors-guide/README.md with its screenshots, in
 * the admin's own layout. One text for the repository and the admin, so the two cannot drift.
 */
export async function HelpView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const blocks = parseMarkdown(await readGuide())
  return (
    <DefaultTemplate
      i18n={initPageResult.req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={initPageResult.req.payload}
      permissions={initPageResult.permissions}
      req={initPageResult.req}
      searchParams={searchParams}
      user={initPageResult.req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <article className="help-guide" style={{ maxWidth: '52rem', lineHeight: 1.55 }}>
          {blocks.map((block, index) => (
            <GuideBlock key={index} block={block} />
          ))}
        </article>
      </Gutter>
    </DefaultTemplate>
  )
}
