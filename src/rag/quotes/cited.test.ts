import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { citedVerses } from './cited'

/** The reference read beside the quotation written between ⟦ and ⟧. */
function citedBeside(marked: string) {
  const start = marked.indexOf('⟦')
  const end = marked.indexOf('⟧') - 1
  return citedVerses(marked.replace('⟦', '').replace('⟧', ''), start, end)
}

describe('the verse reference an answer writes beside a quotation', () => {
  test('after it, in the usual shapes: name and number, « سورة … الآية … », « الآية … من سورة … », numbers only', () => {
    assert.deepEqual(citedBeside('قال تعالى: "⟦كتب عليكم الصيام⟧" (البقرة: 183).'), { surah: 2, from: 183, to: 183 })
    assert.deepEqual(citedBeside('قال تعالى: "⟦إذا نودي للصلاة⟧." (سورة الجمعة، الآية 9)'), { surah: 62, from: 9, to: 9 })
    assert.deepEqual(citedBeside('«⟦والضحى والليل إذا سجى⟧» [الضحى: 1-2]'), { surah: 93, from: 1, to: 2 })
    assert.deepEqual(citedBeside('"⟦إني جاعل في الأرض خليفة⟧" (الآية 30 من سورة البقرة).'), { surah: 2, from: 30, to: 30 })
    assert.deepEqual(citedBeside('"⟦فانكحوا ما طاب لكم⟧" (سورة النساء: ٣)'), { surah: 4, from: 3, to: 3 })
    assert.deepEqual(citedBeside('"⟦لا يكلف الله نفسا إلا وسعها⟧" [2:286]'), { surah: 2, from: 286, to: 286 })
    assert.deepEqual(citedBeside('(⟦ومن يتق الله يجعل له مخرجا⟧) سورة الطلاق (2).'), { surah: 65, from: 2, to: 2 })
  })

  test('a surah named without a number, or by another of its names, is still the surah', () => {
    assert.deepEqual(citedBeside('"⟦وآتوا الزكاة⟧" من سورة البقرة.'), { surah: 2 })
    assert.deepEqual(citedBeside('"⟦تبت يدا أبي لهب وتب⟧" (سورة اللهب: 1)'), { surah: 111, from: 1, to: 1 })
  })

  test("the forms models write: no article, a comma for the colon, markup between, the quote's line ended first", () => {
    assert.deepEqual(citedBeside('"⟦الله يتوفى الأنفس⟧" (زمر: 42).'), { surah: 39, from: 42, to: 42 })
    assert.deepEqual(citedBeside('"⟦شهر رمضان الذي أنزل فيه القرآن⟧" (البقرة، 185).'), { surah: 2, from: 185, to: 185 })
    assert.deepEqual(citedBeside('"⟦ولا تزر وازرة وزر أخرى⟧"<aya_end> (الإسراء: 15).'), { surah: 17, from: 15, to: 15 })
    assert.deepEqual(citedBeside('> **"⟦إن الله مع الصابرين⟧"**\n> (البقرة: 153)'), { surah: 2, from: 153, to: 153 })
    // (a reference on the next line after more words is not this quotation's)
    assert.equal(citedBeside('"⟦إن الله مع الصابرين⟧" قالها لهم\n(البقرة: 153)'), undefined)
  })

  test('before it, when it leads into the quotation', () => {
    assert.deepEqual(citedBeside('قال الله تعالى في سورة البقرة الآية 267: "⟦يا أيها الذين آمنوا أنفقوا⟧"\n'), { surah: 2, from: 267, to: 267 })
    assert.deepEqual(citedBeside('في السورة 31، آية 17: "⟦يا بني أقم الصلاة⟧"، وهذا'), { surah: 31, from: 17, to: 17 })
    assert.deepEqual(citedBeside('آية (31) من سورة النور: {⟦وقل للمؤمنات يغضضن من أبصارهن⟧}.'), { surah: 24, from: 31, to: 31 })
    // (one item of a list of quotations, its reference before it and a colon after: not the previous one's)
    assert.deepEqual(citedBeside('سورة الحجر، الآية 9: "إنا نحن نزلنا الذكر".  سورة فصلت، الآية 53: "⟦سنريهم آياتنا في الآفاق⟧".'), { surah: 41, from: 53, to: 53 })
  })

  test("another quotation's reference, one a sentence further on, or a word that is only a name, is not this quotation's", () => {
    // the reference before the quotation trails the previous one
    assert.equal(citedBeside('"إن أكرمكم عند الله أتقاكم" (سورة الحجرات، الآية 13).  "⟦ومن أحسن قولا⟧" ثم قال'), undefined)
    // the one after the next quotation's opening mark is that quotation's
    assert.equal(citedBeside('"⟦ومن أحسن قولا⟧" و"إن أكرمكم عند الله أتقاكم" (الحجرات: 13)'), undefined)
    assert.equal(citedBeside('"⟦ومن أحسن قولا⟧". وفي موضع آخر (الحجرات: 13)'), undefined)
    assert.equal(citedBeside('"⟦ومن أحسن قولا⟧" وسورة الحجرات، الآية 13: "إن أكرمكم عند الله أتقاكم"'), undefined)
    // « النور » and « الناس » as words, not surahs
    assert.equal(citedBeside('"⟦الله نور السماوات⟧" وهو النور الذي يهدي الناس'), undefined)
    assert.equal(citedBeside('"⟦الله نور السماوات⟧" (بالنور: 35)'), undefined)
  })
})
