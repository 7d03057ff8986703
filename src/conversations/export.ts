import type { ConversationWithMessages, Message } from '../contract/conversations'
import type { Source } from '../contract/sources'

/** A file name from a title: letters of any script, digits, dashes; never a path. */
export function exportFileName(title: string | null, ext: 'md' | 'json'): string {
  const base = (title ?? 'conversation')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'conversation'}.${ext}`
}

function sourceLine(s: Source): string {
  const where = s.origin === 'document' ? 'document' : s.collection
  const quote = s.snippet.replace(/\s+/g, ' ').trim()
  return `- [${s.n}] **${s.reference}** (${where}) — ${quote}${s.arabic ? `\n  - ${s.arabic.reference}: ${s.arabic.text.replace(/\s+/g, ' ').trim()}` : ''}`
}

function messageBlock(m: Message): string {
  const when = m.created_at.replace('T', ' ').slice(0, 16)
  if (m.role === 'user') return `## ${when} — Question\n\n${m.content.trim()}`
  const label = m.mode === 'generative' ? `Answer (${m.model ?? 'model'})` : 'Answer (extractive)'
  const sources = m.sources.length > 0 ? `\n\n### Sources\n\n${m.sources.map(sourceLine).join('\n')}` : ''
  return `## ${when} — ${label}\n\n${m.content.trim()}${sources}`
}

/**
 * A conversation as Markdown: each question and answer in order, each answer followed by its numbered
 * sources (reference, origin, the quoted passage, and the Arabic beside a translated verse), so the `[n]`
 * of the text can be checked without the app.
 */
export function conversationToMarkdown(conversation: ConversationWithMessages, exportedAt: Date): string {
  const title = conversation.title ?? 'Conversation'
  const head = `# ${title}\n\n_Exported ${exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC from the Fiqh RAG assistant. Answers cite their sources as [n]._`
  return `${[head, ...conversation.messages.map(messageBlock)].join('\n\n')}\n`
}
