import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { type CallToolResult, McpError, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import { createOrUpdateUser } from '../src/auth/admin'
import { loadConfig } from '../src/config'
import { sourceSchema } from '../src/contract/sources'
import { loadQuranUnits } from '../src/rag/canon/quran'
import { indexUnits, type IndexingState } from '../src/rag/index/bulk'
import type { UnitInput } from '../src/rag/index/units'
import { refreshIndexStatistics, writeUnits } from '../src/rag/index/writer'
import { openRuntime, type Runtime } from '../src/runtime'
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './helpers/app'
import { root, runScript } from './helpers/cli'

const TOOLS = ['search_sources', 'get_verse', 'get_hadith', 'verify_citations', 'compute_inheritance', 'ask']
const FAST = 'Le jeûne est-il prescrit aux croyants ?'
type User = Awaited<ReturnType<TestApp['newUser']>>
type Sources = Array<z.infer<typeof sourceSchema>>

/** The text of a resource's i-th content (ours are all text). */
const resourceText = (r: ReadResourceResult, i: number) => {
  const c = r.contents[i]
  return c && 'text' in c ? c.text : ''
}
/** Arabic without its vowel marks and with a plain alif, to compare letters whatever the Uthmani spelling's marks. */
const letters = (arabic: string) => arabic.replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '').replace(/\u0671/g, '\u0627')
const textOf = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n')
const inRange = (sources: Sources, surah: number, from: number, to: number) => sources.some((s) => s.verses?.surah === surah && s.verses.from >= from && s.verses.from <= to)

/** A call the server refused as a tool error: `isError`, a message saying why, no structured result. */
async function toolError(client: Client, name: string, args: Record<string, unknown>, message: RegExp): Promise<string> {
  const r = (await client.callTool({ name, arguments: args })) as CallToolResult
  assert.equal(r.isError, true, `expected a tool error, got ${JSON.stringify(r).slice(0, 300)}`)
  assert.equal(r.structuredContent, undefined)
  assert.match(textOf(r), message)
  return textOf(r)
}

/** A call that succeeded: its text, and its structured result (which the client checked against the output schema). */
async function call(client: Client, name: string, args: Record<string, unknown>): Promise<{ text: string; data: Record<string, unknown> }> {
  const r = (await client.callTool({ name, arguments: args })) as CallToolResult
  assert.ok(!r.isError, textOf(r))
  assert.ok(r.structuredContent, 'structured content')
  return { text: textOf(r), data: r.structuredContent }
}

/** A tiny hadith collection, shaped as `buildHadithUnits` makes them: one unit a number, the matn apart. */
function hadithUnits(): UnitInput[] {
  const unit = (number: number, ar: string, matn: string, en: string, fr: string, chapter: { ar: string; en: string; fr: string }): UnitInput => ({
    collection: 'bukhari',
    sourceKey: String(number),
    title: 'Sahih al-Bukhari',
    hadith: { number, grades: [{ name: 'Al-Bukhari', grade: 'Sahih' }], matn },
    texts: [
      { lang: 'ar', text: ar, reference: `صحيح البخاري ${number}`, title: chapter.ar, searchText: `${chapter.ar}\n${ar}` },
      { lang: 'en', text: en, reference: `Sahih al-Bukhari ${number}`, title: chapter.en, searchText: `${chapter.en}\n${en}` },
      { lang: 'fr', text: fr, reference: `Sahih al-Bukhari ${number}`, title: chapter.fr, searchText: `${chapter.fr}\n${fr}` },
    ],
  })
  const fasting = { ar: 'كتاب الصوم', en: 'Fasting', fr: 'Le jeûne' }
  return [
    unit(
      1903,
      'حدثنا آدم بن أبي إياس حدثنا ابن أبي ذئب عن أبي هريرة قال قال النبي صلى الله عليه وسلم من لم يدع قول الزور والعمل به فليس لله حاجة في أن يدع طعامه وشرابه',
      'من لم يدع قول الزور والعمل به فليس لله حاجة في أن يدع طعامه وشرابه',
      'Whoever does not give up false statements and acting on them, Allah is not in need of his leaving his food and drink.',
      "Quiconque ne renonce pas au mensonge et à agir selon lui, Allah n'a nul besoin qu'il délaisse sa nourriture et sa boisson.",
      fasting,
    ),
    unit(1904, 'حدثنا إبراهيم بن موسى عن أبي هريرة قال رسول الله صلى الله عليه وسلم الصيام جنة', 'الصيام جنة', 'Fasting is a shield.', 'Le jeûne est un bouclier.', fasting),
  ]
}

describe('the MCP server over Streamable HTTP (/mcp), through the SDK client', () => {
  let t: TestApp
  let base: string
  let alice: User
  let bob: User
  let aliceKey: { id: string; key: string }
  let client: Client
  const clients: Client[] = []

  const createKey = async (who: User) => {
    const r = await t.request('POST', '/api/v1/api-keys', { token: who.access, body: { name: 'mcp client' } })
    assert.equal(r.status, 201, r.text)
    return r.body as { id: string; key: string }
  }
  const connect = async (key: string | undefined) => {
    const c = new Client({ name: 'fiqh-test', version: '1.0.0' })
    const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {}
    await c.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers } }))
    clients.push(c)
    return c
  }
  /** The refusal of a request that never reached MCP, as the SDK's HTTP transport raises it. */
  const httpRefusal = async (attempt: Promise<unknown>, status: number, message: RegExp) => {
    const err = await attempt.then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    )
    assert.ok(err instanceof StreamableHTTPError, String(err))
    assert.equal(err.code, status, err.message)
    assert.match(err.message, message)
  }

  before(async () => {
    t = await startTestApp()
    await t.indexQuran([2])
    await writeUnits(t.rt.database.db, hadithUnits())
    await refreshIndexStatistics(t.rt.database.db)
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    alice = await t.newUser()
    bob = await t.newUser()
    aliceKey = await createKey(alice)
    client = await connect(aliceKey.key)
  })
  after(async () => {
    for (const c of clients) await c.close().catch(() => undefined)
    await t.close()
  })

  test('lists the tools, each with an input and an output schema, and tells who it is', async () => {
    assert.equal(client.getServerVersion()?.name, 'fiqh-rag')
    assert.match(client.getInstructions() ?? '', /search_sources/)
    const { tools } = await client.listTools()
    assert.deepEqual(
      tools.map((x) => x.name),
      TOOLS,
    )
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object', tool.name)
      assert.equal(tool.outputSchema?.type, 'object', tool.name)
      assert.ok((tool.description ?? '').length > 40, tool.name)
    }
    const search = tools.find((x) => x.name === 'search_sources')!
    assert.deepEqual(search.inputSchema.required, ['query'])
    assert.deepEqual(Object.keys(search.inputSchema.properties ?? {}).sort(), ['collection', 'k', 'kind', 'lang', 'query'])
    assert.equal(search.annotations?.readOnlyHint, true)
    assert.equal(tools.find((x) => x.name === 'ask')!.annotations?.readOnlyHint, false)
  })

  test('search_sources: a French question on fasting finds Qur’an 2:183, with references in text and structure', async (ctx) => {
    const started = performance.now()
    const { text, data } = await call(client, 'search_sources', { query: 'le jeûne prescrit', k: 5, kind: 'quran' })
    ctx.diagnostic(`search_sources over HTTP: ${(performance.now() - started).toFixed(0)} ms`)
    const items = z.array(sourceSchema).parse(data.items)
    assert.ok(items.length > 0 && items.length <= 5)
    assert.ok(inRange(items, 2, 183, 183), items.map((s) => s.reference).join())
    assert.ok(items.every((s) => s.collection === 'quran' && s.origin === 'corpus'))
    assert.equal(data.lang, 'fr')
    assert.match(text, /^\[1\] Coran 2:\d+ — /)
    assert.match(text, /Coran 2:183 — O les croyants! On vous a prescrit aS-Siyâm/)
    // Hadith too, by kind and by collection.
    const hadith = z.array(sourceSchema).parse((await call(client, 'search_sources', { query: 'jeûne bouclier', kind: 'hadith' })).data.items)
    assert.equal(hadith[0]?.hadith?.number, 1904)
    assert.deepEqual((await call(client, 'search_sources', { query: 'zzqx inexistant' })).data.items, [])
  })

  test('get_verse: one verse and a range, in Arabic, French and English', async (ctx) => {
    const started = performance.now()
    const one = await call(client, 'get_verse', { reference: '2:183' })
    ctx.diagnostic(`get_verse over HTTP: ${(performance.now() - started).toFixed(0)} ms`)
    assert.equal(one.data.reference, '2:183')
    const [verse] = one.data.verses as Array<{ verse: number; ar: { text: string; reference: string }; fr: { text: string }; en: { text: string } }>
    assert.equal(verse!.verse, 183)
    assert.match(letters(verse!.ar.text), /^يأيها الذين ءامنوا كتب عليكم الصيام كما كتب/)
    assert.equal(verse!.ar.reference, 'القرآن 2:183')
    assert.match(verse!.fr.text, /prescrit aS-Siyâm/)
    assert.match(verse!.en.text, /fasting/i)
    assert.match(one.text, /^Qur'an 2:183 — Surah Al-Baqarah/)
    assert.match(one.text, /\nFR: O les croyants! On vous a prescrit/)

    const range = await call(client, 'get_verse', { reference: ' 2 : 183–185 ' })
    assert.deepEqual([range.data.reference, range.data.from, range.data.to], ['2:183-185', 183, 185])
    assert.deepEqual(
      (range.data.verses as Array<{ verse: number }>).map((v) => v.verse),
      [183, 184, 185],
    )
    // The shipped text, not only what is indexed: surah 1 is not in this test's index.
    assert.match(letters((await call(client, 'get_verse', { reference: '1:1' })).text), /\nبسم الله الرحمن الرحيم\n/)
  })

  test('verify_citations: a misquoted verse is named with its authentic text; a text without quotation has none', async () => {
    const { text, data } = await call(client, 'verify_citations', { text: 'Le jeûne : « يا أيها الذين آمنوا فرض عليكم الصيام كما فرض على الذين من قبلكم ».' })
    const [quote] = data.quotes as Array<{ verdict: string; verses: unknown; reference: string; authentic_text: string }>
    assert.deepEqual([quote!.verdict, quote!.verses, quote!.reference], ['misquoted', { surah: 2, from: 183, to: 183 }, "Qur'an 2:183"])
    assert.match(letters(quote!.authentic_text), /كتب عليكم الصيام/)
    assert.match(text, /^- misquoted \(Qur'an 2:183\)/)
    assert.deepEqual((await call(client, 'verify_citations', { text: 'No Arabic here.' })).data.quotes, [])
  })

  test('compute_inheritance: the calculator’s result, structured as the API gives it; an impossible family is a tool error', async () => {
    const { text, data } = await call(client, 'compute_inheritance', {
      deceased: 'female',
      heirs: [
        { relation: 'husband', count: 1 },
        { relation: 'mother', count: 1 },
        { relation: 'full_sister', count: 2 },
      ],
    })
    assert.deepEqual([data.school, data.base, data.awl_base, data.base_final], ['hanbali', 6, 8, 8])
    assert.deepEqual(
      (data.heirs as Array<{ relation: string; share: string }>).map((h) => [h.relation, h.share]),
      [
        ['husband', '3/8'],
        ['mother', '1/8'],
        ['full_sister', '1/2'],
      ],
    )
    assert.match(text, /^Base 6 → 8 \(ʿawl\), school hanbali\n- husband: 3\/8 \(3\/8\)/)
    await toolError(client, 'compute_inheritance', { deceased: 'female', heirs: [{ relation: 'wife', count: 1 }] }, /a deceased woman leaves no wife/)
    // an heir who died before the division: his case, and what each line ends with
    const later = await call(client, 'compute_inheritance', {
      deceased: 'female',
      heirs: [
        { relation: 'husband', count: 1 },
        { relation: 'full_brother', count: 2 },
      ],
      later_deaths: [
        {
          of: 'husband',
          heirs: [
            { relation: 'wife', count: 1 },
            { relation: 'son', count: 1 },
          ],
        },
      ],
    })
    assert.equal((later.data.combined as { base: number }).base, 16)
    assert.match(later.text, /of 16 shares \(al-jāmiʿa\)[\s\S]*son \(via husband\): 7\/16 \(7\)/)
    // an heir of unknown sex: what each is given while it is unknown
    const unknown = await call(client, 'compute_inheritance', {
      deceased: 'male',
      heirs: [
        { relation: 'son', count: 1 },
        { relation: 'daughter', count: 1 },
      ],
      hermaphrodite: { line: 'son', hope: false },
    })
    assert.match(unknown.text, /With the heir of unknown sex \(average\), of 40 shares:[\s\S]*- the heir of unknown sex: 13\/40 \(13\)/)
  })

  test('get_verse: references that name no verse are tool errors saying why', async () => {
    await toolError(client, 'get_verse', { reference: '115:1' }, /no surah 115.*114 surahs/)
    await toolError(client, 'get_verse', { reference: '2:287' }, /Surah 2 has 286 verses/)
    await toolError(client, 'get_verse', { reference: '2:0' }, /Surah 2 has 286 verses/)
    await toolError(client, 'get_verse', { reference: '2:185-183' }, /runs backwards/)
    await toolError(client, 'get_verse', { reference: '2:1-51' }, /spans 51 verses; at most 50/)
    await toolError(client, 'get_verse', { reference: 'al-baqara' }, /not a verse reference/)
  })

  test('get_hadith: the hadith with its translations, chapter, grades and matn; an uninstalled book or number names what is installed', async () => {
    const { text, data } = await call(client, 'get_hadith', { collection: 'bukhari', number: 1903 })
    assert.equal(data.reference, 'Sahih al-Bukhari 1903')
    assert.deepEqual(data.book, { en: 'Sahih al-Bukhari', fr: 'Sahih al-Bukhari', ar: 'صحيح البخاري' })
    assert.deepEqual(data.grades, [{ name: 'Al-Bukhari', grade: 'Sahih' }])
    assert.equal(data.matn, 'من لم يدع قول الزور والعمل به فليس لله حاجة في أن يدع طعامه وشرابه')
    const texts = data.texts as Array<{ lang: string; chapter: string | null; reference: string }>
    assert.deepEqual(
      texts.map((x) => [x.lang, x.chapter, x.reference]),
      [
        ['ar', 'كتاب الصوم', 'صحيح البخاري 1903'],
        ['fr', 'Le jeûne', 'Sahih al-Bukhari 1903'],
        ['en', 'Fasting', 'Sahih al-Bukhari 1903'],
      ],
    )
    assert.match(text, /^Sahih al-Bukhari 1903 — Grades: Sahih \(Al-Bukhari\)/)
    assert.match(text, /false statements/)
    await toolError(client, 'get_hadith', { collection: 'muslim', number: 1 }, /"muslim" is not installed\. Installed: bukhari\./)
    await toolError(client, 'get_hadith', { collection: 'bukhari', number: 7 }, /bukhari has no hadith number 7 \(its numbers run from 1903 to 1904\)\. Installed: bukhari\./)
  })

  test('ask outside a conversation: [n] citations, the numbered sources, nothing saved', async (ctx) => {
    const started = performance.now()
    const { text, data } = await call(client, 'ask', { question: FAST })
    ctx.diagnostic(`ask (extractive) over HTTP: ${(performance.now() - started).toFixed(0)} ms`)
    const sources = z.array(sourceSchema).parse(data.sources)
    assert.ok(inRange(sources, 2, 183, 187), sources.map((s) => s.reference).join())
    assert.match(data.answer as string, /\[1\]/)
    assert.deepEqual([data.lang, data.answered_by, data.conversation_id, data.message_id], ['fr', 'extractive-v1', null, null])
    const [answer, list] = text.split('\n\nSources :\n')
    assert.equal(answer, data.answer)
    assert.match(list!, /^\[1\] Coran 2:\d+ — \S/)
    assert.deepEqual((await t.request('GET', '/api/v1/conversations', { token: alice.access })).body.items, [], 'no conversation was made')
  })

  test('ask in a conversation of the key’s owner saves the exchange there; another user’s conversation is not found', async () => {
    const mine = await t.request('POST', '/api/v1/conversations', { token: alice.access, body: {} })
    const { data } = await call(client, 'ask', { question: FAST, conversation_id: mine.body.id })
    assert.equal(data.conversation_id, mine.body.id)
    const saved = await t.request('GET', `/api/v1/conversations/${mine.body.id}`, { token: alice.access })
    assert.deepEqual(
      saved.body.messages.map((m: { role: string; content: string }) => [m.role, m.content]),
      [
        ['user', FAST],
        ['assistant', data.answer],
      ],
    )
    assert.equal(saved.body.messages[1].id, data.message_id)

    const theirs = await t.request('POST', '/api/v1/conversations', { token: bob.access, body: {} })
    await toolError(client, 'ask', { question: FAST, conversation_id: theirs.body.id }, /^Conversation not found\.$/)
    await toolError(client, 'ask', { question: FAST, conversation_id: randomUUID() }, /^Conversation not found\.$/)
    assert.equal((await t.request('GET', `/api/v1/conversations/${theirs.body.id}`, { token: bob.access })).body.messages.length, 0, 'nothing written in bob’s')
  })

  test('an unknown tool and bad arguments are errors the client reads, and the connection goes on', async () => {
    await toolError(client, 'verify_everything', {}, /Tool verify_everything not found/)
    await toolError(client, 'search_sources', {}, /Invalid arguments for tool search_sources[\s\S]*query/)
    await toolError(client, 'search_sources', { query: '   ' }, /must not be empty/)
    await toolError(client, 'search_sources', { query: 'zakat', k: 0 }, /Invalid arguments[\s\S]*k/)
    await toolError(client, 'search_sources', { query: 'zakat', kind: 'fiqh' }, /Invalid arguments[\s\S]*kind/)
    await toolError(client, 'get_hadith', { collection: 'bukhari', number: '1903' }, /Invalid arguments[\s\S]*number/)
    await toolError(client, 'ask', { question: 'x'.repeat(4_001) }, /Invalid arguments[\s\S]*question/)
    await toolError(client, 'ask', { question: FAST, conversation_id: 'not-a-uuid' }, /Invalid arguments[\s\S]*conversation_id/)
    assert.equal((await call(client, 'get_verse', { reference: '2:255' })).data.reference, '2:255')
  })

  test('resources: the surahs as the list, verse and surah templates; a bad reference is a protocol error', async () => {
    const { resources } = await client.listResources()
    assert.equal(resources.length, 114)
    assert.deepEqual(resources[1], {
      uri: 'quran://2',
      name: '2. Al-Baqarah',
      title: 'Surah Al-Baqarah (The Cow) — سورة البقرة',
      description: '286 verses',
      mimeType: 'text/plain',
    })
    const { resourceTemplates } = await client.listResourceTemplates()
    assert.deepEqual(resourceTemplates.map((r) => r.uriTemplate).sort(), ['quran://{surah}', 'quran://{surah}/{verse}'])

    const verse = await client.readResource({ uri: 'quran://2/183' })
    assert.deepEqual(
      verse.contents.map((c) => c.mimeType),
      ['text/plain', 'application/json'],
    )
    assert.match(letters(resourceText(verse, 0)), /\n2:183\nيأيها الذين ءامنوا كتب عليكم الصيام[^\n]*\nFR: O les croyants[^\n]*\nEN: O you who have believed/)
    assert.equal(JSON.parse(resourceText(verse, 1)).reference, '2:183')
    const range = JSON.parse(resourceText(await client.readResource({ uri: 'quran://2/183-185' }), 1))
    assert.equal(range.verses.length, 3)
    const surah = JSON.parse(resourceText(await client.readResource({ uri: 'quran://112' }), 1))
    assert.deepEqual([surah.reference, surah.verses.length], ['112:1-4', 4])

    for (const [uri, message] of [
      ['quran://115/1', /no surah 115/],
      ['quran://2/300', /Surah 2 has 286 verses/],
      ['quran://0', /no surah 0/],
      ['quran://2/abc', /not a verse reference/],
    ] as const) {
      const err = await client.readResource({ uri }).then(
        () => assert.fail(`${uri} should be refused`),
        (e: unknown) => e,
      )
      assert.ok(err instanceof McpError, String(err))
      assert.match(err.message, message)
    }
  })

  test('a missing, unknown or deleted key is refused with 401 at once, before MCP is spoken', async () => {
    await httpRefusal(connect(undefined), 401, /An access token is required/)
    await httpRefusal(connect('fiqh_unknown0000000000000000000000000000'), 401, /unknown or was deleted/)

    const key = await createKey(alice)
    const c = await connect(key.key)
    assert.equal((await call(c, 'get_verse', { reference: '2:183' })).data.reference, '2:183')
    assert.equal((await t.request('DELETE', `/api/v1/api-keys/${key.id}`, { token: alice.access })).status, 204)
    await httpRefusal(c.callTool({ name: 'get_verse', arguments: { reference: '2:183' } }), 401, /unknown or was deleted/)
    await httpRefusal(c.listTools(), 401, /unknown or was deleted/)
    // Another key of the same owner is untouched.
    assert.equal((await call(client, 'get_verse', { reference: '2:184' })).data.reference, '2:184')
  })

  test('on the wire: JSON-RPC errors with the HTTP status, 405 for the stream a stateless server does not open', async () => {
    const post = (body: string, key = aliceKey.key) =>
      fetch(`${base}/mcp`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body })
    const unauth = await fetch(`${base}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    assert.equal(unauth.status, 401)
    assert.deepEqual(await unauth.json(), { jsonrpc: '2.0', error: { code: -32001, message: 'An access token is required (Authorization: Bearer …).', data: { code: 'missing_token' } }, id: null })
    const malformed = await post('{"jsonrpc": "2.0", ')
    assert.equal(malformed.status, 400)
    assert.equal(((await malformed.json()) as { error: { code: number } }).error.code, -32700)
    for (const method of ['GET', 'DELETE', 'PUT', 'PATCH']) {
      const r = await fetch(`${base}/mcp`, { method, headers: { authorization: `Bearer ${aliceKey.key}` } })
      assert.equal(r.status, 405, method)
      assert.equal(r.headers.get('allow'), 'POST')
      assert.equal(((await r.json()) as { jsonrpc: string }).jsonrpc, '2.0', method)
    }
    // (a client ending a session sends DELETE with a JSON content type and no body: refused as a method, not as bad JSON)
    const ending = await fetch(`${base}/mcp`, { method: 'DELETE', headers: { authorization: `Bearer ${aliceKey.key}`, 'content-type': 'application/json' } })
    assert.equal(ending.status, 405)
    // A plain JSON answer (no SSE) with the server's own headers, each request on its own (no session id).
    const list = await post(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list', params: {} }))
    assert.equal(list.status, 200)
    assert.match(list.headers.get('content-type') ?? '', /^application\/json/)
    assert.ok(list.headers.get('x-request-id'))
    assert.equal(list.headers.get('mcp-session-id'), null)
    const body = (await list.json()) as { id: number; result: { tools: Array<{ name: string }> } }
    assert.equal(body.id, 7)
    assert.deepEqual(
      body.result.tools.map((x) => x.name),
      TOOLS,
    )
    // The README's curl example: a tool called in a request of its own.
    const verse = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_verse', arguments: { reference: '2:183-185' } } }))
    const called = (await verse.json()) as { result: { structuredContent: { reference: string }; content: Array<{ text: string }> } }
    assert.equal(called.result.structuredContent.reference, '2:183-185')
    assert.match(called.result.content[0]!.text, /^Qur'an 2:183-185 — /)
  })
})

/** A data directory set up for a child process: a user, a key, surah 2 indexed (the embedded database is on disk). */
async function prepareStdio(): Promise<{ env: Record<string, string>; key: string; keyId: string; userId: string; rt: Runtime; dataDir: string }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-mcp-'))
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    REDIS_PREFIX: `test:${randomUUID()}:`,
    INDEX_CORPUS: 'false',
    MODELS_DIR: path.join(os.tmpdir(), 'fiqh-test-models'),
    NODE_ENV: 'test',
  }
  const rt = await openRuntime(loadConfig({ ...process.env, ...env, LOG_LEVEL: 'silent' }))
  const { user } = await createOrUpdateUser(rt.database.db, { email: `mcp-${randomUUID().slice(0, 8)}@example.org`, password: 'quiet lantern orchard 42', role: 'user' })
  const created = await rt.services.apiKeys.create(user.uid, 'stdio')
  await rt.engine.start()
  const units = loadQuranUnits().filter((u) => u.verses!.surah === 2)
  const state: IndexingState = { status: 'indexing', collection: 'quran', done: 0, total: units.length }
  // Test files share one PostgreSQL database: writing the same verses at once may collide; writing is idempotent.
  for (let attempt = 1; ; attempt++) {
    try {
      await indexUnits(rt.database.db, units, state, rt.engine.vectors())
      break
    } catch (err) {
      if (attempt >= 5) throw err
      await new Promise((r) => setTimeout(r, 100 * attempt))
    }
  }
  await refreshIndexStatistics(rt.database.db)
  return { env, key: created.key, keyId: created.id, userId: user.uid, rt, dataDir }
}

describe('the MCP server over stdio (npm run --silent mcp), through the SDK client', () => {
  let setup: Awaited<ReturnType<typeof prepareStdio>>
  /** The embedded database takes one process: the setup's runtime is closed before the child opens it. */
  const sharedDatabase = Boolean(process.env.DATABASE_URL)
  const protocolErrors: Error[] = []
  let client: Client
  let stderr = ''

  const spawnServer = (env: Record<string, string>) => {
    const transport = new StdioClientTransport({
      command: 'npm',
      args: ['run', '--silent', 'mcp'],
      cwd: root,
      env: { ...(process.env as Record<string, string>), ...setup.env, LOG_LEVEL: 'info', ...env },
      stderr: 'pipe',
    })
    transport.stderr?.on('data', (d: Buffer) => (stderr += d))
    return transport
  }

  before(async () => {
    setup = await prepareStdio()
    if (!sharedDatabase) await setup.rt.close()
    const transport = spawnServer({ FIQH_API_KEY: setup.key })
    client = new Client({ name: 'fiqh-test', version: '1.0.0' })
    await client.connect(transport)
    // Anything on stdout that is not a JSON-RPC message would be reported here.
    transport.onerror = (err) => protocolErrors.push(err)
  })
  after(async () => {
    await client?.close().catch(() => undefined)
    if (sharedDatabase) await setup.rt.close()
    await fs.rm(setup.dataDir, { recursive: true, force: true })
  })

  test('lists the tools and calls them as the key’s owner; logs go to stderr, stdout carries only the protocol', async (ctx) => {
    assert.deepEqual(
      (await client.listTools()).tools.map((x) => x.name),
      TOOLS,
    )
    const started = performance.now()
    const search = await call(client, 'search_sources', { query: 'le jeûne prescrit', kind: 'quran' })
    ctx.diagnostic(`search_sources over stdio: ${(performance.now() - started).toFixed(0)} ms`)
    assert.ok(inRange(z.array(sourceSchema).parse(search.data.items), 2, 183, 183), search.text)
    const verses = await call(client, 'get_verse', { reference: '2:183-184' })
    assert.equal((verses.data.verses as unknown[]).length, 2)
    await toolError(client, 'get_verse', { reference: '2:184-183' }, /runs backwards/)
    await toolError(client, 'get_hadith', { collection: 'nasai', number: 1 }, /"nasai" is not installed\./)
    await toolError(client, 'nope', {}, /Tool nope not found/)
    const shares = await call(client, 'compute_inheritance', {
      deceased: 'male',
      heirs: [
        { relation: 'wife', count: 1 },
        { relation: 'son', count: 1 },
      ],
    })
    assert.deepEqual([shares.data.base, shares.data.base_final], [8, 8])

    const asked = await call(client, 'ask', { question: FAST })
    assert.ok(inRange(z.array(sourceSchema).parse(asked.data.sources), 2, 183, 187), asked.text)
    assert.match(asked.text, /\[1\][\s\S]*\n\nSources :\n\[1\] Coran 2:/)
    await toolError(client, 'ask', { question: FAST, conversation_id: randomUUID() }, /^Conversation not found\.$/)

    assert.match(resourceText(await client.readResource({ uri: 'quran://2/183' }), 0), /FR: /)
    assert.deepEqual(protocolErrors, [])
    assert.match(stderr, /mcp: serving over stdio/)
  })

  test('a deleted key stops working at the next call (the server database is shared: PostgreSQL pass)', { skip: !sharedDatabase && 'the embedded database is held by the child' }, async () => {
    await setup.rt.services.apiKeys.remove(setup.userId, setup.keyId)
    await toolError(client, 'get_verse', { reference: '2:183' }, /unknown or was deleted/)
    const err = await client.readResource({ uri: 'quran://2/183' }).then(
      () => assert.fail('refused'),
      (e: unknown) => e,
    )
    assert.ok(err instanceof McpError && /unknown or was deleted/.test(err.message), String(err))
  })

  test('without a key, or with an unknown one, it says so on stderr, writes nothing on stdout and exits', async () => {
    for (const [env, code, message] of [
      [{ FIQH_API_KEY: '' }, 2, /^mcp: no API key\. Create one/],
      [{ FIQH_API_KEY: 'fiqh_unknown0000000000000000000000000000' }, 1, /^mcp: This API key is unknown or was deleted\.$/m],
    ] as const) {
      if (!sharedDatabase) await client.close() // the embedded database takes one process at a time
      const run = await runScript('src/cli/mcp.ts', [], { ...setup.env, ...env, LOG_LEVEL: 'info' })
      assert.equal(run.code, code, run.stderr)
      assert.match(run.stderr, message)
      assert.equal(run.stdout, '')
    }
  })
})
