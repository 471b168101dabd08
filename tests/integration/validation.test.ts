import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, stopTestCms } from '../support/cms'
import {
  as,
  createBranch,
  createUser,
  pdfBytes,
  pngBytes,
  type TestUser,
} from '../support/fixtures'

let payload: Payload
let editor: TestUser

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopTestCms(payload)
})

type FieldErrors = { status?: number; data?: { errors?: { path: string; message: string }[] } }

/** Expects a 400 validation error whose message for `path` matches, and returns that message. */
async function expectFieldError(
  promise: Promise<unknown>,
  path: string,
  pattern: RegExp,
): Promise<string> {
  const error = (await promise.then(
    () => {
      throw new Error(`expected a validation error on ${path}, but the save succeeded`)
    },
    (caught: unknown) => caught,
  )) as FieldErrors
  expect(error.status).toBe(400)
  const fieldError = error.data?.errors?.find((entry) => entry.path === path)
  expect(fieldError, `errors: ${JSON.stringify(error.data?.errors)}`).toBeDefined()
  expect(fieldError!.message).toMatch(pattern)
  return fieldError!.message
}

describe('slugs', () => {
  it('are made from Ukrainian titles by the official transliteration', async () => {
    const doc = await payload.create({
      collection: 'pages',
      data: { title: 'Солом’янська бібліотека: історія', _status: 'published' } as never,
      ...as(editor),
    })
    expect(doc.slug).toBe('solomianska-biblioteka-istoriia')
  })

  it('get a number when the generated one is taken', async () => {
    const first = await payload.create({
      collection: 'pages',
      data: { title: 'Партнерам', _status: 'published' } as never,
      ...as(editor),
    })
    const second = await payload.create({
      collection: 'pages',
      data: { title: 'Партнерам', _status: 'published' } as never,
      ...as(editor),
    })
    expect(first.slug).toBe('partneram')
    expect(second.slug).toBe('partneram-2')
  })

  it('stay as the editor wrote them, and keep when the title changes', async () => {
    const doc = await payload.create({
      collection: 'pages',
      data: { title: 'Контакти', slug: 'kontakty-cbs', _status: 'published' } as never,
      ...as(editor),
    })
    const renamed = await payload.update({
      collection: 'pages',
      id: doc.id,
      data: { title: 'Наші контакти' },
      ...as(editor),
    })
    expect(renamed.slug).toBe('kontakty-cbs')
  })

  it('refuses a duplicate slug in Ukrainian and keeps the stored one', async () => {
    const original = await payload.create({
      collection: 'news',
      data: { title: 'Перша', slug: 'spilna-adresa', _status: 'published' } as never,
      ...as(editor),
    })
    await expectFieldError(
      payload.create({
        collection: 'news',
        data: { title: 'Друга', slug: 'spilna-adresa', _status: 'published' } as never,
        ...as(editor),
      }),
      'slug',
      /вже зайнята/,
    )
    const other = await payload.create({
      collection: 'news',
      data: { title: 'Третя', _status: 'published' } as never,
      ...as(editor),
    })
    await expectFieldError(
      payload.update({
        collection: 'news',
        id: other.id,
        data: { slug: 'spilna-adresa' },
        ...as(editor),
      }),
      'slug',
      /вже зайнята/,
    )
    const stored = await payload.findByID({
      collection: 'news',
      id: other.id,
      overrideAccess: true,
    })
    expect(stored.slug).toBe('tretia')
    expect(
      (await payload.findByID({ collection: 'news', id: original.id, overrideAccess: true })).title,
    ).toBe('Перша')
  })

  it('refuses a malformed slug', async () => {
    await expectFieldError(
      payload.create({
        collection: 'pages',
        data: { title: 'Х', slug: 'Погана Адреса', _status: 'published' } as never,
        ...as(editor),
      }),
      'slug',
      /малі латинські літери/,
    )
  })
})

describe('items', () => {
  it('refuse a duplicate identifier', async () => {
    const collection = await payload.create({
      collection: 'digital-collections',
      data: { title: 'Світлини', _status: 'published' } as never,
      overrideAccess: true,
    })
    const data = {
      title: 'Вокзал',
      identifier: 'SOL-PH-9001',
      type: 'photo',
      collections: [collection.id],
      _status: 'published',
    }
    await payload.create({ collection: 'items', data: data as never, ...as(editor) })
    await expectFieldError(
      payload.create({
        collection: 'items',
        data: { ...data, title: 'Інший' } as never,
        ...as(editor),
      }),
      'identifier',
      /SOL-PH-9001.*унікальн/,
    )
    const found = await payload.find({
      collection: 'items',
      where: { identifier: { equals: 'SOL-PH-9001' } },
      overrideAccess: true,
    })
    expect(found.docs.map((doc) => doc.title)).toEqual(['Вокзал'])
  })

  it('refuse an end year before the start year', async () => {
    const collection = await payload.create({
      collection: 'digital-collections',
      data: { title: 'Мапи', _status: 'published' } as never,
      overrideAccess: true,
    })
    await expectFieldError(
      payload.create({
        collection: 'items',
        data: {
          title: 'План',
          identifier: 'SOL-MP-9001',
          type: 'map',
          collections: [collection.id],
          startYear: 1930,
          endYear: 1920,
          _status: 'published',
        } as never,
        ...as(editor),
      }),
      'endYear',
      /Кінцевий рік \(1920\)/,
    )
  })
})

describe('dates and hours', () => {
  it('refuse a document valid until before it is valid from', async () => {
    await expectFieldError(
      payload.create({
        collection: 'documents',
        data: {
          title: 'Наказ',
          type: 'order',
          validFrom: '2026-05-01',
          validTo: '2026-01-01',
          _status: 'published',
        } as never,
        ...as(editor),
      }),
      'validTo',
      /не може бути раніше/,
    )
  })

  it('refuse opening hours that close before they open, and keep the stored hours', async () => {
    const branch = await createBranch(payload, 'Бібліотека з графіком')
    await expectFieldError(
      payload.update({
        collection: 'branches',
        id: branch.id,
        data: { weeklyHours: [{ day: 'tue', opens: '18:00', closes: '09:00' }] },
        ...as(editor),
      }),
      'weeklyHours.0.closes',
      /має бути пізніше/,
    )
    const stored = await payload.findByID({
      collection: 'branches',
      id: branch.id,
      overrideAccess: true,
    })
    expect(stored.weeklyHours).toMatchObject([{ day: 'mon', opens: '10:00', closes: '18:00' }])
  })

  it('refuse a break outside the hours and a weekday given twice', async () => {
    const base = {
      name: 'Філія',
      kind: 'adult',
      address: { street: 'вулиця Медова', building: '3' },
      _status: 'published',
    }
    await expectFieldError(
      payload.create({
        collection: 'branches',
        data: {
          ...base,
          weeklyHours: [
            { day: 'mon', opens: '10:00', closes: '18:00', breakFrom: '19:00', breakTo: '19:30' },
          ],
        } as never,
        ...as(editor),
      }),
      'weeklyHours.0.closes',
      /Перерва/,
    )
    await expectFieldError(
      payload.create({
        collection: 'branches',
        data: {
          ...base,
          weeklyHours: [
            { day: 'mon', opens: '10:00', closes: '18:00' },
            { day: 'mon', opens: '11:00', closes: '17:00' },
          ],
        } as never,
        ...as(editor),
      }),
      'weeklyHours',
      /двічі/,
    )
  })

  it('refuse a special day that ends before it starts', async () => {
    const branch = await createBranch(payload, 'Бібліотека зі святами')
    await expectFieldError(
      payload.update({
        collection: 'branches',
        id: branch.id,
        data: {
          specialDays: [{ from: '2026-12-31', to: '2026-12-25', closed: true, reason: 'holiday' }],
        },
        ...as(editor),
      }),
      'specialDays.0.to',
      /не може бути раніше/,
    )
  })
})

describe('uploads', () => {
  it('refuse an image without alt text', async () => {
    const data = await pngBytes()
    await expectFieldError(
      payload.create({
        collection: 'media',
        data: { alt: '' },
        file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
        ...as(editor),
      }),
      'alt',
      /альтернативний текст/,
    )
  })

  it('refuse content that does not match the declared type', async () => {
    const data = await pdfBytes()
    await expectFieldError(
      payload.create({
        collection: 'media',
        data: { alt: 'Фото' },
        file: { data, mimetype: 'image/jpeg', name: 'fake.jpg', size: data.length },
        ...as(editor),
      }),
      'file',
      /не відповідає заявленому типу/,
    )
  })

  it('refuse a file over the size limit, naming the limit', async () => {
    const data = Buffer.concat([await pngBytes(), Buffer.alloc(3 * 1024 * 1024)])
    await expectFieldError(
      payload.create({
        collection: 'media',
        data: { alt: 'Велике фото' },
        file: { data, mimetype: 'image/png', name: 'big.png', size: data.length },
        ...as(editor),
      }),
      'file',
      /завеликий.*2\u00a0МБ/,
    )
  })

  it('refuse SVG and HTML, which could run script on the public site', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
    )
    await expectFieldError(
      payload.create({
        collection: 'media',
        data: { alt: 'Логотип' },
        file: { data: svg, mimetype: 'image/svg+xml', name: 'logo.svg', size: svg.length },
        ...as(editor),
      }),
      'file',
      /SVG і HTML/,
    )
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>')
    await expectFieldError(
      payload.create({
        collection: 'files',
        data: { title: 'Сторінка' },
        file: { data: html, mimetype: 'text/html', name: 'page.html', size: html.length },
        ...as(editor),
      }),
      'file',
      /SVG і HTML/,
    )
  })

  it('store nothing for a refused upload', async () => {
    const { totalDocs } = await payload.count({ collection: 'media', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('accept PDFs as attachments and record their format and size', async () => {
    const data = await pdfBytes('Положення')
    const file = await payload.create({
      collection: 'files',
      data: { title: 'Положення' },
      file: { data, mimetype: 'application/pdf', name: 'polozhennia.pdf', size: data.length },
      ...as(editor),
    })
    expect(file).toMatchObject({
      format: 'PDF',
      mimeType: 'application/pdf',
      filesize: data.length,
    })
  })
})

describe('rich text', () => {
  it('refuses a javascript: link and keeps the stored body', async () => {
    const body = (url: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'link',
                version: 3,
                direction: null,
                format: '',
                indent: 0,
                fields: { url, linkType: 'custom', newTab: false },
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'натисніть',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        ],
      },
    })
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Безпечна', body: body('https://example.org'), _status: 'published' } as never,
      ...as(editor),
    })
    await expectFieldError(
      payload.update({
        collection: 'pages',
        id: page.id,
        data: { body: body('javascript:alert(document.cookie)') } as never,
        ...as(editor),
      }),
      'body',
      /недозволене/,
    )
    const stored = await payload.findByID({
      collection: 'pages',
      id: page.id,
      overrideAccess: true,
    })
    expect(JSON.stringify(stored.body)).toContain('https://example.org')
  })
})

describe('anonymous writes', () => {
  it('are refused for every content collection', async () => {
    for (const collection of [
      'news',
      'documents',
      'pages',
      'branches',
      'digital-collections',
      'items',
    ] as const) {
      await expect(
        payload.create({
          collection,
          data: { title: 'Анонім', name: 'Анонім' } as never,
          ...as(undefined),
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })
})

describe('the site global', () => {
  it('refuses menu links that are not site paths or https', async () => {
    await expectFieldError(
      payload.updateGlobal({
        slug: 'site',
        data: { name: 'ЦБС', headerNav: [{ label: 'Зло', href: 'javascript:alert(1)' }] },
        ...as(editor),
      }),
      'headerNav.0.href',
      /має починатися/,
    )
  })
})
