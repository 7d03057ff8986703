import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { attributedBooks, attributionOf } from './attributed'

/** The collections named as the source of the quotation written between ⟦ and ⟧. */
function namedFor(marked: string) {
  const start = marked.indexOf('⟦')
  const end = marked.indexOf('⟧') - 1
  return attributedBooks(marked.replace('⟦', '').replace('⟧', ''), start, end)?.sort()
}

describe('the collections an answer names as the source of a hadith', () => {
  test('after it, in brackets or opening the next words, one collection or several', () => {
    assert.deepEqual(namedFor('قال ﷺ: "⟦الطهور شطر الإيمان⟧" (رواه مسلم).'), ['muslim'])
    assert.deepEqual(namedFor('"⟦إنما الأعمال بالنيات⟧" (رواه البخاري ومسلم)'), ['bukhari', 'muslim'])
    assert.deepEqual(namedFor('"⟦لأن يهدي الله بك رجلا واحدا⟧" متفق عليه.'), ['bukhari', 'muslim'])
    assert.deepEqual(namedFor('"⟦لا ضرر ولا ضرار⟧"، رواه ابن ماجة.'), ['ibnmajah'])
    assert.deepEqual(namedFor('"⟦إنما النساء شقائق الرجال⟧" (رواه أبو داود والترمذي، وصححه الألباني)'), ['abudawud', 'tirmidhi'])
    assert.deepEqual(namedFor('"⟦صلوا كما رأيتموني أصلي⟧" (صحيح البخاري: 631)'), ['bukhari'])
    assert.deepEqual(namedFor('"⟦الإيمان بضع وسبعون شعبة⟧" (صحيح مسلم، كتاب الإيمان، الحديث رقم 35)'), ['muslim'])
    assert.deepEqual(namedFor('"⟦الدعاء لا يرد⟧" (النسائي، كتاب الدعاء)'), ['nasai'])
    assert.deepEqual(namedFor('"⟦إذا نام أحدكم⟧" (رواه أبو داود (3483) والترمذي)'), ['abudawud', 'tirmidhi'])
  })

  test('leading into it: the cue nearest the quotation that names a source', () => {
    assert.deepEqual(namedFor('روى البخاري ومسلم عن أبي هريرة أن النبي ﷺ قال: "⟦من كذب علي متعمدا⟧"'), ['bukhari', 'muslim'])
    assert.deepEqual(namedFor('روى البخاري في صحيحه عن عمر أن النبي ﷺ قال: "⟦إنما الأعمال بالنيات⟧"'), ['bukhari'])
    assert.deepEqual(namedFor('وفي صحيح مسلم أن النبي ﷺ قال: "⟦لا يشربن أحدكم قائما⟧"'), ['muslim'])
    assert.deepEqual(namedFor('قال رسول الله ﷺ فيما رواه الترمذي: «⟦خيركم خيركم لأهله⟧»'), ['tirmidhi'])
  })

  test('in English and French', () => {
    assert.deepEqual(namedFor('The Prophet said: "⟦إنما الأعمال بالنيات⟧" (Sahih al-Bukhari 1)'), ['bukhari'])
    assert.deepEqual(namedFor('« ⟦الطهور شطر الإيمان⟧ » (rapporté par Muslim)'), ['muslim'])
    assert.deepEqual(namedFor('"⟦لا ضرر ولا ضرار⟧" (Ibn Majah and Malik)'), ['ibnmajah', 'malik'])
    assert.deepEqual(namedFor('Narrated by Abu Dawud: "⟦إنما النساء شقائق الرجال⟧"'), ['abudawud'])
  })

  test('a narrator, a grader or a compiler outside the catalogue is not a collection', () => {
    assert.equal(namedFor('"⟦لا ضرر ولا ضرار⟧" (رواه أحمد)'), undefined)
    assert.equal(namedFor('"⟦إنما الأعمال بالنيات⟧" (عن أنس بن مالك)'), undefined)
    assert.equal(namedFor('"⟦إنما الأعمال بالنيات⟧" (رواه أنس بن مالك)'), undefined)
    assert.equal(namedFor('"⟦استوصوا بالأسارى خيرا⟧" (صححه الألباني)'), undefined)
    assert.equal(namedFor('In Muslim countries the saying "⟦لا ضرر ولا ضرار⟧" is well known.'), undefined)
    assert.equal(namedFor('"⟦كتب عليكم الصيام⟧" (البقرة: 183)'), undefined)
  })

  test("a source that belongs to the previous or the next quotation is not this one's", () => {
    assert.equal(namedFor('"الطهور شطر الإيمان" (رواه مسلم)، و"⟦لا ضرر ولا ضرار⟧" كذلك.'), undefined)
    assert.equal(namedFor('"⟦لا ضرر ولا ضرار⟧"، وفي البخاري: "إنما الأعمال بالنيات"'), undefined)
    assert.equal(namedFor('روى مسلم حديثا آخر. وقال ﷺ: "⟦لا ضرر ولا ضرار⟧"'), undefined)
  })

  test('where the source is written: from its first name to its last, diacritics and emphasis included', () => {
    const at = (text: string, quote: string) => {
      const start = text.indexOf(quote)
      const found = attributionOf(text, start, start + quote.length)
      return found && text.slice(found.start, found.end)
    }
    assert.equal(at('قال: "الطهور شطر الإيمان" (رَوَاهُ مُسْلِمٌ فِي صَحِيحِهِ).', 'الطهور شطر الإيمان'), 'مُسْلِمٌ')
    assert.equal(at('"لا ضرر ولا ضرار" (رواه **أبو داود** (3483) و**الترمذي**)', 'لا ضرر ولا ضرار'), 'أبو داود** (3483) و**الترمذي')
    assert.equal(at('روى البخاري ومسلم عن أبي هريرة أن النبي ﷺ قال: "من كذب علي متعمدا"', 'من كذب علي متعمدا'), 'البخاري ومسلم')
    assert.equal(at('The Prophet said: "إنما الأعمال بالنيات" (Sahih al-Bukhari 1).', 'إنما الأعمال بالنيات'), 'Sahih al-Bukhari')
  })
})
