/** Copies the reference text; the button shows only where the clipboard can be written. */
class CitationCopy extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy]')
    if (!button || !navigator.clipboard) return
    button.hidden = false
    button.addEventListener('click', () => {
      const text = this.closest('section')?.querySelector('[data-citation]')?.textContent ?? ''
      void navigator.clipboard.writeText(text).then(() => {
        const status = this.querySelector('[data-copied]')
        if (status) status.textContent = ' Скопійовано.'
      })
    })
  }
}

if (!customElements.get('citation-copy')) customElements.define('citation-copy', CitationCopy)
