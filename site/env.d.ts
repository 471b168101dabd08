// What the site's TypeScript modules use from Astro's virtual `astro:content` module. Astro generates
// the full declarations into .astro/ on `astro sync`; this keeps `tsc` working on a clean checkout.
declare module 'astro:content' {
  import type { Loader } from 'astro/loaders'

  export function defineCollection<T extends { loader: Loader }>(config: T): T
  export function getCollection(
    collection: string,
  ): Promise<{ id: string; data: Record<string, unknown> }[]>
}

// Vite's `?worker` imports: a constructor of a Web Worker built from the module.
declare module '*?worker' {
  const WorkerConstructor: new () => Worker
  export default WorkerConstructor
}
