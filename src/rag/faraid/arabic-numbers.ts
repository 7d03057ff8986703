/**
 * Arabic cardinal numbers as inheritance questions write them: digits (Western or Arabic-Indic), number words
 * in either gender and case («ثلاث», «ثلاثة», «اثنين», «اثنا عشر», «أربعة وعشرين», «مائة»), over normalised words.
 */
const UNITS: Record<string, number> = {
  صفر: 0,
  واحد: 1,
  واحدة: 1,
  احد: 1,
  احدي: 1,
  اثنان: 2,
  اثنين: 2,
  // (the spoken «اتنين»; the Gulf «ثنتين», «ثنين»; the Maghrebi «جوج», «زوز»)
  اتنين: 2,
  ثنتين: 2,
  ثنتان: 2,
  ثنين: 2,
  جوج: 2,
  زوز: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثنتا: 2,
  اثني: 2,
  // (the genitive of the feminine twelve: «اثنتي عشرة بنتا»)
  اثنتي: 2,
  ثلاث: 3,
  ثلاثة: 3,
  اربع: 4,
  اربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانية: 8,
  تسع: 9,
  تسعة: 9,
  // (spoken: «تلات بنات», «تلاتة أولاد», «تمن», «تمنية»)
  تلات: 3,
  تلاتة: 3,
  تلاته: 3,
  تمن: 8,
  تماني: 8,
  تمنية: 8,
  تمانية: 8,
}
const TEN = new Set(['عشر', 'عشرة'])
const TENS: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
}
const HUNDREDS: Record<string, number> = {
  مائة: 100,
  مئة: 100,
  مائتان: 200,
  مائتا: 200,
  مائتي: 200,
  مئتي: 200,
  مئتا: 200,
  مائتين: 200,
  مئتان: 200,
  مئتين: 200,
  ثلاثمائة: 300,
  ثلاثمئة: 300,
  اربعمائة: 400,
  اربعمئة: 400,
  خمسمائة: 500,
  خمسمئة: 500,
  ستمائة: 600,
  ستمئة: 600,
  سبعمائة: 700,
  سبعمئة: 700,
  ثمانمائة: 800,
  ثمانمئة: 800,
  ثمانيمائة: 800,
  تسعمائة: 900,
  تسعمئة: 900,
}

/** A word without its conjunction «و», when what is left is a number word. */
const bare = (w: string) => (w.length > 2 && w.startsWith('و') && isNumberWord(w.slice(1)) ? w.slice(1) : w)
const isNumberWord = (w: string) => w in UNITS || TEN.has(w) || w in TENS || w in HUNDREDS || w in THOUSANDS

const THOUSAND = /^و?(الف|الفا|الاف)$/
const THOUSANDS: Record<string, number> = { الف: 1000, الفا: 1000, الفان: 2000, الفين: 2000, مليون: 1_000_000, مليونا: 1_000_000, مليونان: 2_000_000, مليونين: 2_000_000 }
const MILLION = /^و?(مليون|مليونا|ملايين)$/

/**
 * The number starting at word `i`, and how many words it spans, thousands and millions included («أربعة وعشرون
 * ألفاً», «ألفان وخمسمائة», «مليون ومائتا ألف»).
 */
export function numberAt(words: readonly string[], i: number): { value: number; length: number } | undefined {
  const small = belowThousand(words, i)
  const w = bare(words[i] ?? '')
  let value: number
  let length: number
  if (small && (THOUSAND.test(words[i + small.length] ?? '') || MILLION.test(words[i + small.length] ?? ''))) {
    value = small.value * (MILLION.test(words[i + small.length]!) ? 1_000_000 : 1000)
    length = small.length + 1
  } else if (!small && w in THOUSANDS) {
    value = THOUSANDS[w]!
    length = 1
  } else return small
  // «… ألفاً ومائتان», «مليون ومائتا ألف»: what follows, if smaller
  const rest = words[i + length]
  if (rest?.startsWith('و') && rest.length > 2) {
    const tail = numberAt([rest.slice(1), ...words.slice(i + length + 1)], 0)
    if (tail && tail.value < value) return { value: value + tail.value, length: length + tail.length }
  }
  return { value, length }
}

function belowThousand(words: readonly string[], i: number): { value: number; length: number } | undefined {
  const w = words[i]
  if (w === undefined) return undefined
  if (/^\d+$/.test(w)) return { value: Number(w), length: 1 }
  const first = bare(w)
  let value: number
  let length = 1
  if (first in HUNDREDS) value = HUNDREDS[first]!
  else if (first in TENS) return { value: TENS[first]!, length: 1 }
  else if (TEN.has(first)) return { value: 10, length: 1 }
  else if (first in UNITS && /^(مائة|مئة)$/.test(words[i + 1] ?? '') && UNITS[first]! >= 3) {
    // «خمس مائة»: the hundreds written in two words
    value = UNITS[first]! * 100
    length = 2
  } else if (first in UNITS) {
    value = UNITS[first]!
    const next = words[i + 1]
    if (next !== undefined && TEN.has(next)) return { value: value + 10, length: 2 }
    if (next?.startsWith('و') && next.slice(1) in TENS) return { value: value + TENS[next.slice(1)]!, length: 2 }
    return { value, length }
  } else return undefined
  // «مائة وعشرون», «مائة واثنا عشر»
  const rest = words[i + length]
  if (rest?.startsWith('و') && isNumberWord(rest.slice(1))) {
    const tail = belowThousand([rest.slice(1), ...words.slice(i + length + 1)], 0)
    if (tail) {
      value += tail.value
      length += tail.length
    }
  }
  return { value, length }
}
