import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { arabicMentions, parseArabicFamily, unreadWords } from './parse-ar'
import { recogniseCase } from './recognise'

const TABLE: [string, string, Record<string, number>][] = [
  ['توفي عن زوجة وأربعة أبناء وثلاث بنات', 'male', { wife: 1, son: 4, daughter: 3 }],
  ['توفيت عن ولدين ذكرين وثلاث إناث وزوج وأب وأم', 'female', { son: 2, daughter: 3, husband: 1, father: 1, mother: 1 }],
  ['توفي عن زوجتين حيتين وسبعة ذكور', 'male', { wife: 2, son: 7 }],
  ['توفيت عن ابنة واحدة لها ولدان وبنت، وأخوين', 'female', { daughter: 1, full_brother: 2 }],
  ['توفيت عن زوج وأخت لها', 'female', { husband: 1, full_sister: 1 }],
  ['توفيت امرأة عن أخت شقيقة لأب وأم وثلاث أخوات لأب', 'female', { full_sister: 1, paternal_sister: 3 }],
  ['توفي عن أخ من الأب والأم وأخت لأبوين', 'male', { full_brother: 1, full_sister: 1 }],
  ['توفي عن ابن (1) وأب (1) وأخ شقيق (1) وعم (شقيق للأب) (1) وابن عم شقيق (3)', 'male', { son: 1, father: 1, full_brother: 1, full_uncle: 1, full_uncles_son: 3 }],
  ['توفي عن: 4 ابن، 7 أخ شقيق، 1 أخ من الأب، 2 بنت، 2 أخت من الأب', 'male', { son: 4, full_brother: 7, paternal_brother: 1, daughter: 2, paternal_sister: 2 }],
  ['توفي عن أم وبنت (العدد 3) وبنت ابن (العدد 1) وأخت لأم', 'male', { mother: 1, daughter: 3, sons_daughter: 1, maternal_sister: 1 }],
  ['توفيت عن زوج، وبنتان، وأخوان شقيقان، وابنا عم شقيق', 'female', { husband: 1, daughter: 2, full_brother: 2, full_uncles_son: 2 }],
  // a dual before its genitive («بنتا ابن», «ابنتا أخ»); one of each before «لأخ»
  ['توفي عن بنتا ابن وابنتا أخ شقيق وعم', 'male', { sons_daughter: 2, brothers_daughter: 2, full_uncle: 1 }],
  ['توفي عن بنت وابنا وبنتا لأخ شقيق', 'male', { daughter: 1, full_brothers_son: 1, brothers_daughter: 1 }],
  // a group named, then counted after a colon, is counted once (was six brothers)
  ['توفي عن إخوته: ثلاثة إخوة وأختين', 'male', { full_brother: 3, full_sister: 2 }],
  // a number of a plural said with «من»
  ['توفي عن بنت، اثنان من الأعمام', 'male', { daughter: 1, full_uncle: 2 }],
  ['توفي عن زوجة وثلاثة من أبنائه', 'male', { wife: 1, son: 3 }],
  // a grandparent named by the parent whose side he is on is a grandparent, not that parent too
  ['توفي عن جد الأب وأخ شقيق', 'male', { paternal_grandfather: 1, full_brother: 1 }],
  ['توفيت عن جدة الأب وجدة الأم وعم', 'female', { paternal_grandmother: 1, maternal_grandmother: 1, full_uncle: 1 }],
  ['توفي عن أب الجد وبنت', 'male', { paternal_grandfather: 1, daughter: 1 }],
  ['توفي عن جد (أب الأب)، جدة (أم الأب)، وجدة لأم، وابن أخ لأب', 'male', { paternal_grandfather: 1, paternal_grandmother: 1, maternal_grandmother: 1, paternal_brothers_son: 1 }],
  ['توفي عن ابنة واحدة ووالديه', 'male', { daughter: 1, father: 1, mother: 1 }],
  ['توفي عن جدًّا وأبًا وعمًّا وخالًا', 'male', { paternal_grandfather: 1, father: 1, full_uncle: 1, maternal_uncle: 1 }],
  ['توفيت عن أربع بنات وابنة ولد وأخت', 'female', { daughter: 4, sons_daughter: 1, full_sister: 1 }],
  // a bracket right after a group of children counts them by sex
  ['توفيت عن ابنة واحدة وأولاد ابن (ولد وبنت)', 'female', { daughter: 1, sons_son: 1, sons_daughter: 1 }],
  ['توفي عن زوجة وأولاد ابن (ذكر وأنثى)', 'male', { wife: 1, sons_son: 1, sons_daughter: 1 }],
  ['توفي عن أولاد أخ (ثلاثة ذكور وبنت)', 'male', { full_brothers_son: 3, brothers_daughter: 1 }],
  ['توفي عن بنتين، وأختين (الأنثيين)، وأخوين', 'male', { daughter: 2, full_sister: 2, full_brother: 2 }],
  // a grandchild whose father, the deceased's son, died before: a son's child
  ['توفي عن ابن وزوجة وحفيدة مات أبوها قبل وفاة جدها', 'male', { son: 1, wife: 1, sons_daughter: 1 }],
  ['توفيت عن ثلاث بنات وحفيدين من الذكور من ابنها المتوفى قبلها', 'female', { daughter: 3, sons_son: 2 }],
  ['توفي عن أم وحفيدتين بنات من الابن المتوفى وعم', 'male', { mother: 1, sons_daughter: 2, full_uncle: 1 }],
  ['توفي عن زوجة وأربع بنات وحفيدتين أبوهن توفي قبله وأخوين', 'male', { wife: 1, daughter: 4, sons_daughter: 2, full_brother: 2 }],
  ['توفيت عن زوج وبنات ابن (مات أبوهن قبل جدتهن) وعم', 'female', { husband: 1, sons_daughter: 3, full_uncle: 1 }],
  // two sisters who died before him are no heirs
  ['توفي عن أخ شقيق وأربع بنات، وله أختان متوفاتان قبله', 'male', { full_brother: 1, daughter: 4 }],
  // who among a group is a minor, or died after the deceased, changes no share
  ['توفي عن 3 أبناء (منهم قاصر) وبنت', 'male', { son: 3, daughter: 1 }],
  // a grandmother said again by her line after a dash or «وهي» is one grandmother
  ['توفي عن زوجة، وأم، وجدة وهي أم أبيه، وعم', 'male', { wife: 1, mother: 1, paternal_grandmother: 1, full_uncle: 1 }],
  ['توفي عن: 3 بنت، 1 زوجة، 1 جدة-أم الأم، 6 أخت شقيقة', 'male', { daughter: 3, wife: 1, maternal_grandmother: 1, full_sister: 6 }],
  ['توفي عن زوجة، وسبعة أبناء (منهم ثلاثة قصر، وأحدهم توفي بعد والده)، وأربع بنات', 'male', { wife: 1, son: 7, daughter: 4 }],
  ['توفي عن: بنات، أبناء أخت، بنات أخت، أخت (متوفاة).', 'male', { daughter: 3, sisters_son: 3, sisters_daughter: 3 }],
  // a kinsman's spouse is kin by marriage; a kinsman named again after «ل» is spoken of, not added
  ['توفي عن ابن وزوجة ابنه', 'male', { son: 1 }],
  ['توفيت عن زوج ابنتها وبنت وأخ', 'female', { daughter: 1, full_brother: 1 }],
  ['توفي عن: (ابن) العدد 2، (بنت) العدد 3، وكان ضامنا في بنك لابنته الصغرى.', 'male', { son: 2, daughter: 3 }],
  // «أخرى» after kin is one more of them; «من قبل الأب» is a line; «ل» after two conjoined children is both's
  ['توفيت عن ابنة، ابنة أخرى، خال', 'female', { daughter: 2, maternal_uncle: 1 }],
  ['توفي عن زوجة، وأختا لأب وأم، وأختا أخرى لأب، وأخا لأب من أم أخرى', 'male', { wife: 1, full_sister: 1, paternal_sister: 1, paternal_brother: 1 }],
  ['توفي عن أب وجد من قبل الأب وجدة من قبل الأم', 'male', { father: 1, paternal_grandfather: 1, maternal_grandmother: 1 }],
  ['توفي عن بنتين، وابنا وبنتا لأخ شقيق توفي قبله', 'male', { daughter: 2, full_brothers_son: 1, brothers_daughter: 1 }],
  // «المتوفى قبله» with the article is a death too, the son's when the granddaughter is his; a glossed grandchild
  ['توفي عن زوجتين وأربعة ذكور وست بنات وبنت ابنه المتوفى قبله.', 'male', { wife: 2, son: 4, daughter: 6, sons_daughter: 1 }],
  ['توفي رجل وخلّف: بنتين، وحفيدة (بنت ابنه المتوفى قبله).', 'male', { daughter: 2, sons_daughter: 1 }],
  ['توفي عن زوجة وابنه المتوفى قبله وبنت', 'male', { wife: 1, daughter: 1 }],
  // a colon after children counts them by sex too (an uncle's daughter is of the distant kindred)
  ['توفي عن زوجته وأولاد عمه الأشقاء: رجل وثلاث بنات.', 'male', { wife: 1, full_uncles_son: 1 }],
  // a spouse after «من» says whose child the kinsman before is: no heir of her own
  ['توفي رجل عن ابن من زوجته الأولى وبنت', 'male', { son: 1, daughter: 1 }],
  // a number with the article after a plural counts it
  ['توفي عن زوجة وأبنائه الخمسة', 'male', { wife: 1, son: 5 }],
  // «بنو», «بني»: the sons of, not the kinsman named after them
  ['توفيت عن زوج وبنو الأخ', 'female', { husband: 1, full_brothers_son: 3 }],
  ['توفي عن أخت حية وذكور من بني أخيه', 'male', { full_sister: 1, full_brothers_son: 3 }],
  // a masculine plural death after two conjoined groups is the death of both
  ['توفيت عن أولاد أخ، وبنات أخ، وزوجها متوفى، وإخوتها وأخواتها متوفين.', 'female', { full_brothers_son: 3, brothers_daughter: 3 }],
  ['توفي عن بنت متزوجة ولها أبناء وعن أخ متزوج وله أبناء', 'male', { daughter: 1, full_brother: 1 }],
  ['توفيت عن زوج وأبناء ذكوراً وإناثاً ولها أخوات', 'female', { husband: 1, son: 3, daughter: 3, full_sister: 3 }],
  ['توفيت عن زوج، أبناء عمومة', 'female', { husband: 1, full_uncles_son: 3 }],
  ['توفيت عن أخت شقيقة، وأختين من أم توفيتا قبلها، وثلاث أخوات من أب واحدة توفيت قبلها', 'female', { full_sister: 1, paternal_sister: 2 }],
  ['توفيت عن شقيقتين وزوج وأبناء شقيق متوفى (3 بنات ورجل)', 'female', { full_sister: 2, husband: 1, full_brothers_son: 1, brothers_daughter: 3 }],
  ['توفي عن: زوجة (مقصود بها الأم)، وابنان، وثلاث بنات', 'male', { wife: 1, son: 2, daughter: 3 }],
  ['توفيت عن: أم، أخ، أخت متزوجة ولديها أطفال، عمات', 'female', { mother: 1, full_brother: 1, full_sister: 1, paternal_aunt: 3 }],
  ['توفي عن زوجة وبنت وأم وشقيقين وشقيقة', 'male', { wife: 1, daughter: 1, mother: 1, full_brother: 2, full_sister: 1 }],
  ['توفيت عن زوج، أختان شقيقتان، أولاد أخ متوفى (ثلاثة ذكور وبنت)', 'female', { husband: 1, full_sister: 2, full_brothers_son: 3, brothers_daughter: 1 }],
  ['توفيت عن زوج وابن وبنت وأبناء ابن متوفى (ابن وبنت)', 'female', { husband: 1, son: 1, daughter: 1, sons_son: 1, sons_daughter: 1 }],
  ['توفي عن أختين شقيقتين وأولاد أخت شقيقة توفيت قبله (كلهن بنات)', 'male', { full_sister: 2, sisters_daughter: 3 }],
]

describe('Arabic families', () => {
  for (const [text, deceased, heirs] of TABLE) {
    test(text, () => {
      const f = parseArabicFamily(text)
      assert.equal(f.deceased, deceased)
      assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), heirs)
      assert.deepEqual(f.problems, [])
    })
  }
  test('a relative named from the asker’s side is named, not guessed', () => {
    assert.match(parseArabicFamily('توفي أبي عن أمي وأربعة أبناء').problems.join(), /امي/)
    assert.deepEqual(parseArabicFamily('توفي أبي عن زوجة وأربعة أبناء').problems, [])
  })
  test('«her father» beside a deceased man is someone else’s kinsman, not guessed — unless a granddaughter’s father died before him', () => {
    assert.match(parseArabicFamily('توفي عن ابن وبنت، وبنت عم وأبوها').problems.join(), /ابوها/)
    assert.deepEqual(parseArabicFamily('توفي عن ابن وبنت، وحفيدة مات أبوها قبله').heirs, [
      { relation: 'son', count: 1 },
      { relation: 'daughter', count: 1 },
      { relation: 'sons_daughter', count: 1 },
    ])
    // a grandchild whose line is not said stays unread
    assert.notDeepEqual(parseArabicFamily('توفي عن بنت وحفيدة').problems, [])
  })
  test('great-grandchildren through sons are heirs of their own; a fourth generation only beside a nearer male who excludes it', () => {
    const read = (t: string) => {
      const f = parseArabicFamily(t)
      return [Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), f.problems.length]
    }
    assert.deepEqual(read('توفي عن بنت وابن ابن الابن'), [{ daughter: 1, sons_sons_son: 1 }, 0])
    assert.deepEqual(read('توفي عن بنتين وبنت ابن وابن ابن ابن'), [{ daughter: 2, sons_daughter: 1, sons_sons_son: 1 }, 0])
    assert.deepEqual(read('توفي عن أب وزوجة و(ابن ابن الابن) العدد 2'), [{ father: 1, wife: 1, sons_sons_son: 2 }, 0])
    assert.deepEqual(read('توفي عن أم وبنت وبنت ابن وبنت ابن ابن'), [{ mother: 1, daughter: 1, sons_daughter: 1, sons_sons_daughter: 1 }, 0])
    assert.equal(read('توفي عن بنت وابن ابن ابن ابن')[1], 1)
    assert.deepEqual(read('توفي عن ابن ابن ابن وابن ابن ابن ابن'), [{ sons_sons_son: 1 }, 0])
  })
  test('«شقيقة أو من الأب»: read as full, the alternative kept for the answer to hold both ways', () => {
    const f = parseArabicFamily('توفي عن زوجة وابنة وأم وأخت شقيقة أو من الأب وأخ من الأم')
    assert.deepEqual([f.heirs.map((h) => h.relation), f.either, f.problems], [['wife', 'daughter', 'mother', 'full_sister', 'maternal_brother'], ['full_sister'], []])
  })
  test('«X أشقاء، أو X من الأب» and «شقيقات جميعا أو من الأب جميعا» are the same alternative; a list after «ك» goes on with a negation', () => {
    const a = parseArabicFamily('توفيت عن بنت، وأبناء إخوة أشقاء، أو أبناء إخوة من الأب')
    assert.deepEqual(
      [a.heirs, a.problems, a.either],
      [
        [
          { relation: 'daughter', count: 1 },
          { relation: 'full_brothers_son', count: 3 },
        ],
        [],
        ['full_brothers_son'],
      ],
    )
    const b = parseArabicFamily('توفي عن زوجة وأخوات شقيقات جميعا أو من الأب جميعا، وليس له وارث غيرهم، كأب أو أم أو إخوة.')
    assert.deepEqual(
      [b.heirs, b.problems, b.either],
      [
        [
          { relation: 'wife', count: 1 },
          { relation: 'full_sister', count: 3 },
        ],
        [],
        ['full_sister'],
      ],
    )
  })
  test('a pregnancy of a son’s widow or a brother’s wife beside a son changes nothing, and is said; the deceased’s own wife’s is not dropped', () => {
    const a = parseArabicFamily('توفي عن ابنين وبنت وزوجة، وحمل لزوجة ابن الميت 2')
    assert.deepEqual([a.unborn, a.problems, a.assumptions.some((x) => x.kind === 'unborn_excluded')], [undefined, [], true])
    const b = parseArabicFamily('توفي عن ابن وبنت وحمل لزوجة أخ شقيق')
    assert.deepEqual([b.problems, b.assumptions.some((x) => x.kind === 'unborn_excluded')], [[], true])
    assert.notDeepEqual(parseArabicFamily('توفي عن ابن وزوجته حامل وحمل لزوجة ابنه').problems, [])
  })
  test('an heir of unknown sex is read apart: his line, and whether his sex may become clear when it is said', () => {
    const read = (t: string) => {
      const f = parseArabicFamily(t)
      return [Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), f.hermaphrodite, f.problems]
    }
    assert.deepEqual(read('توفي عن: ابن، وبنتان، وخنثى (كلهم أبناء المتوفى). في الحالة التي لا يُرجى فيها انكشاف أمر الخنثى'), [{ son: 1, daughter: 2 }, { line: 'son', hope: false }, []])
    assert.deepEqual(read('توفيت عن زوج وأم وأخ خنثى شقيق'), [{ husband: 1, mother: 1 }, { line: 'full_brother' }, []])
    assert.deepEqual(read('توفي عن زوجة وخنثى لأب وعم'), [{ wife: 1, full_uncle: 1 }, { line: 'paternal_brother' }, []])
    assert.deepEqual(read('توفي عن بنت وولد ابن خنثى صغير'), [{ daughter: 1 }, { line: 'sons_son', hope: true }, []])
    // (two of unknown sex, or one beside an unborn heir, are not divided for)
    assert.deepEqual(read('توفي عن ابن وخنثيين')[2], ['more than one heir of unknown sex'])
    assert.deepEqual(read('توفي عن زوجة حامل وخنثى')[2], ['an heir of unknown sex beside an unborn or missing heir'])
  })
  test('a missing heir is read with his group; missing heirs of two groups are refused; a missing in-law changes nothing', () => {
    const a = parseArabicFamily('توفي عن: 3 أخ من الأب، 1 بنت، بالإضافة إلى أخوين من الأب مفقودين')
    assert.deepEqual(
      [a.heirs, a.missing, a.problems],
      [
        [
          { relation: 'paternal_brother', count: 5 },
          { relation: 'daughter', count: 1 },
        ],
        { relation: 'paternal_brother', count: 2 },
        [],
      ],
    )
    assert.deepEqual(parseArabicFamily('توفي عن زوجة وابن مفقود').missing, { relation: 'son', count: 1 })
    assert.deepEqual(parseArabicFamily('توفي عن ابن مفقود وأخ شقيق مفقود').problems, ['missing heirs of more than one group'])
    const c = parseArabicFamily('توفيت عن ابنين وبنت، وزوج بنتها مفقود')
    assert.deepEqual([c.missing, c.problems], [undefined, []])
  })
  test('«أو لأب» said of one of two kin read as one group is refused: which of them it is said of is lost', () => {
    assert.match(parseArabicFamily('توفي عن زوج وأخت شقيقة وأخت شقيقة أو لأب').problems.join(), /أو لأب/)
    // («أم المتوفى قبل العول»: the mother of the deceased, before the ʿawl — no death)
    assert.deepEqual(
      arabicMentions('ما فرض أم المتوفى قبل العول؟').map((m) => m.relation),
      ['mother'],
    )
    // a barrier said in a bracket after the heir
    assert.deepEqual(parseArabicFamily('توفي عن: ابن (وهو قاتله عمداً)، ابن آخر.').heirs, [
      { relation: 'son', count: 1 },
      { relation: 'son', count: 1, barred: 'homicide' },
    ])
    // «أبناء عم من الجد الثالث»: a lineage, not the grandfather
    const lineage = parseArabicFamily('توفي عن بنت أخيه، 5 رجال أبناء عم من الجد الثالث')
    assert.ok(!lineage.heirs.some((h) => h.relation === 'paternal_grandfather'))
    assert.match(lineage.problems.join(), /من الجد/)
    // missing kin not tied to an heir are beyond the calculator
    assert.match(parseArabicFamily('توفي عن ابن وبنت، وأقارب مفقودون').problems.join(), /مفقودون/)
    // «زوج أخته»: no husband for a deceased man, and said to be kin by marriage
    const inLaw = parseArabicFamily('توفي عن زوج أخته وعم')
    assert.deepEqual([inLaw.heirs, inLaw.deceased], [[{ relation: 'full_uncle', count: 1 }], 'male'])
    assert.ok(inLaw.assumptions.some((a) => a.kind === 'not_kin' && a.phrase === 'زوج اخته'))
    // «أخ زوجته», «أم زوجها»: the spouse's kin, no heirs
    assert.deepEqual(parseArabicFamily('توفي رجل عن زوجة وأخ زوجته وأخت').heirs, [
      { relation: 'wife', count: 1 },
      { relation: 'full_sister', count: 1 },
    ])
    assert.deepEqual(parseArabicFamily('توفيت امرأة عن زوج وأم زوجها وبنت').heirs, [
      { relation: 'husband', count: 1 },
      { relation: 'daughter', count: 1 },
    ])
    // «أعمام لوالدها»: her father's uncles, a genitive not read — refused, not her father
    const fathers = parseArabicFamily('توفيت عن ثلاثة أعمام غير أشقاء لوالدها (من الأم) وعمة شقيقة')
    assert.ok(!fathers.heirs.some((h) => h.relation === 'father'))
    assert.match(fathers.problems.join(), /لوالدها/)
    // «(أشقاء ولأب)»: some of each line, in numbers not said — not the father
    const mixed = parseArabicFamily('توفيت عن ابنة وإخوة ذكور وإناث (أشقاء ولأب)')
    assert.ok(!mixed.heirs.some((h) => h.relation === 'father'))
    assert.match(mixed.problems.join(), /ولاب/)
  })
  test('«وله فرع وارث»: a descendant of no stated kind, kept for the answer to hold whoever he is; «وليس له فرع وارث»: none', () => {
    const some = parseArabicFamily('توفي عن زوجة وأم وله فرع وارث')
    assert.deepEqual([some.heirs.map((h) => h.relation), some.anyDescendant, some.problems], [['wife', 'mother'], true, []])
    const none = parseArabicFamily('توفي عن زوجة وليس له فرع وارث')
    assert.deepEqual([none.heirs.map((h) => h.relation), none.anyDescendant, none.problems], [['wife'], undefined, []])
  })
  test('children of one sex named by the line they descend from', () => {
    assert.deepEqual(
      arabicMentions('ما نصيب أولاد الأخ الشقيق الإناث؟').map((m) => m.relation),
      ['brothers_daughter'],
    )
  })
  test('a negation ends with its sentence', () => {
    const kin = arabicMentions('لم يترك المتوفى فرعا وارثا.\nما هو نصيب الزوجتين؟').map((m) => m.relation)
    assert.deepEqual(kin, ['wife'])
    assert.deepEqual(arabicMentions('وليس له أب ولا أم').length, 0)
  })
  test('a bracket opens a gloss or a qualifier, never a genitive', () => {
    assert.deepEqual(
      arabicMentions('كم عدد أسهم الأولاد (الابنين والبنات الثلاث)؟').map((m) => m.relation),
      ['son', 'son', 'daughter'],
    )
    assert.deepEqual(
      arabicMentions('جدة (أم الأب)، عم (شقيق للأب)').map((m) => m.relation),
      ['paternal_grandmother', 'full_uncle'],
    )
  })
  test('a line after two conjoined siblings qualifies both', () => {
    assert.deepEqual(
      arabicMentions('ما نصيب الإخوة والأخوات من الأم مجتمعين؟').map((m) => m.relation),
      ['maternal_brother', 'maternal_sister'],
    )
    const f = parseArabicFamily('توفي عن أمه، أخته الشقيقة، إخوة وأخوات من جهة الأب')
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { mother: 1, full_sister: 1, paternal_brother: 3, paternal_sister: 3 })
  })
  test('a plural of both sexes names the daughters or sisters too', () => {
    const f = parseArabicFamily('توفي عن أبناء ذكوراً وإناثاً وإخوة ذكور وإناث لأب')
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { son: 3, daughter: 3, paternal_brother: 3, paternal_sister: 3 })
  })
  test('a barrier said right after an heir bars him («أم قاتلة», «أولاد غير مسلمين»); said of no heir it is beyond the calculator', () => {
    const f = parseArabicFamily('توفي عن زوجة نصرانية وأم وابنين غير مسلمين وابن')
    assert.deepEqual(f.problems, [])
    assert.deepEqual(f.heirs, [
      { relation: 'mother', count: 1 },
      { relation: 'son', count: 1 },
      { relation: 'wife', count: 1, barred: 'religion' },
      { relation: 'son', count: 2, barred: 'religion' },
    ])
    assert.ok(f.assumptions.some((a) => a.kind === 'deceased_muslim'))
    assert.deepEqual(parseArabicFamily('توفي رضيع عن أب وأم قاتلة').heirs, [
      { relation: 'father', count: 1 },
      { relation: 'mother', count: 1, barred: 'homicide' },
    ])
    assert.deepEqual(parseArabicFamily('توفي عن ابنة أخت وابن بالتبني').heirs, [
      { relation: 'sisters_daughter', count: 1 },
      { relation: 'son', count: 1, barred: 'adoption' },
    ])
    assert.match(parseArabicFamily('توفي نصراني عن ابن وبنت').problems.join(), /نصراني/)
    assert.match(parseArabicFamily('توفي عن ابن وبنت، وقتل أحد الأبناء أباه').problems.join(), /قتل/)
  })
  test('agnates one generation further: the brother’s and the uncle’s grandsons, the father’s uncle; a longer chain is refused', () => {
    const read = (t: string) => {
      const f = parseArabicFamily(t)
      return [Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), f.problems.length]
    }
    assert.deepEqual(read('توفي عن زوجة وابن ابن أخ شقيق وابني ابن العم لأب'), [{ wife: 1, full_brothers_sons_son: 1, paternal_uncles_sons_son: 2 }, 0])
    assert.deepEqual(read('توفي عن زوجة وأختين شقيقتين وعم أب لأب'), [{ wife: 1, full_sister: 2, fathers_paternal_uncle: 1 }, 0])
    assert.deepEqual(read('توفي عن أم وابن ابن ابن العم')[1], 1)
    assert.deepEqual(read('توفيت عن بنتاً - بنتي بنت- أخا شقيقا'), [{ daughter: 1, daughters_daughter: 2, full_brother: 1 }, 0])
  })
  test('a fourth generation through sons is excluded by a nearer male descendant, and refused without one', () => {
    const f = parseArabicFamily('توفي عن: ابن (1)، ابن ابن ابن الابن (1)، أب (1)، زوجة (1)')
    assert.deepEqual(f.problems, [])
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { son: 1, father: 1, wife: 1 })
    assert.ok(f.assumptions.some((a) => a.kind === 'lower_descendant_excluded'))
    assert.match(parseArabicFamily('توفي عن بنتين وبنت ابن وبنت ابن ابن ابن وأخ شقيق').problems.join(), /بنت ابن ابن ابن/)
  })
  test('a distant kinsman the vocabulary lacks is excluded beside a sharer or residuary, refused beside a spouse alone', () => {
    const f = parseArabicFamily('توفي عن زوجة وبنت وابن بنت أخت')
    assert.deepEqual(f.problems, [])
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { wife: 1, daughter: 1 })
    assert.ok(f.assumptions.some((a) => a.kind === 'distant_kin_excluded'))
    assert.match(parseArabicFamily('توفي عن زوجة وابن بنت أخت').problems.join(), /ابن بنت اخت/)
  })
  test('children counted by sex after a colon or in a bracket, the words in the accusative too', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    // («زوجة وأولاده: ابنين وبنتا» read «زوجة ابنين», a son's wife, and dropped her; «بنتا», «ولدا» were not sexes)
    assert.deepEqual(kin('توفي رجل وترك زوجة وأولاده: ابنين وبنتا'), { wife: 1, son: 2, daughter: 1 })
    assert.deepEqual(kin('توفي رجل وترك زوجة والأولاد: ابنين وبنتا'), { wife: 1, son: 2, daughter: 1 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وأولاد: ابنين وبنتا'), { wife: 1, son: 2, daughter: 1 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وأولاده (ابنين وبنتا)'), { wife: 1, son: 2, daughter: 1 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وأبناء (ولدا وبنتين)'), { wife: 1, son: 1, daughter: 2 })
    // (a bracket of both sexes after «بنين وبنات» counts the pair: it was read as more daughters beside three sons assumed)
    assert.deepEqual(kin('توفي رجل وترك زوجة وبنين وبنات (ثلاثة ذكور وأربع إناث)'), { wife: 1, son: 3, daughter: 4 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وأبناء وبنات (ثلاثة أبناء وبنتين)'), { wife: 1, son: 3, daughter: 2 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وبنات (ثلاث)'), { wife: 1, daughter: 3 })
    // (a plural with no number heading its members, after a colon or in a bracket: the members only — the heading
    // was counted as three more)
    assert.deepEqual(kin('توفيت امرأة وتركت زوجا وأما وإخوة: أخوين شقيقين وأختا لأب'), { husband: 1, mother: 1, full_brother: 2, paternal_sister: 1 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وإخوة وأخوات (أخوين وثلاث أخوات)'), { wife: 1, full_brother: 2, full_sister: 3 })
    assert.deepEqual(kin('توفي رجل وترك زوجة وإخوة (ثلاثة أشقاء)'), { wife: 1, full_brother: 3 })
    // (a bracket that only describes the plural, «(جمع)», «(أشقاء)», heads nothing)
    assert.deepEqual(kin('توفي عن: بنات (جمع)، بنت ابن.'), { daughter: 3, sons_daughter: 1 })
    assert.deepEqual(kin('توفي رجل وترك أما وإخوة (أشقاء)'), { mother: 1, full_brother: 3 })
  })

  test('a bracket after one heir describes him; bracketed heirs with their counts are heirs', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي عن زوجة ووالدين (أم وأب)'), { wife: 1, father: 1, mother: 1 })
    assert.deepEqual(kin('توفيت عن: 5 بنات، الزوجة (الأم)، أب المتوفى'), { daughter: 5, wife: 1, father: 1 })
    assert.deepEqual(kin('توفي عن (ابن) العدد 1 (أب) (بنت) العدد 2'), { son: 1, father: 1, daughter: 2 })
    assert.deepEqual(kin('توفي عن أم وأختين من والدته'), { mother: 1, maternal_sister: 2 })
  })
  test('a kinsman of a kinsman of a kinsman is refused, or set aside when of the distant kindred', () => {
    assert.match(parseArabicFamily('توفي عن زوجة وابن عم الأب').problems.join(), /ابن عم الاب/)
    assert.match(parseArabicFamily('توفي عن بنت وأبناء ابن ابن عم').problems.join(), /ابناء ابن ابن عم/)
    const f = parseArabicFamily('توفي عن زوجة وثلاث بنات وابن بنت عم')
    assert.deepEqual(f.problems, [])
    assert.ok(f.assumptions.some((a) => a.kind === 'distant_kin_excluded'))
    assert.deepEqual(Object.fromEntries(parseArabicFamily('توفي عن ابن أخ لأب وعم لأب').heirs.map((h) => [h.relation, h.count])), { paternal_brothers_son: 1, paternal_uncle: 1 })
  })
  test('a possessive suffix on a kinship noun', () => {
    const f = parseArabicFamily('توفيت عن زوجها وابنيها واختيها')
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { husband: 1, son: 2, full_sister: 2 })
  })
  test('«والده», «والدها» after a kinsman are his father’s, one word, not «و» and a father among the heirs', () => {
    const f = parseArabicFamily('توفيت عن ابن أخت شقيقة، وابني ابن عم والدها')
    assert.ok(!f.heirs.some((h) => h.relation === 'father'))
    assert.ok(f.problems.some((p) => /ابن عم والدها/.test(p)))
    assert.deepEqual(Object.fromEntries(parseArabicFamily('توفي عن زوجة وعم والده').heirs.map((h) => [h.relation, h.count])), { wife: 1, fathers_full_uncle: 1 })
  })
  test('«أخو» in construct is a brother; a number with the article before a sibling’s line keeps the line', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي عن زوجة وأخو الميت الشقيق'), { wife: 1, full_brother: 1 })
    assert.deepEqual(kin('توفيت عن زوج وأخواتها الثلاث من الأب'), { husband: 1, paternal_sister: 3 })
  })
  test('a kinsman who died before is no heir; one who died after is', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي عن زوجة وأخ شقيق متوفى قبله وأخت شقيقة'), { wife: 1, full_sister: 1 })
    assert.deepEqual(kin('توفي عن زوجة وأبناء أخ شقيق متوفى'), { wife: 1, full_brothers_son: 3 })
    assert.deepEqual(kin('توفيت عن أخت شقيقة، وستة إخوة من أب أحدهم توفي قبلها'), { full_sister: 1, paternal_brother: 5 })
    assert.deepEqual(kin('توفي عن ابن توفي بعده وبنت'), { son: 1, daughter: 1 })
  })
  test('one who died after the deceased, said apart or in a bracket, is still an heir, and the answer says so', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    // («أبيه», «والده» in the death are the deceased, not a father among the heirs)
    assert.deepEqual(kin('توفي عن زوجة وولدين، أحدهما توفي بعد والده، وبنت'), { wife: 1, son: 2, daughter: 1 })
    // («قبل قسمة التركة»: after the deceased, his estate being there to divide)
    const division = parseArabicFamily('توفي عن زوجة وولدين، أحدهما توفي قبل قسمة التركة، وبنت')
    assert.deepEqual(Object.fromEntries(division.heirs.map((h) => [h.relation, h.count])), { wife: 1, son: 2, daughter: 1 })
    assert.ok(division.assumptions.some((a) => a.kind === 'died_after'))
    const f = parseArabicFamily('توفي عن زوجة ثانية، وثلاثة أبناء، وابن من زوجة ثانية (توفي بعد أبيه)، وبنت')
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { wife: 1, son: 4, daughter: 1 })
    assert.ok(f.assumptions.some((a) => a.kind === 'died_after'))
    // (the deceased's own death after someone, before the heirs, is left alone)
    assert.equal(parseArabicFamily('توفيت بعد ابنها عن أم وأخ').deceased, 'female')
  })
  test('an heir there is one of, named again with a possessive, is the same one', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي رجل وترك أمه وابنه، وأمه كبيرة في السن'), { mother: 1, son: 1 })
    assert.deepEqual(kin('توفيت امرأة وتركت زوجها وبنتها، وزوجها مريض'), { husband: 1, daughter: 1 })
  })
  test('a barrier said apart of one already counted bars one of them, not one more', () => {
    const list = (t: string) => parseArabicFamily(t).heirs.map((h) => `${h.relation}${h.barred ? `/${h.barred}` : ''}:${h.count}`)
    assert.deepEqual(list('توفي رجل عن زوجتين وثلاثة أبناء، وإحدى الزوجتين نصرانية'), ['wife:1', 'son:3', 'wife/religion:1'])
    assert.deepEqual(list('توفي عن أربعة أبناء وبنت، وأحد الأبناء قاتل لأبيه'), ['son:3', 'daughter:1', 'son/homicide:1'])
    assert.deepEqual(list('توفي عن ابن وبنت وزوجة، والزوجة نصرانية'), ['son:1', 'daughter:1', 'wife/religion:1'])
  })
  test('an heir said apart, with the article, to have died before the deceased is taken out of the family', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي عن زوجة وأم وابن، والأم توفيت قبله.'), { wife: 1, son: 1 })
    assert.deepEqual(kin('توفي عن زوجتين وابن، وكانت إحدى الزوجتين قد توفيت قبله'), { wife: 1, son: 1 })
    assert.deepEqual(kin('توفي عن ثلاث بنات وأخ، وكانت الزوجة قد توفيت قبل المتوفى.'), { daughter: 3, full_brother: 1 })
    // (named by his possessive: «وكانت أمه قد توفيت قبله»)
    assert.deepEqual(kin('توفي رجل وترك زوجته وأمه وابنا، وكانت أمه قد توفيت قبله'), { wife: 1, son: 1 })
    // (a line «من الأب» before a death is the kinsmen's, not an heir who died)
    assert.deepEqual(kin('توفيت عن بنتين، وأبناء إخوة من الأب توفوا قبلها، وأخت من الأم'), { daughter: 2, paternal_brothers_son: 3, maternal_sister: 1 })
  })
  test('a parent of kinsmen said to have died before, in a bracket, is no heir and changes nothing', () => {
    const f = parseArabicFamily('توفي عن زوجة، وأخوين شقيقين، وابني أخ شقيق، وبنت أخ شقيق (والدهما توفي قبل المورث)')
    assert.deepEqual(f.problems, [])
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { wife: 1, full_brother: 2, full_brothers_son: 2, brothers_daughter: 1 })
  })
  test('a killer said in the accusative, and whom he killed, the deceased, named after him («قاتلا لأبيه»)', () => {
    const f = parseArabicFamily('توفي رجل وترك ابنا قاتلا لأبيه وبنتا وأخا')
    assert.deepEqual(
      f.heirs.map((h) => [h.relation, h.barred ?? '']),
      [
        ['daughter', ''],
        ['full_brother', ''],
        ['son', 'homicide'],
      ],
    )
    assert.equal(parseArabicFamily('توفي رجل وترك ابنا مسيحيا وبنتا').heirs.find((h) => h.relation === 'son')?.barred, 'religion')
    // («وأخا قتله», «وأخا الذي قتله»: the verb after the heir)
    for (const t of ['توفي رجل وترك زوجة وبنتا وأخا قتله', 'توفي رجل وترك زوجة وبنتا وأخا الذي قتله'])
      assert.equal(parseArabicFamily(t).heirs.find((h) => h.relation === 'full_brother')?.barred, 'homicide', t)
  })
  test('two grandmothers of no side said are one on each side, and said so; listed one by one, each once', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    const f = parseArabicFamily('توفي عن زوجة وجدتين')
    assert.deepEqual(kin('توفي عن زوجة وجدتين'), { wife: 1, maternal_grandmother: 1, paternal_grandmother: 1 })
    assert.ok(f.assumptions.some((a) => a.kind === 'both_grandmothers'))
    assert.deepEqual(kin('توفي عن جدتين (أم الأب وأم الأم) وابن'), { paternal_grandmother: 1, maternal_grandmother: 1, son: 1 })
    // («أربع جدات»: counted as said, for the calculator to refuse — not dropped)
    assert.equal(kin('توفي رجل عن ثلاث زوجات وأربع جدات وستة إخوة لأم').maternal_grandmother, 4)
  })
  test('a kinship word glossed by who the person is to the deceased is that heir («وجد (أبو المتوفى)»)', () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي عن أبناء ثلاثة، وجد (أبو المتوفى)، وزوجة'), { son: 3, father: 1, wife: 1 })
    // (twice in a row: the same reading)
    assert.deepEqual(kin('توفي عن ابن وجدة (أم المتوفى)'), { son: 1, mother: 1 })
    assert.deepEqual(kin('توفي عن ابن وجدة (أم المتوفى)'), { son: 1, mother: 1 })
    assert.deepEqual(kin('توفي عن جد (أب الأب) وابن'), { paternal_grandfather: 1, son: 1 })
  })
  test('children of no stated sex («وستة أطفال», «وطفلين») are set apart, counted, and not dropped silently', () => {
    const f = parseArabicFamily('توفي عن أب وأم وزوجة وستة أطفال')
    assert.equal(f.unsexedChildren, 6)
    assert.deepEqual(Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), { father: 1, mother: 1, wife: 1 })
    assert.equal(parseArabicFamily('توفي عن زوجة وأطفال').unsexedChildren, 3)
    // (another heir's children: «ولديها أطفال» after the sister)
    assert.equal(parseArabicFamily('توفيت عن أم وأخت متزوجة ولديها أطفال').unsexedChildren, undefined)
    assert.equal(recogniseCase('توفي عن أب وأم وزوجة وستة أطفال', 'ar'), undefined)
    // («أطفاله», and «أطفالنا» when the asker's spouse died: the deceased's children too — they were dropped)
    assert.equal(parseArabicFamily('توفي رجل وترك أمه وأباه وزوجة وأطفاله الثلاثة').unsexedChildren, 3)
    assert.equal(recogniseCase('توفي زوجي وترك أمه وأباه وأنا وأطفالنا الثلاثة', 'ar'), undefined)
  })
  test("cousins and a maternal half-sibling's children are distant kindred of the vocabulary", () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفي عن زوجة وابن أخت وبنت عم'), { wife: 1, sisters_son: 1, uncles_daughter: 1 })
    assert.deepEqual(kin('توفي عن ابني خال وابن خالة وبنت خالة'), { maternal_uncles_son: 2, maternal_aunts_son: 1, maternal_aunts_daughter: 1 })
    assert.deepEqual(kin('توفيت عن ابن عمة وبنت عمة وبنت خال'), { paternal_aunts_son: 1, paternal_aunts_daughter: 1, maternal_uncles_daughter: 1 })
    assert.deepEqual(kin('توفي عن ابن أخ لأم وبنت أخت لأم وبنت أخ لأم'), { maternal_brothers_son: 1, maternal_sisters_daughter: 1, maternal_brothers_daughter: 1 })
  })
  test("«أبناء وبنات الأخ»: sons and daughters of one kinsman, the sons not the deceased's", () => {
    const kin = (t: string) => Object.fromEntries(parseArabicFamily(t).heirs.map((h) => [h.relation, h.count]))
    assert.deepEqual(kin('توفيت عن زوج وأبناء وبنات أخ شقيق'), { husband: 1, full_brothers_son: 3, brothers_daughter: 3 })
    assert.deepEqual(kin('توفي عن زوجة وأولاد وبنات الابن'), { wife: 1, sons_son: 3, sons_daughter: 3 })
    assert.deepEqual(kin('توفي عن زوجة وأبناء وبنات'), { wife: 1, son: 3, daughter: 3 })
  })
  test('«أولاد» with no daughter named are read as sons, and the reading is said; beside daughters, nothing to say', () => {
    const said = (t: string) => parseArabicFamily(t).assumptions.filter((a) => a.kind === 'children_as_sons')
    const alone = parseArabicFamily('توفي عن زوجة وخمسة أولاد')
    assert.deepEqual(Object.fromEntries(alone.heirs.map((h) => [h.relation, h.count])), { wife: 1, son: 5 })
    assert.deepEqual(said('توفي عن زوجة وخمسة أولاد'), [{ kind: 'children_as_sons', phrase: 'اولاد' }])
    assert.deepEqual(said('توفي عن زوجة وأولاد وبنتين'), [])
    assert.deepEqual(said('توفي عن زوجة وولدين'), [])
  })
  test('words that may change who inherits make the family untrusted', () => {
    assert.match(parseArabicFamily('توفي عن زوجة وله أصل وارث').problems.join(), /اصل|وارث/)
    assert.match(parseArabicFamily('توفي عن زوجة أو زوجتين وابن').problems.join(), /او/)
    assert.deepEqual(unreadWords('زوجة وابنين، وترك مبلغا قدره 5000 ريال'), [])
  })
  test('an unsupported status is named, not guessed', () => {
    assert.match(parseArabicFamily('توفي عن زوجة مطلقة وابن').problems.join(), /مطلقة/)
    assert.match(parseArabicFamily('توفي غير مسلم عن زوجة وأخ').problems.join(), /غير مسلم/)
    assert.match(parseArabicFamily('توفي عن أخ من الرضاعة').problems.join(), /الرضاعة/)
    assert.match(parseArabicFamily('توفيت عن زوج وابن وضرتها').problems.join(), /ضرتها/)
  })
})
