import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp()
  await t.indexQuran([2])
})
after(() => t.close())

describe('exporting a conversation', () => {
  test('as Markdown and as JSON, with each answer’s numbered sources; someone else’s is a 404', async () => {
    const u = await t.newUser()
    const conv = (await t.request('POST', '/api/v1/conversations', { token: u.access, body: { title: 'Le jeûne : qui ?' } })).body.id
    const asked = await t.request('POST', `/api/v1/conversations/${conv}/messages`, { token: u.access, body: { content: 'Le jeûne est-il prescrit aux croyants ?' } })
    assert.equal(asked.status, 201)
    const firstRef: string = asked.body.assistant_message.sources[0].reference

    const md = await t.request('GET', `/api/v1/conversations/${conv}/export`, { token: u.access })
    assert.equal(md.status, 200)
    assert.match(String(md.headers['content-type']), /^text\/markdown/)
    assert.match(String(md.headers['content-disposition']), /^attachment; filename="Le-je_ne-qui\.md"; filename\*=UTF-8''Le-je%C3%BBne-qui\.md$/)
    assert.match(md.text, /^# Le jeûne : qui \?\n/)
    assert.match(md.text, /— Question\n\nLe jeûne est-il prescrit aux croyants \?/)
    assert.match(md.text, /— Answer \(extractive\)\n\n/)
    assert.ok(md.text.includes(`### Sources\n\n- [1] **${firstRef}** (quran) — `), md.text)

    const json = await t.request('GET', `/api/v1/conversations/${conv}/export?format=json`, { token: u.access })
    assert.equal(json.status, 200)
    assert.equal(json.body.format, 'fiqh-rag.conversation.v1')
    assert.equal(json.body.messages.length, 2)
    assert.equal(json.body.messages[1].sources[0].reference, firstRef)
    assert.match(String(json.headers['content-disposition']), /\.json"/)

    const bob = await t.newUser()
    assert.equal((await t.request('GET', `/api/v1/conversations/${conv}/export`, { token: bob.access })).status, 404)
    assert.equal((await t.request('GET', `/api/v1/conversations/${conv}/export?format=pdf`, { token: u.access })).status, 422)
  })
})
