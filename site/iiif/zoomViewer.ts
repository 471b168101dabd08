/**
 * `<iiif-zoom data-manifest="…">`: deep zoom over the item's static IIIF tiles with
 * OpenSeadragon. OpenSeadragon (≈100 kB gzipped) is loaded only when the reader asks for it;
 * without script the manifest link stays and the page's own viewer works as before.
 */
import type OpenSeadragon from 'openseadragon'

type Service = { id: string }
type Manifest = {
  items: {
    label?: Record<string, string[]>
    items: { items: { body: { service?: Service[] } }[] }[]
  }[]
}

/** The service's info.json, addressed on this origin (the site may be served under any host). */
async function tileSource(service: Service): Promise<Record<string, unknown>> {
  const local = new URL(service.id).pathname
  const response = await fetch(`${local}/info.json`)
  if (!response.ok) throw new Error(`info.json: ${response.status}`)
  const info = (await response.json()) as Record<string, unknown>
  return { ...info, id: new URL(local, window.location.origin).href }
}

class IiifZoom extends HTMLElement {
  private viewer?: OpenSeadragon.Viewer
  private page = 0
  private count = 0

  connectedCallback(): void {
    const open = this.el('open') as HTMLButtonElement
    open.hidden = false
    open.addEventListener('click', () => void this.open())
    this.el('close').addEventListener('click', () => this.close())
    this.el('zoom-in').addEventListener('click', () => this.zoom(1.5))
    this.el('zoom-out').addEventListener('click', () => this.zoom(1 / 1.5))
    this.el('home').addEventListener('click', () => this.viewer?.viewport.goHome())
    this.el('prev').addEventListener('click', () => this.go(this.page - 1))
    this.el('next').addEventListener('click', () => this.go(this.page + 1))
  }

  private el(name: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-${name}]`)!
  }

  private zoom(by: number): void {
    this.viewer?.viewport.zoomBy(by)
    this.viewer?.viewport.applyConstraints()
  }

  private go(page: number): void {
    if (!this.viewer || page < 0 || page >= this.count) return
    this.viewer.goToPage(page)
  }

  private showPage(page: number): void {
    this.page = page
    ;(this.el('prev') as HTMLButtonElement).disabled = page === 0
    ;(this.el('next') as HTMLButtonElement).disabled = page >= this.count - 1
    this.el('position').textContent = this.count > 1 ? `Сторінка ${page + 1} з ${this.count}` : ''
  }

  private async open(): Promise<void> {
    const panel = this.el('panel')
    const status = this.el('status')
    panel.hidden = false
    this.setAttribute('data-state', 'loading')
    status.textContent = 'Завантаження…'
    try {
      if (!this.viewer) {
        const [{ default: openSeadragon }, manifest] = await Promise.all([
          import('openseadragon'),
          fetch(this.dataset.manifest!).then((response) => {
            if (!response.ok) throw new Error(`manifest: ${response.status}`)
            return response.json() as Promise<Manifest>
          }),
        ])
        const services = manifest.items.flatMap((canvas) =>
          canvas.items.flatMap((page) =>
            page.items.flatMap((annotation) => annotation.body.service ?? []),
          ),
        )
        this.count = services.length
        const sources = await Promise.all(services.map(tileSource))
        this.viewer = openSeadragon({
          element: this.el('stage'),
          // Arrays of info.json objects work; the bundled types list only strings in arrays.
          tileSources: sources as unknown as string[],
          sequenceMode: sources.length > 1,
          showNavigationControl: false,
          showSequenceControl: false,
          drawer: 'canvas',
          crossOriginPolicy: false,
          visibilityRatio: 0.5,
          maxZoomPixelRatio: 2,
        })
        this.viewer.addHandler('page', (event) => this.showPage((event as { page: number }).page))
        this.viewer.addHandler('open', () => {
          this.setAttribute('data-state', 'ready')
          status.textContent = ''
        })
        this.viewer.addHandler('open-failed', () => {
          this.setAttribute('data-state', 'failed')
          status.textContent = 'Не вдалося відкрити зображення для детального перегляду.'
        })
        this.showPage(0)
      }
      this.el('stage').focus()
    } catch {
      this.setAttribute('data-state', 'failed')
      status.textContent = 'Не вдалося завантажити детальний перегляд. Спробуйте пізніше.'
    }
  }

  private close(): void {
    this.el('panel').hidden = true
    ;(this.el('open') as HTMLButtonElement).focus()
  }
}

if (!customElements.get('iiif-zoom')) customElements.define('iiif-zoom', IiifZoom)
