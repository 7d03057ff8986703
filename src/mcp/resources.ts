import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import { ErrorCode, McpError, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js'
import { AppError } from '../errors'
import { parseReference, passageText, type QuranPassage, surahList, versesOf } from './verses'

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

/** A passage as a resource: the text to read, and the same as JSON for a program. */
function contents(uri: URL, passage: QuranPassage): ReadResourceResult {
  return {
    contents: [
      { uri: uri.href, mimeType: 'text/plain', text: passageText(passage) },
      { uri: uri.href, mimeType: 'application/json', text: JSON.stringify(passage) },
    ],
  }
}

/** A reference that names no verse is the client's mistake: a protocol error saying why. */
async function read(uri: URL, check: () => Promise<unknown>, passage: () => QuranPassage): Promise<ReadResourceResult> {
  try {
    await check()
    return contents(uri, passage())
  } catch (err) {
    if (err instanceof AppError) throw new McpError(ErrorCode.InvalidParams, err.message)
    throw err
  }
}

/**
 * The Qur'an as resources: `quran://{surah}` is a whole surah and `quran://{surah}/{verse}` one verse (or a
 * range, `quran://2/183-185`). The list is the 114 surahs, not the 6,236 verses, which clients take from the template.
 */
export function registerQuranResources(server: McpServer, check: () => Promise<unknown>): void {
  server.registerResource(
    'quran-surah',
    new ResourceTemplate('quran://{surah}', {
      list: async () => ({
        resources: surahList().map((s) => ({ uri: `quran://${s.surah}`, name: `${s.surah}. ${s.name}`, title: s.title, description: `${s.verses} verses`, mimeType: 'text/plain' })),
      }),
    }),
    { title: "A surah of the Qur'an", description: 'A whole surah: each verse in Uthmani Arabic, French (Hamidullah) and English (Saheeh International).', mimeType: 'text/plain' },
    (uri, vars) =>
      read(uri, check, () => {
        const surah = one(vars.surah)
        const { surah: s } = parseReference(`${surah}:1`)
        return versesOf(s, 1, surahList()[s - 1]!.verses)
      }),
  )
  server.registerResource(
    'quran-verse',
    new ResourceTemplate('quran://{surah}/{verse}', { list: undefined }),
    { title: "Qur'an verses", description: 'One verse (quran://2/183) or a range of one surah (quran://2/183-185), in Arabic, French and English.', mimeType: 'text/plain' },
    (uri, vars) =>
      read(uri, check, () => {
        const { surah, from, to } = parseReference(`${one(vars.surah)}:${decodeURIComponent(one(vars.verse))}`)
        return versesOf(surah, from, to)
      }),
  )
}
