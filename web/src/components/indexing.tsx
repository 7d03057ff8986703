import { useEffect, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { t } from '../i18n'

/** While the server is still indexing the corpus (first start), say so and how far it is. */
export function IndexingBanner() {
  const [pct, setPct] = useState<number | null>(null)
  useEffect(() => {
    let stop = false
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      try {
        const idx = (await api.ops.readiness())?.index
        if (idx?.status === 'indexing' && idx.total) {
          setPct(Math.floor((idx.done / idx.total) * 100))
          if (!stop) timer = setTimeout(poll, 2000)
          return
        }
        setPct(null)
      } catch {
        // Unreachable for a moment (the requests themselves report it): ask again rather than freeze the bar.
        if (!stop) timer = setTimeout(poll, 2000)
      }
    }
    void poll()
    return () => {
      stop = true
      clearTimeout(timer)
    }
  }, [])
  if (pct === null) return null
  return (
    <div class="banner" role="status">
      {t.value.chat.indexing(pct)}
      <progress max={100} value={pct} />
    </div>
  )
}
