import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { distribute } from '../src/rag/faraid/compute'
import { beyondShares, chooseOption, estateOf, splitQuestion } from './inheritance-answer'

/** The letter chosen for a question and its options, computed in the Hanbali school. */
function choose(text: string, options: string[]): string {
  const q = splitQuestion(text)
  assert.ok(q, text)
  const d = distribute({ deceased: q.family.deceased ?? 'male', heirs: q.family.heirs, school: 'hanbali' })
  const c = chooseOption(q, d, options)
  return typeof c === 'number' ? 'ABCDEF'[c]! : c
}

describe('QIAS options matched to the computed shares', () => {
  test('«لكل واحد سهمان» is two shares each, not one', () => {
    const options = [
      'الأم: السدس، الزوج: النصف، الشقيقة: النصف، الأخت من الأب: السدس، الإخوة من الأم: الثلث',
      'الأم: ثلاثة أسهم، الزوج: تسعة أسهم، الشقيقة: تسعة أسهم، الأخت من الأب: ثلاثة أسهم، الإخوة من الأم: لكل واحد سهمان',
      'الأم: السدس، الزوج: تسعة أسهم، الشقيقة: النصف، الأخت من الأب: ثلاثة أسهم، الإخوة من الأم: ستة أسهم',
      'الأم: سهمان، الزوج: ثمانية أسهم، الشقيقة: عشرة أسهم، الأخت من الأب: سهمان، الإخوة من الأم: لكل واحد سهم واحد',
    ]
    assert.equal(choose('توفيت امرأة عن أم، وزوج، وأخت شقيقة، وأخت لأب، وثلاثة إخوة لأم. ما هو النصيب النهائي لكل وارث؟', options), 'B')
  })
  test('asked for each heir («لكل وارث»), of two right tables the one giving each member of a group his part', () => {
    const options = [
      'الزوج: تسعة أسهم، الأم: ستة أسهم، الأعمام: ثلاثة أسهم (مجموعهم)',
      'الزوج: تسعة أسهم، الأم: ستة أسهم، الأعمام: سهم لكل واحد',
      'الزوج: ستة أسهم، الأم: تسعة أسهم، الأعمام: سهم لكل واحد',
    ]
    assert.equal(choose('توفيت عن زوج، وأم، وثلاثة أعمام أشقاء. ما هو النصيب النهائي لكل وارث من التركة؟', options), 'B') // (a remark on one of a group, «والبنت الكبرى لها نصيب خاص», gives no one his part)
    const remark = ['الزوجة: الثمن، الأبناء والبنات: الباقي للذكر مثل حظ الأنثيين', 'الزوجة: الثمن، الأبناء والبنات: الباقي، والبنت الكبرى لها نصيب خاص']
    assert.notEqual(choose('توفي عن زوجة، وخمسة أبناء، وأربع بنات. ما هو النصيب النهائي لكل وارث من التركة؟', remark), 'B')
  })
  test('«من هم الورثة المحجوبون؟»: the heirs named between «من» and the verb', () => {
    const options = ['الابن والبنت', 'الأخ الشقيق', 'الأخ الشقيق والزوجة', 'لا أحد', 'الزوجة', 'الابن']
    assert.equal(choose('توفي عن زوجة وابن وبنت وأخ شقيق. من هم الورثة المحجوبون؟', options), 'B')
  })
  test('a kinsman the family lacks who would receive nothing if he were there: nothing, and why', () => {
    const options = ['النصف', 'الثلث', 'السدس', 'الباقي تعصيباً', 'لا شيء لهم', 'الربع']
    assert.equal(choose('توفي عن خمسة أبناء ذكور. ما نصيب أبناء الابن المتوفى من تركة جدهم؟', options), 'E')
    const why = ['نعم، يرثون بالتعصيب', 'نعم، يرثون بالفرض', 'لا، لأنهم محجوبون', 'لا، لأنهم من ذوي الرحم', 'نعم، يرثون ما بقي', 'لا أدري']
    assert.equal(choose('توفيت عن ثلاث بنات وأخ شقيق. هل يرث أبناء الأخت الشقيقة؟', why), 'D')
  })
  test('a label joining two groups before its colon («الإخوة والأخوات لأم: الثلث») is one part; one lumping in kin who get nothing is wrong', () => {
    const joint = [
      'الزوج: النصف، الأم: السدس، الإخوة والأخوات لأم: السدس.',
      'الزوج: النصف، الأم: السدس، الإخوة والأخوات لأم: الثلث.',
      'الزوج: الربع، الأم: السدس، الإخوة والأخوات لأم: الثلث.',
      'الزوج: النصف، الأم: الثلث، الإخوة والأخوات لأم: السدس.',
      'الزوج: النصف، الأم: السدس، الإخوة والأخوات لأم: لا شيء.',
      'الزوج: الربع، الأم: الربع، الإخوة والأخوات لأم: النصف.',
    ]
    assert.equal(choose('توفيت عن زوج وأم وأخوين لأم وأخت لأم. ما هو النصيب النهائي لكل وارث؟', joint), 'B')
    const lumped = [
      'البنت: النصف، أبناء الأخ الذكور والإناث: الباقي.',
      'البنت: النصف، أبناء الأخ الذكور: الباقي، بنات الأخ: لا شيء.',
      'البنت: الكل، أبناء الأخ الذكور: لا شيء، بنات الأخ: لا شيء.',
      'البنت: النصف، أبناء الأخ الذكور: النصف، بنات الأخ: النصف.',
      'البنت: الثلثان، أبناء الأخ الذكور: الثلث، بنات الأخ: لا شيء.',
      'البنت: النصف، أبناء الأخ الذكور: الربع، بنات الأخ: الربع.',
    ]
    assert.equal(choose('توفي عن بنت وأبناء أخ ذكورا وإناثا. ما هو النصيب النهائي لكل وارث؟', lumped), 'B')
  })
  test('between tables that agree alike, the one counting every heir in sihām', () => {
    const options = [
      'الزوجة: خمسة أسهم، الأخ الشقيق: ستة أسهم، الأخت الشقيقة: ثلاثة أسهم',
      'الزوجة: الربع، الأخ الشقيق: ستة أسهم، الأخت الشقيقة: ثلاثة أسهم',
      'الزوجة: خمسة أسهم، الأخ الشقيق: تسعة أسهم، الأخت الشقيقة: ثلاثة أسهم',
      'الزوجة: الثمن، الأخ الشقيق: ستة أسهم، الأخت الشقيقة: ثلاثة أسهم',
    ]
    assert.equal(choose('توفي عن زوجة واحدة، وأخ شقيق واحد، وثلاث أخوات شقيقات. ما هو النصيب النهائي لكل وارث من التركة؟', options), 'A')
  })
  test('«قبل العول» asks for the base the ʿawl raises; «مثلي» is twice', () => {
    assert.equal(choose('توفي عن: زوج وأم وأخت شقيقة. ما هو العدد الذي تُقسم منه التركة قبل العول؟', ['اثنان', 'ثلاثة', 'أربعة', 'ستة', 'ثمانية', 'اثنا عشر']), 'D')
    assert.equal(choose('توفي عن: ابن، وبنت. ما نسبة نصيب الابن مقارنة بنصيب البنت؟', ['يساويه', 'للابن مثلي نصيب البنت', 'للابن ثلاثة أضعاف نصيب البنت', 'للابن نصف نصيب البنت']), 'B')
  })
  test('«لا شيء» among numbers of shares is the answer for an excluded heir, and for him only', () => {
    const options = ['سهم واحد', 'سهمان', 'ثلاثة أسهم', 'أربعة أسهم', 'خمسة أسهم', 'لا شيء']
    assert.equal(choose('توفي عن ابن (2)، جد (أب الأب)، أخ من الأم (2)\nكم عدد أسهم الأخوين من الأم من أسهم التركة الكلية؟', options), 'F')
    assert.equal(choose('توفي عن: ذكر، وترك: (3) ابن، (2) بنت، (1) زوجة.\nكم عدد أسهم كل بنت من مجموع الأسهم؟', ['7', '8', '14', '42', '64', 'لا شيء']), 'A')
  })
  test('«ليس لهم نصيب» says nothing, «لها حق في الميراث» that she inherits', () => {
    const options = ['ليس لها أي حق في الميراث', 'حقها مشروط بعدم وجود أبناء ذكور', 'حقها يسقط إذا كان هناك أم', 'لها حق في الميراث']
    assert.equal(choose('توفي عن أبناء، أم، بنت: هل للبنت حق في الميراث؟', options), 'D')
    assert.equal(choose('توفي عن ابنين وبنت وأم وأخ شقيق: هل للأخ حق في الميراث؟', ['ليس له أي حق في الميراث', 'حقه في العقارات فقط', 'له حق في الميراث']), 'A')
    assert.equal(choose('توفيت عن ابن أخ شقيق وابن أخت شقيقة. ما نصيب ابن الأخت؟', ['النصف', 'الثلث', 'السدس', 'ليس لهم نصيب', 'الباقي تعصيباً']), 'D')
  })
  test('a table in the money the question states answers before the same table in sihām; «عاصب» is a residuary', () => {
    const options = ['الأم: 10000، البنت: 12857.14، كل ابن: 25714.28', 'الأم: 18000، البنت: 12857.14، كل ابن: 25714.28', 'الأم: 7 أسهم، البنت: 5 أسهم، كل ابن: 10 أسهم']
    assert.equal(choose('توفي عن أم، وبنت، و3 أبناء، وترك تركة مقدارها 108000. ما هو النصيب النهائي لكل وارث من التركة؟', options), 'B')
    assert.equal(choose('توفي عن أم، وبنت، و3 أبناء. ما هو النصيب النهائي لكل وارث من التركة؟', options), 'C')
    assert.equal(choose('توفي عن بنات وعم شقيق. ما هو وصف العم الشقيق في الميراث؟', ['صاحب فرض', 'ذو رحم', 'محجوب', 'عاصب']), 'D')
  })
  test('«نصيب كل وارث» asks what each heir ends with, the return included', () => {
    const options = [
      'الزوجة: الثمن، البنات الأربع: سبعة أثمان يقسم بينهن بالتساوي.',
      'الزوجة: الثمن، البنات الأربع: الثلثان يقسم بينهن بالتساوي.',
      'الزوجة: الربع، البنات الأربع: ثلاثة أرباع يقسم بينهن بالتساوي.',
      'الزوجة: السدس، البنات الأربع: خمسة أسداس يقسم بينهن بالتساوي.',
    ]
    assert.equal(choose('توفي عن زوجة وأربع بنات، وترك مبلغ ثلاثين ألف جنيه. ما نصيب كل وارث من التركة؟', options), 'A')
  })
  test('«السدس تكملة للثلثين» is a sixth, and a fixed share named under an ʿawl is the answer', () => {
    const options = [
      'الزوجة: الربع، الأم: السدس، الأخت الشقيقة: النصف، الأخت لأب: السدس تكملة للثلثين.',
      'الزوجة: الثمن، الأم: السدس، الأخت الشقيقة: النصف، الأخت لأب: السدس تكملة للثلثين.',
      'الزوجة: الربع، الأم: الثلث، الأخت الشقيقة: النصف، الأخت لأب: السدس تكملة للثلثين.',
      'الزوجة: الربع، الأم: السدس، الأخت الشقيقة: الثلثين، الأخت لأب: لا شيء.',
      'الزوجة: الربع، الأم: السدس، الأخت الشقيقة: النصف، الأخت لأب: لا شيء.',
    ]
    assert.equal(choose('توفي عن زوجة، وأم، وأخت شقيقة، وأخت لأب. ما هو النصيب النهائي لكل وارث من التركة؟', options), 'A')
  })
  test('«من الباقي» asks a residuary’s part of what the sharers leave', () => {
    const options = ['الثلث', 'النصف', 'السدس', 'الثلثان', 'نصف السدس', 'الربع']
    const q = 'توفي رجل وترك زوجة، وأختا لأب وأم، وأختا أخرى لأب، وأخا لأب من أم أخرى. ما نصيب الأخت لأب من الباقي من التركة؟'
    assert.equal(choose(q, options), 'A')
    assert.equal(choose(q.replace(' من الباقي', ''), options), 'E')
  })
  test('who excludes, when every option names two heirs; a ratio said in digits; «وللأخت» starts a part', () => {
    const who = ['الزوجة والأبوين', 'الابن والبنت', 'الأبوين والزوجة', 'الابن والأب', 'البنت والأم', 'الزوجة والابن']
    assert.equal(choose('توفي رجل، وترك أبوين، وله إخوة وأخوات، وله زوجة، وولدان: ذكر وأنثى. من الذي حجب إخوة الميت وأخواته حجب حرمان في هذه المسألة؟', who), 'D')
    const ratio = ['متساوية (1:1)', 'للذكر مثل حظ الأنثى (1:2)', 'للذكر مثل حظ الأنثيين (2:1)', 'للأنثى مثل حظ الذكر (1:1)', 'للأنثى مثل حظ الذكرين (1:2)', 'لا يرثان']
    assert.equal(choose('توفي عن ابن وبنت وزوجة: ما هي نسبة ميراث الابن إلى البنت في الباقي من التركة؟', ratio), 'C')
    const split = [
      'للبنت الثلث وللأخت لأب الثلثان',
      'للبنت الربع وللأخت لأب الباقي',
      'للبنت النصف وللأخت لأب النصف',
      'للبنت الثلثان وللأخت لأب الثلث',
      'للبنت السدس وللأخت لأب الباقي',
      'التركة كلها للبنت',
    ]
    assert.equal(choose('توفي عن بنت وأخت لأب. كيف تقسم التركة بينهما؟', split), 'C')
  })
  test('«ما بقي بعد فرض البنات» is a residue, not a fixed share; «للإخوة للأم» are the maternal brothers and sisters', () => {
    const rest = ['النصف', 'الثلث', 'السدس', 'التركة كاملة', 'ما بقي بعد فرض البنات', 'لا شيء']
    assert.equal(choose('توفي عن: (ابن ابن) العدد 2، (بنت) العدد 3، (بنت ابن) العدد 3\nما هو نصيب أبناء الابن وبنات الابن من التركة؟', rest), 'E')
    const sihām = ['سهم واحد', 'سهمان', 'ثلاثة أسهم', 'أربعة أسهم', 'خمسة أسهم', 'ستة أسهم']
    assert.equal(choose('توفي عن زوجة وأخ شقيق وأخ وأخت لأم. إذا قسمت التركة على اثنى عشر سهماً، فكم سهماً للإخوة للأم؟', sihām), 'D')
  })
  test('«ولكل من الخمس البنات: سهم واحد» is each one’s; the land’s measure when the land is asked', () => {
    const table = [
      'لكل من الأربعة الأبناء: سهم واحد، ولكل من الخمس البنات: سهمان.',
      'لكل من الأربعة الأبناء: سهمان، ولكل من الخمس البنات: سهم واحد.',
      'لكل من الأربعة الأبناء: سهم واحد، ولكل من الخمس البنات: سهم واحد.',
      'الخمس البنات لا يرثن شيئا، ويقسم الباقي على الأربعة الأبناء بالتساوي.',
    ]
    assert.equal(choose('توفي عن أربعة ذكور وخمس إناث، ما هو النصيب النهائي لكل وارث من التركة؟', table), 'B')
    const land = ['125 متراً', '166.66 متراً', '283.32 متراً', '855.66 متراً']
    assert.equal(choose('توفي عن أم وزوجتين وولد ذكر وثلاث بنات وترك مبلغا وقدرة 5134 ريال وأرض مساحتها 1000 متر مربع\nكم نصيب الأم من مساحة الأرض؟', land), 'B')
  })
  test('«ثلثي الباقي» is the father’s part beside the mother’s third of the rest (al-ʿumariyyatān)', () => {
    const options = ['الثلث', 'السدس', 'النصف', 'ثلثي الباقي', 'الربع', 'لا شيء']
    assert.equal(choose('توفيت عن أب، زوج، أم\nما نصيب الأب؟', options), 'D')
  })
  test('«من الذي يرد عليه الباقي؟» asks who the return goes to (never the spouse); «على كم سهماً توزع التركة؟» the base', () => {
    const options = ['الزوج فقط', 'البنت فقط', 'الزوج والبنت معا', 'بيت مال المسلمين', 'لا يرد على أحد', 'الأقربون من العصبة']
    assert.equal(choose('توفيت عن زوج وبنت: من الذي يرد عليه الباقي من التركة؟', options), 'B')
    assert.equal(choose('توفي عن أخ شقيق واحد وأختين شقيقتين. على كم سهماً توزع التركة؟', ['2', '3', '4', '5']), 'C')
  })
  test('«هل ترث الأم؟» is answered by a yes before how she inherits', () => {
    const options = ['نعم', 'لا', 'يتوقف ميراثها على وجود فرع وارث', 'ترث بالفرض', 'ترث بالتعصيب']
    assert.equal(choose('توفي عن أب، 3 أخ شقيق، أم، 1 زوجة. هل ترث الأم؟', options), 'A')
    assert.equal(choose('توفي عن أب، 3 أخ شقيق، أم، 1 زوجة. هل يرث الأخ الشقيق؟', options), 'B')
  })
  test('«يرث» alone says the heir receives something', () => {
    assert.equal(choose('توفي عن ابنين وجد وأخ لأم. هل يرث الجد في هذه المسألة؟', ['يرث', 'لا يرث', 'محجوب بالابن', 'محجوب بالأخ لأم', 'محجوب بالفرع الوارث', 'لا شيء']), 'A')
  })
  test('a fraction in words the old list lacked: two fifths, a fifth', () => {
    // three full brothers and a sister would be 2/7 each; one brother and three sisters: 2/5 for the brother
    assert.equal(choose('توفي عن أخ شقيق وثلاث أخوات شقيقات. ما نصيب الأخ الشقيق؟', ['النصف', 'الثلث', 'الخمس', 'الخمسين', 'السدس', 'الربع']), 'D')
  })
  test('«محجوب بالزوج» is wrong when the husband excludes no one', () => {
    const options = ['الباقي تعصيباً', 'السدس', 'الثلث', 'لا شيء له', 'محجوب بالزوج', 'محجوب بالبنتين']
    assert.equal(choose('توفيت عن زوج وابن وبنتين وأخ شقيق. ما نصيب الأخ الشقيق؟', options), 'D')
  })
  test('each one is asked: «كل واحدة من البنتين»', () => {
    assert.equal(choose('توفي عن ابن وبنتين. ما نصيب كل واحدة من البنتين؟', ['الثلث', 'النصف', 'الربع', 'السدس', 'الثمن', 'الثلثان']), 'C')
  })
  test('«إحدى البنات», «أحد الأبناء»: one of them is asked, so each one’s part', () => {
    const options = ['النصف', 'الثلث', 'الربع', 'الثمن', 'السدس', 'الثلثان']
    assert.equal(choose('توفي عن: ابن وأربع بنات. ما هو نصيب إحدى البنات من تركة الأب؟', options), 'E')
    assert.equal(choose('توفيت عن ابنين وبنتين. ما نصيب أحد الابنين؟', options), 'B')
  })
  test('a table of sihām agrees at one scale, with «لكل واحدة» after the number', () => {
    const options = [
      'الزوجة: ثمانية أسهم، البنتان: عشرة أسهم لكل واحدة، الابن: أربعة عشر سهما.',
      'الزوجة: أربعة أسهم، البنتان: أربعة عشر سهما لكل واحدة، الابن: سبعة أسهم.',
      'الزوجة: أربعة أسهم، البنتان: خمسة أسهم لكل واحدة، الابن: عشرة أسهم.',
      'الزوجة: أربعة أسهم، البنتان: سبعة أسهم لكل واحدة، الابن: أربعة عشر سهما.',
      'الزوجة: ثمانية أسهم، البنتان: سبعة أسهم لكل واحدة، الابن: سبعة أسهم.',
      'الزوجة: ستة أسهم، البنتان: ستة أسهم لكل واحدة، الابن: اثنا عشر سهما.',
    ]
    assert.equal(choose('توفي عن زوجة، وابن، وبنتين. ما هو النصيب النهائي لكل وارث من التركة؟', options), 'D')
  })
  test('a table of amounts agrees with the estate, to the cent', () => {
    const options = [
      'الزوجة: 500€، لكل ابن: 583.33€، لكل بنت: 1166.66€',
      'الزوجة: 500€، لكل ابن: 1000€، لكل بنت: 500€',
      'الزوجة: 800€، لكل ابن: 1000€، لكل بنت: 600€',
      'الزوجة: 500€، لكل ابن: 1166.66€، لكل بنت: 583.33€',
      'الزوجة: 600€، لكل ابن: 1166.66€، لكل بنت: 583.33€',
      'الزوجة: 600€، لكل ابن: 1200€، لكل بنت: 600€',
    ]
    assert.equal(choose('توفي عن زوجة، وابنين، وبنتين بمقدار تركة 4000€، ما هو النصيب النهائي لكل وارث من التركة؟', options), 'D')
  })
  test('the final share after radd is preferred to the fixed share when the final one is asked', () => {
    assert.equal(choose('توفيت عن أم. ما هو النصيب النهائي لكل وارث من التركة؟', ['الأم: الثلثان', 'الأم: الربع', 'الأم: جميع التركة', 'الأم: النصف', 'الأم: السدس', 'الأم: الثلث']), 'C')
  })
  test('the base kept by taṣḥīḥ: husband, daughter and father out of 12', () => {
    assert.equal(choose('توفيت عن أب وزوج وبنت. كم عدد أسهم الأب من مجموع الأسهم؟', ['ستة أسهم', 'سهمان', 'سهم واحد', 'اثنا عشر سهما', 'ثلاثة أسهم', 'لا شيء']), 'E')
  })
  test('a kinsman set aside as excluded receives nothing', () => {
    assert.equal(choose('توفي عن زوجة وبنت وبنت عم. ما نصيب بنت العم؟', ['النصف', 'الربع', 'الثمن', 'السدس', 'الباقي', 'لا شيء']), 'F')
  })
  test('one heir’s part against another’s', () => {
    const options = ['مثل نصيب البنت', 'ضعف نصيب البنت', 'نصف نصيب البنت', 'ثلاثة أضعاف نصيب البنت', 'ربع نصيب البنت', 'لا علاقة بين نصيبيهما']
    assert.equal(choose('توفي عن: ابن (1)، بنت (1)، زوجة (1). ما نصيب الابن مقارنة بنصيب البنت؟', options), 'B')
  })
  test('«حجب نقصان» is a reduced share, not a lost one', () => {
    const options = ['يرث بالتعصيب', 'محجوب حجب حرمان', 'محجوب حجب نقصان', 'لا يرث']
    assert.equal(choose('توفي عن أم وابن وأخوين شقيقين. ما حالة الأخ الشقيق؟', options), 'B')
  })
  test('who inherits: the option naming exactly the heirs who receive something', () => {
    const options = ['البنات فقط', 'الإخوة الأشقاء فقط', 'أبناء الأخ الشقيق فقط', 'البنات والإخوة الأشقاء', 'البنات وأبناء الأخ الشقيق', 'الإخوة الأشقاء وأبناء الأخ الشقيق']
    assert.equal(choose('توفي عن: 4 أخ شقيق، 7 ابن أخ شقيق، 4 بنت. من هم الورثة في هذه المسألة؟', options), 'D')
    // (the full sisters, residuaries with their brothers, are among «الإخوة الأشقاء»)
    assert.equal(choose('توفي عن: 4 أخ شقيق، 7 ابن أخ شقيق، 4 بنت، 2 أخت شقيقة. من هم الورثة في هذه المسألة؟', options), 'D')
  })
  test("an uncle's grandsons of no line said are asked of as the agnates they were read as", () => {
    const options = ['النصف', 'الثلث', 'السدس', 'الربع', 'المال كله', 'الثمن']
    assert.equal(choose('توفي عن ابنة عم وأبناء أبناء عم. ما نصيب أبناء أبناء العم؟', options), 'E')
  })
  test('who inherits, with options naming several heirs each: a list of heirs, not a table of shares', () => {
    const options = ['الأب والأم والزوجة والابن والبنتان فقط', 'جميع الورثة المذكورين', 'الأب والأم والابن والبنتان فقط', 'الزوجة والابن والبنتان فقط', 'الأب والأم والزوجة فقط', 'لا يرث أحد']
    assert.equal(choose('توفي عن ابن وابن ابن وأب وأخ شقيق وأم وبنتين وزوجة. من هم الورثة الذين يرثون من بين المذكورين؟', options), 'A')
  })
  test('sihām against each one when each one is asked, and «سهم واحد من اثني عشر سهماً» as a fraction', () => {
    assert.equal(choose('توفيت عن 5 أبناء و 2 بنات. ما نصيب كل بنت؟', ['سهم واحد', 'سهمان', 'ثلاثة أسهم', 'الربع', 'السدس', 'الثمن']), 'A')
    const options = ['سهمان من اثني عشر سهماً', 'سهم واحد من اثني عشر سهماً', 'ثمن التركة', 'نصف التركة', 'لا شيء لها']
    assert.equal(choose('توفيت عن: 5 أبناء، 2 بنات. ما هو نصيب كل بنت من التركة؟', options), 'B')
  })
  test('asked in shares, an estate measured in metres is not what is divided', () => {
    const options = ['14', '13', '7', '35', '104', '56']
    const q = 'توفي عن زوجة، وأربعة أبناء، وخمس بنات. وترك عقارا، عبارة عن أرض مساحته 220 مترا مربعا. ما نصيب كل بنت من التركة كسهم من مجموع الأسهم؟'
    assert.equal(choose(q, options), 'C')
  })
  test('sihām out of the base the question states', () => {
    const options = ['ستة أسهم', 'ثمانية أسهم', 'اثنا عشر سهما', 'ستة عشر سهما', 'أربعة وعشرون سهما', 'لا شيء']
    assert.equal(choose('توفي عن زوجة وبنتين وعم. كم عدد أسهم البنت الواحدة من أصل ثمانية وأربعين سهما؟', options), 'D')
  })
  test('«لا» alone answers whether an excluded heir inherits', () => {
    assert.equal(choose('توفيت عن بنت وأختين شقيقتين وأخت من الأب: هل ترث الأخت من الأب؟', ['نعم', 'لا', 'ترث النصف', 'ترث الثلث', 'ترث السدس', 'ترث الربع']), 'B')
  })
  test('«الباقي بعد الثمن»: the fraction after «بعد» is taken first, not said', () => {
    assert.equal(choose('توفي عن زوجة وبنت وخمسة أبناء. ما نصيب البنت والأبناء مجتمعين؟', ['التركة كاملة', 'النصف', 'الثلثين', 'الباقي بعد الثمن', 'الربع', 'الثمن']), 'D')
  })
  test('«الإخوة من الأم» are the maternal brothers and sisters together', () => {
    assert.equal(choose('توفي عن أم وأخ من الأم وثلاث أخوات من الأم وأخ شقيق. ما نصيب الإخوة من الأم؟', ['السدس', 'الربع', 'الثلث', 'النصف', 'الثلثان', 'الخمس']), 'C')
  })
  test('«175.000 ريال»: a point before three zeros separates thousands', () => {
    const options = ['175.000 ريال', '350.000 ريال', '375.000 ريال', '700.000 ريال', '1.000.000 ريال', '1.500.000 ريال']
    assert.equal(choose('توفي عن 7 أبناء وبنت وزوجة. التركة 3,000,000 ريال. كم المبلغ الذي يحصل عليه كل ابن؟', options), 'B')
  })
  test('the base of a radd without a spouse: a sixth and two thirds make 5', () => {
    const options = ['خمسة أسهم', 'ستة أسهم', 'سبعة أسهم', 'ثمانية أسهم', 'تسعة أسهم', 'عشرة أسهم']
    assert.equal(choose('توفي عن أخ من الأم وست أخوات شقيقات: ما عدد أسهم التركة التي تقسم عليها فرضاً ورداً؟', options), 'A')
  })
  test('money written past the cent, and not answered in sihām when the estate is given', () => {
    const options = ['1', '3', '117,647.058823', '235,294.117646', '352,941.17647', '1,647,058.8235']
    assert.equal(choose('توفيت عن: 7 أبناء ذكور، 3 بنات إناث. مقدار التركة 2000000.\nكم نصيب كل بنت من البنات الثلاث من التركة؟', options), 'C')
  })
  test('who takes the residue, and the value of one share', () => {
    const options = ['الزوجة', 'البنت', 'الأخ الشقيق', 'يرد على الزوجة والبنت', 'يرد على البنت فقط', 'يذهب لبيت مال المسلمين']
    assert.equal(choose('توفي عن زوجة وبنت وأخ شقيق: من يأخذ ما بقي من التركة بعد نصيب الزوجة والبنت؟', options), 'C')
    const values = ['37,500 دينار', '75,000 دينار', '18,750 دينار', '30,000 دينار', '40,000 دينار', '50,000 دينار']
    assert.equal(choose('توفي عن: زوجة، وثلاثة أبناء، وبنت. التركة: 300000 دينار.\nكم قيمة السهم الواحد من التركة؟', values), 'A')
  })
  test('whether an heir named before the verb inherits, or is among the heirs', () => {
    const options = ['نعم، يرث', 'لا يرث لوجود الأبناء', 'يرث فقط إذا لم يكن هناك أبناء', 'لا شيء مما سبق']
    assert.equal(choose('توفي عن زوجة وابنين وأب: هل الأب يرث من ابنه المتوفى؟', options), 'A')
    assert.equal(choose('توفي عن زوجة وابن وأخ شقيق: هل الأخ الشقيق من الورثة في هذه المسألة؟', ['نعم، هو من الورثة', 'لا، ليس من الورثة لوجود الابن', 'نعم، يرث السدس', 'لا شيء مما سبق']), 'B')
  })

  test('the mother’s third of what the spouse leaves', () => {
    assert.equal(choose('توفيت عن زوج وأب وأم. ما نصيب الأم؟', ['الثلث', 'السدس', 'ثلث الباقي', 'ربع الباقي', 'نصف الباقي', 'لا شيء']), 'C')
  })
})

describe('questions the shares do not answer', () => {
  test('a condition that changes the facts, a reason, a ruling', () => {
    assert.equal(beyondShares('إذا كانت الأم قد توفيت قبله، فما نصيبها؟'), true)
    assert.equal(beyondShares('لماذا ترث الزوجة الثمن؟'), true)
    assert.equal(beyondShares('هل يجوز للوارث أن يتنازل؟'), true)
  })
  test('a condition that only states the base, and whether an heir inherits, are answered', () => {
    assert.equal(beyondShares('إذا قسمت التركة على 24 سهما، فكم سهما للأم؟'), false)
    assert.equal(beyondShares('هل يرث الأخ من الأب؟'), false)
    assert.equal(beyondShares('في حالة العول، كم سهما للأم؟'), false)
    assert.equal(beyondShares('ما حكم ميراث الأم؟'), false)
    assert.equal(beyondShares('ما نصيب أبناء العم إن كانوا أبناء عم من الأم؟'), true)
    assert.equal(beyondShares('هل للبنات نصيب؟'), false)
    assert.equal(beyondShares('هل لإخوة الميت وأخواته نصيب في تركته؟'), false)
    assert.equal(beyondShares('هل هناك نصيب لبنات الإخوة في باقي التركة؟'), false)
    // the heir named before the verb, or asked whether among the heirs — but not anyone before «من الورثة»
    assert.equal(beyondShares('هل والد الميت يرث من ابنه؟'), false)
    assert.equal(beyondShares('هل الزوجة من ورثة المتوفى؟'), false)
    assert.equal(beyondShares('هل لأحد من الورثة الحق في المنع؟'), true)
  })
  test('a condition that restates the family or values the estate is no change', () => {
    assert.equal(beyondShares('كم عدد الأسهم التي يأخذها الأخ الشقيق إذا لم يكن للميت وارث غيرهم؟'), false)
    assert.equal(beyondShares('ما نصيب الأم إذا لم يكن هناك مانع من موانع الإرث؟'), false)
    assert.equal(beyondShares('إذا كان ثمن الشقة الموروثة هو ثلاثمائة ألف، فكم يبلغ نصيب الأخ الواحد من هذا الثمن؟'), false)
    assert.equal(beyondShares('ما نصيب الزوجة من الراتب إذا كان جزءا من التركة؟'), false)
    assert.equal(beyondShares('ما نصيب الزوج من تركتها إذا لم تترك وارثا غيره؟'), false)
    assert.equal(beyondShares('ما نصيب العم من الأرض، بافتراض أنه وأخوه هما الوارثان الوحيدان؟'), false)
    assert.equal(beyondShares('في حالة تقسيم التركة على عشرين سهما، كم سهما تأخذ كل بنت؟'), false)
    // («إذا لم يترك زوجة ولا أما»: heirs the family does not have — no change; one it has — a change)
    const present = new Set(['daughter', 'son'] as const)
    assert.equal(beyondShares('على كم سهما تقسم التركة إذا لم يترك المتوفى زوجة ولا أما ولا أبا؟', present), false)
    assert.equal(beyondShares('على كم سهما تقسم التركة إذا لم يترك المتوفى ابنا؟', present), true)
    // (but a sibling «إذا كان له أخ آخر» or an heir of another line changes it)
    assert.equal(beyondShares('ما نصيب الأم إذا كان للميت أخوان؟'), true)
  })
})

describe('the estate a question gives', () => {
  test('in digits, with separators or decimals, or in words', () => {
    assert.equal(estateOf('توفيت عن أربعة إخوة وأخت واحدة، وتركت 90000 ريال.'), 90000)
    assert.equal(estateOf('والتركة 450,000 جنيه'), 450000)
    assert.equal(estateOf('وتركت مبلغ 50 ألف دولار'), 50000)
    assert.equal(estateOf('تركتها هي ( 1265.306 ) دولار'), 1265.306)
    assert.equal(estateOf('وتقدر ثروته بأربعة وعشرين ألفاً من الجنيهات'), 24000)
    assert.equal(estateOf('توفي عن أخ من الأب 2 وأم'), undefined)
    assert.equal(estateOf('تركتها ( 1504.39 ) دولار'), 1504.39)
    assert.equal(estateOf('وترك تركة مقدارها 7500.'), 7500)
    assert.equal(estateOf('التركة 3,000,000 ريال'), 3000000)
    assert.equal(estateOf('توفي عن زوجة وثلاثة أبناء'), undefined)
  })
  test('«مما بقي بعد فرض الزوج» asks a part of what the spouse leaves; heirs who take all of it are asked their part of the estate', () => {
    const fractions = ['النصف', 'الربع', 'الثمن', 'السدس', 'الثلث', 'سبعة أثمان']
    assert.equal(choose('توفيت عن زوج وأم وأب. ما نصيب الأب مما بقي بعد فرض الزوج؟', ['النصف', 'الربع', 'الثلثان', 'السدس', 'الثلث']), 'C')
    assert.equal(choose('توفي عن زوجة وأب وأم. كم تأخذ الأم مما تبقى بعد نصيب الزوجة؟', fractions), 'E')
    assert.equal(choose('توفي عن زوجة وابنين. ما نصيب الابنين معا مما بقي بعد نصيب الزوجة؟', fractions), 'F')
  })
  test('«واحد وعشرين» is a number, not «each one»; «الابن الأكبر» is one of the sons; «المصحح» is the corrected base', () => {
    const sihaam = ['سبعة أسهم', 'سهمان', 'ثمانية أسهم', 'أربعة عشر سهما', 'خمسة أسهم', 'ستة أسهم']
    assert.equal(choose('توفي عن بنتين وابن ابن وبنتي ابن. كم سهما للبنتين إذا قسمت التركة على واحد وعشرين سهما؟', sihaam), 'D')
    assert.equal(choose('توفيت عن ثلاثة أبناء. ما نصيب الابن الأكبر؟', ['الثلث', 'النصف', 'الكل', 'السدس']), 'A')
    assert.equal(choose('توفي عن زوجة وابن وثلاث بنات. ما أصل المسألة المصحح؟', ['8', '16', '40', '24']), 'C')
  })
  test('«كل واحد من الذكور» beside sons and daughters asks each son’s part', () => {
    const sihaam = ['سهم واحد', 'سهمان', 'ثلاثة أسهم', 'أربعة أسهم', 'ستة أسهم', 'اثنا عشر سهما']
    assert.equal(choose('توفيت عن زوج وابنين وأربع بنات. كم سهما لكل واحد من الذكور من أصل اثنين وثلاثين سهما؟', sihaam), 'E')
    assert.equal(choose('توفيت عن زوج وابنين وأربع بنات. كم سهما لكل واحدة من الإناث من أصل اثنين وثلاثين سهما؟', sihaam), 'C')
  })
  test('a sixth and the rest: «تعصيبا» asks the rest alone, «فرضا» the sixth, a plain question all of it', () => {
    const options = ['السدس', 'الربع', 'النصف', 'الثلث', 'ما بقي', 'لا شيء']
    assert.equal(choose('توفيت عن أب وزوج وبنت. كم يأخذ الأب تعصيبا؟', options), 'E')
    assert.equal(choose('توفيت عن أب وزوج وبنت. كم يأخذ الأب فرضا؟', options), 'A')
    assert.equal(choose('توفي عن أب وبنت وأم. ما نصيب الأب في المجموع؟', ['السدس', 'الربع', 'النصف', 'سدساه', 'الثلثان']), 'D')
  })
  test('a sole heir by return: all of the estate when asked of the estate, the fixed share when asked «فرضا»', () => {
    const options = ['النصف', 'الثلثان', 'الثلث', 'الربع', 'السدس', 'كل المال']
    assert.equal(choose('توفيت عن أخت شقيقة فقط. ما نصيب الأخت من التركة؟', options), 'F')
    assert.equal(choose('توفيت عن أخت شقيقة فقط. ما نصيب الأخت فرضا؟', options), 'A')
  })
  test('«ثلث ما بقي» is the mother’s third of what the spouse leaves; sharers without a spouse end with the estate by return', () => {
    const options = ['الثلث', 'السدس', 'الربع', 'ثلث ما بقي', 'نصف ما بقي', 'سدس ما بقي']
    assert.equal(choose('توفيت عن زوج وأب وأم. ما نصيب الأم فرضا؟', options), 'D')
    const returned = ['النصف', 'السدس', 'ثلاثة أرباع', 'الربع', 'الثلثان']
    assert.equal(choose('توفيت عن أخت شقيقة وأخت لأب. كم تأخذ الأخت لأب من المال؟', returned), 'D')
    assert.equal(choose('توفي عن زوجة وبنتين. ما هو النصيب النهائي لكل وارث؟', ['الزوجة: الثمن، البنتان: الثلثان', 'الزوجة: الثمن، البنتان: الباقي فرضا وردا', 'الزوجة: الربع، البنتان: الباقي']), 'B')
  })
  test('«الحفيدة» asked beside a son’s daughter is she', () => {
    const options = ['النصف', 'السدس', 'الثلث', 'لا ترث', 'الباقي']
    assert.equal(choose('توفي عن بنتين وحفيدة مات أبوها قبله وأخ شقيق. ما نصيب الحفيدة؟', options), 'D')
    assert.equal(choose('توفي عن بنت وحفيدة مات أبوها قبله وأخ شقيق. ما نصيب الحفيدة؟', options), 'B')
  })
  test('the heir asked about is in the question sentence, before any condition', () => {
    const options = ['النصف', 'الثلث', 'السدس', 'الربع', 'الثمن', 'لا ترث']
    assert.equal(choose('توفيت عن: أم، أخ، أخت. الأخ مريض. ما هو نصيب الأم من الميراث؟', options), 'C')
    assert.equal(choose('توفي عن زوجة وسبعة أبناء: ما نصيب الزوجة إذا انحصر الورثة في الزوجة والأولاد؟', options), 'E')
  })
  test('a kinsman asked about who died before the deceased inherits nothing; «جدته» is the deceased', () => {
    const options = ['يرث نصيب أخيه', 'يرث', 'لا يرث لأنه توفي قبل المورث', 'يرث بالتعصيب', 'يرث الثلث']
    assert.equal(choose('توفيت عن ابنين وبنت، وابن متوفى قبلها. هل يرث الابن المتوفى قبلها؟', options), 'C')
    const yesNo = ['نعم، يرث السدس', 'نعم، يرث الباقي', 'لا، لا يرث', 'نعم، يرث النصف']
    assert.equal(choose('توفيت عن: ابن، ابن ابن. هل يرث ابن الابن جدته؟', yesNo), 'C')
    assert.equal(choose('توفيت عن: ابن ابن وبنت. هل يرث ابن الابن جدته؟', yesNo), 'B')
  })
  test('only killing, another religion and slavery bar an heir: any other cause asked about takes nothing away', () => {
    const options = ['نعم، يحرم من الميراث', 'لا، لا يحرم', 'يحرم إذا أصر على ذلك', 'يحرم من نصف نصيبه']
    assert.equal(choose('توفي عن زوجة وابنين. أحد الابنين كان لا يزور أباه. هل يحرم هذا الابن من الميراث بسبب ذلك؟', options), 'B')
    // (a killing asked about is not answered by this rule)
    assert.notEqual(choose('توفي عن زوجة وابنين. هل يحرم الابن من الميراث إذا قتل أباه؟', options), 'B')
  })
  test('debts said without a sum change no fraction; with sums, or asked about, they are beyond the shares', () => {
    assert.equal(choose('توفي عن زوجة وأم وابن. مع وجود ديون على الميت. ما نصيب الأم فرضا؟', ['النصف', 'الثلث', 'السدس', 'الثمن']), 'C')
    assert.equal(beyondShares('وعليه ديون 6000 ريال. ما نصيب الأم بالريال؟'), true)
    assert.equal(beyondShares('ما الأولوية بين سداد الدين وحق الورثة؟'), true)
  })
  test('«كل التركة» in a table is the whole estate, not each one’s; «أبناء الأخ الذكور والإناث» names the daughters too', () => {
    const table = ['الإخوة الأشقاء: كل التركة، ابن الأخ الشقيق: لا شيء', 'الإخوة الأشقاء: النصف، ابن الأخ الشقيق: النصف', 'الإخوة الأشقاء: النصف، ابن الأخ الشقيق: لا شيء']
    assert.equal(choose('توفي عن أخوين شقيقين وابن أخ شقيق. ما هو النصيب النهائي لكل وارث من التركة؟', table), 'A')
    const who = ['أبناء الأخ الذكور فقط', 'أبناء الأخ الإناث فقط', 'أبناء الأخ الذكور والإناث معا', 'لا أحد منهم يرث']
    assert.equal(choose('توفيت عن أبناء أخ ذكور وأبناء أخ إناث. من يرث من هؤلاء؟', who), 'A')
  })
  test('«نسبة نصيب الذكر إلى نصيب الأنثى» is the pair that shares the residue; «جزآن» are two shares', () => {
    const ratio = ['متساوون', 'للذكر مثل حظ الأنثى', 'للذكر ضعف نصيب الأنثى', 'للأنثى ضعف نصيب الذكر', 'للذكر ثلاثة أضعاف نصيب الأنثى']
    assert.equal(choose('توفي عن زوجة وثلاثة أبناء وبنتين. ما نسبة نصيب الذكر إلى نصيب الأنثى من الباقي؟', ratio), 'C')
    const parts = ['جزء واحد', 'جزآن', 'ثلاثة أجزاء', 'أربعة أجزاء', 'ستة أجزاء']
    assert.equal(choose('توفيت عن أم وزوج وبنتين. كم جزءا للأم من أصل التركة بعد العول؟', parts), 'B')
  })
  test('a ratio said in bare digits («2:1»); «الأخوات الثلاث من الأب» keeps the line after the number', () => {
    const digits = ['1:1', '1:2', '2:1', '3:1', '1:3', '4:1']
    assert.equal(choose('توفي عن ستة أبناء وبنت واحدة وزوجة. ما هي نسبة نصيب الذكر إلى الأنثى بين الأبناء والبنت؟', digits), 'C')
    const shares = ['النصف', 'الثلثين', 'الثلث', 'السدس', 'الثمن', 'لا يرثن']
    assert.equal(choose('توفيت عن زوج، أم، 3 أخوات لأب، 2 أخت لأم. ما نصيب الأخوات الثلاث من الأب؟', shares), 'B')
  })
  test('an absent heir who would be blocked is said blocked, not of the distant kindred', () => {
    const options = ['نعم، يرثن السدس', 'نعم، يرثن الثلث', 'لا، لأنهن محجوبات بالبنات', 'لا، لأنهن من ذوي الأرحام']
    assert.equal(choose('توفيت عن ثلاث بنات وزوج متوفى. هل ترث الأخوات الثلاث لأم؟', options), 'C')
  })
  test('«من هو المحجوب حجب حرمان؟» asks who is excluded', () => {
    const options = ['بنت الابن', 'الابن', 'البنت', 'الابن والبنت', 'الابن وبنت الابن']
    assert.equal(choose('توفي عن ابن (1)، وبنت (2)، وبنت ابن (2): من هو المحجوب حجب حرمان ؟', options), 'A')
  })
  test('«ما نصيبها؟» of the only heir, and «كامل التركة» after a label is the whole estate', () => {
    const options = ['البنت: الثلثين', 'البنت: النصف', 'البنت: كامل التركة', 'البنت: الربع']
    assert.equal(choose('توفي عن ابنة فقط. ما هو نصيبها من التركة؟', options), 'C')
    // (a pronoun in a statement before the question names no one asked about)
    assert.equal(choose('توفي عن والد. باع الورثة نصيبهم في المنزل. ما هو حق هذه الأخت؟', ['يجب أن تبيع', 'لها الحق', 'ليس لها الحق']), 'question')
  })
  test('an heir asked about whom the family lacks and who would inherit is supposed there; not one said dead', () => {
    const options = ['النصف', 'الربع', 'الثمن', 'الثلث', 'السدس', 'الثلثان']
    assert.equal(choose('توفيت عن زوج وأولاد. ما نصيب الأم؟', options), 'E')
    // (daughters of no number: two take a third beside two sons, three do not — no answer)
    assert.equal(choose('توفي عن ابنين. ما نصيب البنات؟', options), 'question')
    assert.equal(choose('توفي عن بنات وأخت شقيقة متوفاة قبله. ما نصيب الأم؟', options), 'question')
  })
  test('the heirs after «مع وجود» are supposed present, not asked about', () => {
    const options = ['النصف', 'الثلث', 'الربع', 'السدس', 'ما ترك', 'لا يرث']
    assert.equal(choose('توفي عن أبناء أخ شقيق، ابن الأخت. ما نصيب ابن الأخت مع وجود أبناء الأخ؟', options), 'F')
  })
  test('a ratio said with the heirs the other way round is inverted', () => {
    const options = ['نصيب الأخت ضعف نصيب الأخ', 'نصيب الأخ ضعف نصيب الأخت', 'نصيب الأخ نصف نصيب الأخت', 'نصيب الأخ مثل نصيب الأخت']
    assert.equal(choose('توفي عن أخ شقيق وأخت شقيقة. ما نسبة نصيب الأخ إلى نصيب الأخت؟', options), 'B')
  })
  test('several of one relation asked how they divide a fixed share divide it equally', () => {
    const options = ['حسب الاتفاق', 'حسب الحاجة', 'بالسوية', 'حسب العمر']
    assert.equal(choose('توفي عن زوجتين وسبعة أبناء. كيف يقسم نصيب الزوجتين بينهما؟', options), 'C')
  })
  test('a distant kinsman beside an heir receives nothing for being of the distant kindred', () => {
    const options = ['نعم، ترث بالفرض', 'نعم، ترث بالتعصيب', 'لا ترث لأنها من ذوي الرحم', 'لا ترث لوجود الأخوين']
    assert.equal(choose('توفي عن أخت شقيقة وأخوين شقيقين وابنة بنته: هل ترث ابنة البنت؟', options), 'C')
  })
})
