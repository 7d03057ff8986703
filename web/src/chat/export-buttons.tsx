import { api } from '../api/endpoints'
import { describeError } from '../api/errors'
import { Icon } from '../components/icons'
import { t } from '../i18n'
import { notify } from '../state'

/** Saves a conversation's export through the browser's download (a link to the file's blob). */
async function download(id: string, format: 'markdown' | 'json'): Promise<void> {
  try {
    const { blob, fileName } = await api.conversations.exportFile(id, format)
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  } catch (err) {
    notify(describeError(err, t.value), 'error')
  }
}

/** The current conversation as a file: Markdown (to read, with its sources) or JSON (for other tools). */
export function ExportButtons({ conversationId }: { conversationId: string }) {
  const d = t.value
  return (
    <span class="export">
      <button type="button" class="small" title={d.chat.exportMarkdown} aria-label={d.chat.exportMarkdown} onClick={() => download(conversationId, 'markdown')}>
        <Icon name="download" size={16} /> MD
      </button>
      <button type="button" class="small" title={d.chat.exportJson} aria-label={d.chat.exportJson} onClick={() => download(conversationId, 'json')}>
        <Icon name="code" size={16} /> JSON
      </button>
    </span>
  )
}
