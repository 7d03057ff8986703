/**
 * Whether a translation sits at the right number. Editions of one book are aligned by `hadithnumber`, but
 * not perfectly (some French Malik entries are another number's text). Translations in Latin script are
 * compared by their proper names, reduced to skeletons so that « Hicham Ibn Ourwa » meets "Hisham ibn
 * Urwa": a text that shares no distinctive name with its own number's English but several with a
 * neighbour's is taken as shifted, and left out rather than shown under the wrong number.
 */
function skeleton(word: string): string {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/ch/g, 'sh')
  // Vowels carry the transliterations' disagreements; the first letter and the consonants carry the name.
  // (an initial vowel is kept, as one sign: « Omar » and "Umar" both give amr).
  return (w.slice(0, 1).replace(/[aeiouy]/, 'a') + w.slice(1).replace(/[aeiouyw]/g, '')).replace(/(.)\1+/g, '$1').replace(/h$/, '')
}

/** The capitalised words of a text (names, mostly) as skeletons. */
export function nameSkeletons(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/[A-Z][\p{L}'’`-]{2,}/gu)) {
    const s = skeleton(m[0].replace(/['’`].*$/, ''))
    if (s.length >= 2) out.add(s)
  }
  return out
}

/** Skeletons found in more than 8 % of the reference texts (Allah, Prophet, Narrated…) say nothing about alignment. */
export function commonSkeletons(texts: Iterable<Set<string>>): Set<string> {
  const df = new Map<string, number>()
  let n = 0
  for (const set of texts) {
    n++
    for (const s of set) df.set(s, (df.get(s) ?? 0) + 1)
  }
  return new Set([...df].filter(([, c]) => c > Math.max(2, n * 0.08)).map(([s]) => s))
}

function shared(a: Set<string>, b: Set<string> | undefined, common: Set<string>): number {
  if (!b) return 0
  let k = 0
  for (const x of a) if (!common.has(x) && b.has(x)) k++
  return k
}

/**
 * True when `text` shares no distinctive name with its own reference but two or more with a neighbour's.
 * A reference with no distinctive name of its own ("As above") cannot judge, so the text is kept.
 */
export function looksShifted(text: Set<string>, own: Set<string> | undefined, neighbours: Array<Set<string> | undefined>, common: Set<string>): boolean {
  if (!own || ![...own].some((x) => !common.has(x)) || shared(text, own, common) > 0) return false
  return neighbours.some((n) => shared(text, n, common) >= 2)
}
