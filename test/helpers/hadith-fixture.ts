import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A small hadith-api folder written for the tests (texts of our own, in the upstream layout): two books in
 * Arabic, English and French, with the defects the real editions have — an empty French entry, a number
 * missing from the English, and a French text that belongs to the next number.
 */
interface Entry {
  n: number
  ar?: string
  en?: string
  fr?: string
  grades?: Array<{ name: string; grade: string }>
  book?: number
}

const CHAIN = 'حَدَّثَنَا عَبْدُ اللَّهِ بْنُ مَسْلَمَةَ، عَنْ مَالِكٍ، عَنْ أَبِي الزِّنَادِ، عَنِ الأَعْرَجِ، عَنْ أَبِي هُرَيْرَةَ، أَنَّ '

const FIXTURE_BOOKS: Record<string, { name: string; sections: Record<string, [string, string]>; entries: Entry[] }> = {
  bukhari: {
    name: 'Sahih al Bukhari',
    sections: { '1': ['Fasting', 'كتاب الصوم'], '2': ['Prayer', 'كتاب الصلاة'] },
    entries: [
      {
        n: 1933,
        book: 1,
        ar: `${CHAIN}رَسُولَ اللَّهِ صلى الله عليه وسلم قَالَ ‏"‏ إِذَا نَسِيَ فَأَكَلَ وَشَرِبَ فَلْيُتِمَّ صَوْمَهُ، فَإِنَّمَا أَطْعَمَهُ اللَّهُ وَسَقَاهُ ‏"‏‏.‏`,
        en: 'Narrated Abu Huraira: The Prophet (ﷺ) said, "If somebody eats or drinks forgetfully then he should complete his fast, for what he has eaten or drunk has been given to him by Allah."',
        fr: "Rapporté par Abu Huraira : Le Prophète (ﷺ) a dit : « Si quelqu'un mange ou boit par oubli, qu'il complète son jeûne, car c'est Allah qui l'a nourri et abreuvé. »",
      },
      {
        n: 1934,
        book: 1,
        ar: `${CHAIN}رَسُولَ اللَّهِ صلى الله عليه وسلم كَانَ يُقَبِّلُ وَهُوَ صَائِمٌ‏.‏`,
        en: 'Narrated Aisha: The Prophet (ﷺ) used to kiss and embrace his wives while he was fasting, and he had more power to control his desires than any of you.',
        fr: '',
      },
      {
        n: 1080,
        book: 2,
        ar: `${CHAIN}النَّبِيَّ صلى الله عليه وسلم أَقَامَ تِسْعَةَ عَشَرَ يَقْصُرُ الصَّلاَةَ فِي السَّفَرِ‏.‏`,
        en: 'Narrated Ibn Abbas: The Prophet (ﷺ) stayed for nineteen days during which he prayed shortened prayers while travelling.',
        fr: 'Rapporté par Ibn Abbas : Le Prophète (ﷺ) séjourna dix-neuf jours pendant lesquels il raccourcissait les prières en voyage.',
      },
      {
        n: 1081,
        book: 2,
        ar: `${CHAIN}النَّبِيَّ صلى الله عليه وسلم صَلَّى الظُّهْرَ بِالْمَدِينَةِ أَرْبَعًا وَالْعَصْرَ بِذِي الْحُلَيْفَةِ رَكْعَتَيْنِ‏.‏`,
        fr: "Rapporté par Anas bin Malik : J'ai prié le Zuhr à Médine avec le Prophète, quatre rak'at, et l'Asr à Dhul-Hulaifa, deux rak'at.",
      },
    ],
  },
  malik: {
    name: 'Muwatta Malik',
    sections: { '1': ['Zakat', 'كتاب الزكاة'] },
    entries: [
      {
        n: 580,
        book: 1,
        grades: [{ name: 'Al-Albani', grade: 'Sahih' }],
        ar: 'وَحَدَّثَنِي عَنْ مَالِكٍ، عَنْ عَبْدِ الرَّحْمَنِ بْنِ الْقَاسِمِ، عَنْ أَبِيهِ، أَنَّ عَائِشَةَ كَانَتْ تَلِي بَنَاتِ أَخِيهَا يَتَامَى فِي حَجْرِهَا لَهُنَّ الْحَلْىُ فَلاَ تُخْرِجُ مِنْ حُلِيِّهِنَّ الزَّكَاةَ‏.‏',
        en: "Yahya related to me from Malik from Abd ar-Rahman ibn al-Qasim that his father said that A'isha looked after the orphan daughters of her brother, who had jewellery, and she did not take zakat from their jewellery.",
        fr: 'Abd Al-Rahman Ibn Al-Qassem a rapporté que son père a dit : Aicha prenait soin des filles orphelines de son frère, qui possédaient des bijoux, et elle ne prélevait pas la zakat sur leurs bijoux.',
      },
      {
        n: 581,
        book: 1,
        grades: [{ name: 'Al-Albani', grade: 'Daif' }],
        ar: 'وَحَدَّثَنِي عَنْ مَالِكٍ، عَنْ نَافِعٍ، أَنَّ عَبْدَ اللَّهِ بْنَ عُمَرَ كَانَ يُحَلِّي بَنَاتِهِ وَجَوَارِيَهُ الذَّهَبَ ثُمَّ لاَ يُخْرِجُ مِنْ حُلِيِّهِنَّ الزَّكَاةَ‏.‏',
        en: 'Yahya related to me from Malik from Nafi that Abdullah ibn Umar used to adorn his daughters and slave-girls with gold and did not take zakat from their jewellery.',
        // The French of the next number: left out as misaligned, never shown as 581.
        fr: 'Zaynab Bint Jahsh et Hafsa Bint Sirin rapportèrent que Mouhammad Ibn Sirin interrogea Shurayh au sujet de la zakat sur les perles.',
      },
      {
        n: 582,
        book: 1,
        ar: 'وَحَدَّثَنِي عَنْ مَالِكٍ، أَنَّهُ سَمِعَ أَنَّ الزَّكَاةَ لاَ تَجِبُ فِي اللُّؤْلُؤِ‏.‏',
        en: 'Malik said that Zaynab bint Jahsh and Hafsa bint Sirin heard Muhammad ibn Sirin ask Shurayh about zakat on pearls, and there is no zakat on pearls.',
        fr: 'Malek a dit qu’il n’y a pas de zakat sur les perles.',
      },
    ],
  },
}

const PREFIX = { ara: 'ar', eng: 'en', fra: 'fr' } as const

export function editionJson(book: string, prefix: keyof typeof PREFIX): string {
  const spec = FIXTURE_BOOKS[book]!
  const lang = PREFIX[prefix]
  const hadiths = spec.entries
    .filter((e) => e[lang] !== undefined)
    .map((e) => ({ hadithnumber: e.n, arabicnumber: e.n, text: e[lang]!, grades: e.grades ?? [], reference: { book: e.book ?? 1, hadith: e.n } }))
  const sections = Object.fromEntries(Object.entries(spec.sections).map(([k, [title]]) => [k, title]))
  const section_details = Object.fromEntries(Object.entries(spec.sections).map(([k, [, native]]) => [k, { hadithnumber_first: 1, hadithnumber_last: 9999, name_native: native }]))
  return JSON.stringify({ metadata: { name: `${spec.name} (${prefix})`, sections, section_details }, hadiths }, null, 1)
}

/** Writes the fixture folder (editions.json + editions/) and returns its path. */
export async function writeHadithFixture(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-hadith-src-'))
  await fs.mkdir(path.join(dir, 'editions'))
  const catalogue: Record<string, unknown> = {}
  for (const book of Object.keys(FIXTURE_BOOKS)) {
    catalogue[book] = {
      name: FIXTURE_BOOKS[book]!.name,
      collection: (Object.keys(PREFIX) as Array<keyof typeof PREFIX>).map((p) => ({ name: `${p}-${book}`, book, language: p, link: `editions/${p}-${book}.json` })),
    }
    for (const p of Object.keys(PREFIX) as Array<keyof typeof PREFIX>) await fs.writeFile(path.join(dir, 'editions', `${p}-${book}.json`), editionJson(book, p))
  }
  await fs.writeFile(path.join(dir, 'editions.json'), JSON.stringify(catalogue))
  return dir
}

/** What the stand-in CDN does to one edition's next request. */
export type Fault = 'truncate' | 'not-json' | 'wrong-shape' | 'stall' | 'error-once' | 'huge' | 'cut-then-resume'

/**
 * A local HTTP server in the CDN's URL layout (`/gh/fawazahmed0/hadith-api@1/editions/<name>.json`) serving a
 * folder, honouring Range requests, with faults injected per edition name.
 */
export async function startHadithCdn(dir: string): Promise<{ base: string; faults: Map<string, Fault>; requests: string[]; close(): Promise<void> }> {
  const faults = new Map<string, Fault>()
  const requests: string[] = []
  const prefix = '/gh/fawazahmed0/hadith-api@1/'
  const server = http.createServer(async (req, res) => {
    requests.push(`${req.method} ${req.url}${req.headers.range ? ` ${req.headers.range}` : ''}`)
    if (!req.url?.startsWith(prefix)) return res.writeHead(404).end()
    const rel = decodeURIComponent(req.url.slice(prefix.length))
    const body = await fs.readFile(path.join(dir, rel)).catch(() => null)
    if (!body) return res.writeHead(404).end('not found')
    const name = path.basename(rel, '.json')
    const fault = faults.get(name)
    if (req.method === 'HEAD') return res.writeHead(200, { 'content-length': body.length }).end()
    if (fault === 'error-once') {
      faults.delete(name)
      return res.writeHead(503).end('busy')
    }
    if (fault === 'not-json') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Bandwidth exceeded</html>')
    if (fault === 'wrong-shape') return res.writeHead(200).end(JSON.stringify({ metadata: { name: 'x' }, hadiths: [{ number: 1, body: 'no' }] }))
    if (fault === 'huge') return res.writeHead(200, { 'content-length': 200 * 1024 * 1024 }).end()
    if (fault === 'stall') {
      res.writeHead(200, { 'content-length': body.length })
      res.write(body.subarray(0, 100))
      return // never ends: the client's idle timeout must give up
    }
    if (fault === 'truncate') {
      // Sends half, then closes: a complete-looking 200 whose JSON ends mid-way.
      res.writeHead(200)
      return res.end(body.subarray(0, Math.floor(body.length / 2)))
    }
    const range = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ''))
    if (range) {
      const start = Number(range[1])
      res.writeHead(206, { 'content-length': body.length - start, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` })
      return res.end(body.subarray(start))
    }
    if (fault === 'cut-then-resume') {
      // Announces the whole length, sends a third and breaks the connection; the retry asks for the rest.
      faults.delete(name)
      res.writeHead(200, { 'content-length': body.length })
      res.write(body.subarray(0, Math.floor(body.length / 3)))
      return setTimeout(() => res.socket?.destroy(), 20)
    }
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}/gh/fawazahmed0/hadith-api@1`,
    faults,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
