import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { makeDocx, makeDocxBomb, makeManyPagePdf, makePdf } from '../../../test/helpers/files'
import { htmlToMarkdownText } from './html'
import { parseInWorker } from './in-worker'
import { DEFAULT_LIMITS, LimitExceeded, type ParseLimits } from './limits'
import { parseDocument } from './parse'

const limits = (over: Partial<ParseLimits> = {}): ParseLimits => ({ ...DEFAULT_LIMITS, ...over })

/** Rejects with a LimitExceeded naming `limit`. */
async function refusedFor(work: Promise<unknown>, limit: LimitExceeded['limit']): Promise<string> {
  const err = await work.then(
    () => assert.fail(`accepted; expected a refusal for ${limit}`),
    (e: unknown) => e,
  )
  assert.ok(err instanceof LimitExceeded, `a LimitExceeded, not ${String(err)}`)
  assert.equal(err.limit, limit, err.message)
  return err.message
}

describe('HTML as text', () => {
  test('headings, paragraphs and entities; scripts, styles and navigation dropped', () => {
    const text = htmlToMarkdownText(
      '<html><head><title>t</title><style>p{}</style></head><body><nav>menu</nav><h2>Le <b>jeûne</b></h2><p>Il est prescrit&nbsp;: voir 2:183 &amp; 2:184.</p><script>alert(1)</script><ul><li>un</li><li>deux</li></ul></body></html>',
    )
    assert.equal(text, '## Le jeûne\n\nIl est prescrit : voir 2:183 & 2:184.\n\nun\n\ndeux')
  })

  test('400 KB of unclosed <script tags (the attack that froze the server) is read within 10 s (the regular expressions it replaces took minutes)', async () => {
    const hostile = new TextEncoder().encode(`<html><body>${'<script '.repeat(50_000)}`)
    const parsed = await parseInWorker(hostile, 'html', limits({ timeMs: 10_000 }))
    assert.deepEqual(parsed.chunks, [])
  })
})

describe('limits on hostile files', () => {
  test('a DOCX bomb is refused from its directory, before anything inflates it', async () => {
    const message = await refusedFor(parseDocument(await makeDocxBomb(5_000_000), 'docx', limits({ inflatedBytes: 1_000_000 })), 'inflatedBytes')
    assert.match(message, /more than 1 MB once inflated/)
    // With the default limits, the same file is refused for its ratio (a text part 1,000 times its size).
    await refusedFor(parseDocument(await makeDocxBomb(5_000_000), 'docx'), 'inflateRatio')
  })

  test('a DOCX bomb whose directory lies about its size is stopped at the first byte too many', async () => {
    await refusedFor(parseDocument(await makeDocxBomb(5_000_000, { lie: true }), 'docx'), 'inflatedBytes')
  })

  test('a PDF with more pages than allowed is refused before its pages are read', async () => {
    const message = await refusedFor(parseDocument(makeManyPagePdf(2_500), 'pdf'), 'pages')
    assert.match(message, /2500 pages \(at most 2000\)/)
  })

  test('more passages or characters than allowed are refused', async () => {
    const text = new TextEncoder().encode(Array.from({ length: 20 }, (_, i) => `Paragraphe ${i} ${'mot '.repeat(300)}`).join('\n\n'))
    await refusedFor(parseDocument(text, 'text', limits({ passages: 5 })), 'passages')
    await refusedFor(parseDocument(text, 'text', limits({ chars: 1_000 })), 'chars')
  })

  test('a legitimate DOCX and PDF read as before, through the worker thread', async () => {
    const docx = await parseInWorker(await makeDocx('Chapitre', ['Le jeûne du voyageur.']), 'docx', DEFAULT_LIMITS)
    assert.equal(docx.chunks[0]?.heading, 'Chapitre')
    const pdf = await parseInWorker(makePdf(['Page un.', 'Page deux.']), 'pdf', DEFAULT_LIMITS)
    assert.deepEqual(
      pdf.chunks.map((c) => c.page),
      [1, 2],
    )
  })

  test('the worker thread is stopped at its time limit, and at once when cancelled', async () => {
    // No thread can even start in 1 ms: the limit fires first.
    await refusedFor(parseInWorker(makePdf(['x']), 'pdf', limits({ timeMs: 1 })), 'timeMs')
    const cancel = new AbortController()
    const parsing = parseInWorker(makeManyPagePdf(1_500), 'pdf', DEFAULT_LIMITS, cancel.signal)
    cancel.abort()
    await refusedFor(parsing, 'cancelled')
  })
})
