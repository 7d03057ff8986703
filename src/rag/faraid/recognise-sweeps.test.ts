import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { recogniseCase } from './recognise'

/**
 * The chat's reading of families, tested on what each held-out sweep read wrong or refused: 180 questions at a time
 * (fr / en / ar) written by someone who saw no code, scored before the fixes they prompted. Each test holds the
 * sweep's questions (or their shortest form) that were read wrong — now read right or refused — and refusals now read.
 */

/** The heirs as `{relation: count}`. */
const heirCounts = (heirs: ReadonlyArray<{ relation: string; count: number }>) => Object.fromEntries(heirs.map((h) => [h.relation, h.count]))
/** The heirs read in a text that must be a case. */
const heirsOf = (text: string, lang: 'ar' | 'fr' | 'en') => heirCounts(recogniseCase(text, lang)!.heirs)

describe('held-out sweeps of chat questions: what each read wrong is read right or refused', () => {
  test('second sweep: the heir asked about after a comma, informal kin words, barriers said otherwise, questions about other things', () => {
    /** The heirs with their barriers: `{relation: count}` or `'count!barrier'`. */
    const withBars = (text: string, lang: 'en' | 'fr' | 'ar') => {
      const c = recogniseCase(text, lang)
      return c && Object.fromEntries(c.heirs.map((h) => [h.relation, h.barred ? `${h.count}!${h.barred}` : h.count]))
    }
    assert.deepEqual(withBars("If a man leaves his mother, his wife and his paternal uncle, what is the uncle's share?", 'en'), { mother: 1, wife: 1, full_uncle: 1 })
    assert.deepEqual(withBars('Si un homme meurt en laissant sa femme et un fils, combien reçoit le fils ?', 'fr'), { wife: 1, son: 1 })
    assert.deepEqual(withBars('A man died leaving his wife, his umm and his 2 sons.', 'en'), { wife: 1, mother: 1, son: 2 })
    assert.deepEqual(withBars('Un homme décède et laisse sa zawja, sa mère et son frère.', 'fr'), { wife: 1, mother: 1, full_brother: 1 })
    assert.deepEqual(withBars('My sis died leaving her hubby, her 3 kids (2 boys, a girl) and her ma.', 'en'), { husband: 1, son: 2, daughter: 1, mother: 1 })
    assert.deepEqual(withBars('my sis died leaving her hubby, her 3 kids (2 boys, a girl) and our mum.', 'en'), { husband: 1, son: 2, daughter: 1, mother: 1 })
    assert.deepEqual(withBars('A man died leaving his wife and his father who is Hindu.', 'en'), { wife: 1, father: '1!religion' })
    // ("We are 3 brothers and 2 sisters" after a parent's death: the parent's children, the asker among them)
    assert.deepEqual(withBars("My dad passed away. We are 3 brothers and 2 sisters and my mom is still alive. I'm a boy.", 'en'), { son: 3, daughter: 2, wife: 1 })
    assert.deepEqual(withBars('Mon père est décédé. Nous sommes 3 frères et 2 sœurs et ma mère est vivante. Je suis un garçon. Comment partager ?', 'fr'), { son: 3, daughter: 2, wife: 1 })
    assert.deepEqual(withBars('A man died leaving his cousin, the son of his full paternal uncle, and his paternal aunt.', 'en'), { full_uncles_son: 1, paternal_aunt: 1 })
    assert.deepEqual(withBars('My brother passed away leaving his wife, his 2 daughters and our mother. Our father died before him. I am his only brother.', 'en'), {
      wife: 1,
      daughter: 2,
      mother: 1,
      full_brother: 1,
    })
    for (const [text, lang] of [
      ['A man died leaving his son, who is a slave, and his brother.', 'en'],
      ['A man was killed by his son. He left a wife, that son and another son.', 'en'],
      ['Un homme a été tué par son frère. Il laisse sa femme, ce frère et sa sœur.', 'fr'],
      ['A man died leaving his wife and his son. Should the mother get a salary from the shop?', 'en'],
      ['my dad died leaving my mum and us 3 boys. who will get custody of my little brother?', 'en'],
      ['توفي رجل وترك زوجة وابنين، فكم يوما تحد عليه زوجته؟', 'ar'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('seventh sweep: a death said with «passed» alone, the asker beside a brother, the asker said twice, «ما زالت» in the list, siblings counted after a comma', () => {
    // (an heir said in a later sentence to have «passed» died before the deceased)
    assert.deepEqual(heirsOf('My wife passed away leaving me, our 2 sons and a daughter. Her mother is alive but her father passed. Also she has 3 brothers.', 'en'), {
      husband: 1,
      son: 2,
      daughter: 1,
      mother: 1,
      full_brother: 3,
    })
    assert.deepEqual(heirsOf('A man died leaving his wife, his son and his father. His father passed the exam.', 'en'), { wife: 1, son: 1, father: 1 })
    // (the asker and a brother are two sons, whichever is named first)
    for (const [text, lang] of [
      ['My mom died. She left: Dad, me (son), my brother, my 2 sisters, and her father.', 'en'],
      ['Ma mère est décédée. Elle laisse papa, moi (garçon), mon frère, mes deux sœurs et son père.', 'fr'],
    ] as const)
      assert.deepEqual(heirsOf(text, lang), { husband: 1, son: 2, daughter: 2, father: 1 }, text)
    assert.deepEqual(heirsOf('My father died leaving my mother, me (a son) and my brother.', 'en'), { wife: 1, son: 2 })
    // (the asker listed, then saying who they are: one person)
    assert.deepEqual(heirsOf('ابويا مات وساب امي وانا واخويا، انا بنت. الورث يتقسم ازاي؟', 'ar'), { wife: 1, daughter: 1, son: 1 })
    // («أختنا» is read; a half-sibling of the asker, «لأبينا», is not guessed — it was dropped)
    assert.deepEqual(heirsOf('توفي أخي وترك زوجته وأمه وأختنا، وأنا أخوه الشقيق. كم نصيب كل واحد؟', 'ar'), { wife: 1, mother: 1, full_sister: 1, full_brother: 1 })
    assert.equal(recogniseCase('توفي أخي وترك زوجته وأمه وأختنا لأبينا، وأنا أخوه الشقيق. كم نصيب كل واحد؟', 'ar'), undefined)
    // («ما زالت» is no question: the heirs after it were cut off)
    assert.deepEqual(heirsOf('توفي رجل عن ابن وأمه التي ما زالت حية وأخ. ما نصيب الأم؟', 'ar'), { son: 1, mother: 1, full_brother: 1 })
    // (siblings counted by sex after a comma when the counts add up)
    assert.deepEqual(heirsOf('A man died leaving his parents and 4 siblings, 2 brothers and 2 sisters. Who inherits?', 'en'), { father: 1, mother: 1, full_brother: 2, full_sister: 2 })
    // (the asker's kin in family words beside a death not told from the asker's side: refused, it was dropped)
    assert.equal(recogniseCase('Her brother died leaving his wife and my mom. How is it divided?', 'en'), undefined)
  })

  test('seventh sweep, plain cases that went to retrieval: textbook and spoken forms, the asker in a bracket, «only» in Arabic, division verbs', () => {
    const fr = recogniseCase('Un homme meurt en laissant une épouse, une fille, une fille de fils et une sœur germaine. Parts ?', 'fr')!
    assert.deepEqual(heirCounts(fr.heirs), { wife: 1, daughter: 1, sons_daughter: 1, full_sister: 1 })
    assert.deepEqual(fr.assumptions, [])
    assert.deepEqual(heirsOf('Un homme laisse un fils de fils de fils et une fille. Partage ?', 'fr'), { sons_sons_son: 1, daughter: 1 })
    for (const [text, heirs] of [
      ['What happens if a woman dies leaving a husband, a mother, a full sister and a paternal grandfather?', { husband: 1, mother: 1, full_sister: 1, paternal_grandfather: 1 }],
      ['Man died with only a full brother and a paternal half-brother and a maternal half-brother. Who takes what?', { full_brother: 1, paternal_brother: 1, maternal_brother: 1 }],
      ['woman died - husband, 2 daughters, father, mother. how is it split', { husband: 1, daughter: 2, father: 1, mother: 1 }],
      ['Man died. Family: 2 wives, 4 sons, 1 daughter, his mom. Calculate shares in %', { wife: 2, son: 4, daughter: 1, mother: 1 }],
      ['My brother died leaving his wife, his 2 daughters and me (his only sibling, a sister). What do I get?', { wife: 1, daughter: 2, full_sister: 1 }],
      ['my mum passed, shes survived by dad + me (25F) + my younger bro. how much does each of us get', { husband: 1, daughter: 1, son: 1 }],
      ['My father died. He left: Mom, 3 sons (incl. me), 4 daughters. How is it divided?', { wife: 1, son: 3, daughter: 4 }],
    ] as const)
      assert.deepEqual(heirsOf(text, 'en'), heirs, text)
    // (dying together with an heir is not «died with» a family)
    assert.equal(recogniseCase('A man died with his son in a car accident. His wife and daughter survive. How is it divided?', 'en'), undefined)
    for (const [text, heirs] of [
      ["Mon père est décédé le mois dernier. Il laisse ma mère, moi (son fils unique) et mes deux sœurs. Comment partager l'héritage ?", { wife: 1, son: 1, daughter: 2 }],
      ['Ma sœur est décédée. Elle laisse notre mère, moi-même (sa sœur) et nos deux frères. Comment diviser ?', { mother: 1, full_sister: 1, full_brother: 2 }],
    ] as const)
      assert.deepEqual(heirsOf(text, 'fr'), heirs, text)
    for (const [text, heirs] of [
      ['توفي رجل عن أربع زوجات وأخ شقيق، كيف تتقاسم الزوجات؟', { wife: 4, full_brother: 1 }],
      ['توفيت امرأة عن زوج وبنتين وأب وأم، وهل في المسألة عول؟', { husband: 1, daughter: 2, father: 1, mother: 1 }],
      ['اختي ماتت وسابت جوزها وبنتين وامنا، جوزها ياخد كام؟', { husband: 1, daughter: 2, mother: 1 }],
      ['مات رجل ليس له إلا أخ شقيق وأخ لأب وأخ لأم. من يأخذ ماذا؟', { full_brother: 1, paternal_brother: 1, maternal_brother: 1 }],
      ['توفي رجل ولم يترك سوى زوجة وعم. كيف تقسم التركة؟', { wife: 1, full_uncle: 1 }],
      ['توفي رجل أعرفه عن زوجة وبنت وعم شقيق، والعم يطالب بنصيب. كم يأخذ العم؟', { wife: 1, daughter: 1, full_uncle: 1 }],
    ] as const)
      assert.deepEqual(heirsOf(text, 'ar'), heirs, text)
    // (a grandchild in the accusative was dropped and «من ابنه» read as a son)
    assert.equal(recogniseCase('توفي جدي وترك جدتي وبنتين وحفيداً من ابنه المتوفى. كيف يقتسمون؟', 'ar'), undefined)
  })

  test('eighth sweep: the heir asked about before «if» is not counted again ("sister" began with «si»), barriers said of an heir named alone, the asker’s own faith, «d’un autre fils», deaths of two said together', () => {
    for (const [text, heirs] of [
      ["What's the share of a full sister when the deceased (male) leaves a daughter, a full sister and a paternal brother?", { daughter: 1, full_sister: 1, paternal_brother: 1 }],
      ['What does the paternal half-sister get when a woman dies leaving a husband, a full sister and a paternal half-sister?', { husband: 1, full_sister: 1, paternal_sister: 1 }],
    ] as const) {
      const c = recogniseCase(text, 'en')!
      assert.deepEqual(heirCounts(c.heirs), heirs, text)
      assert.ok(!c.assumptions.some((a) => a.kind === 'deceased_male'), text)
    }
    // (a barrier said in a sentence of its own of an heir there is one of: barred; of one of a group: refused)
    const barred = (text: string, lang: 'en' | 'fr') =>
      recogniseCase(text, lang)!
        .heirs.filter((h) => h.barred)
        .map((h) => `${h.relation}/${h.barred}`)
    assert.deepEqual(barred('A man died leaving his wife and his son. His wife is Christian.', 'en'), ['wife/religion'])
    assert.deepEqual(barred('A man died leaving his wife and his son. His wife isn’t Muslim.', 'en'), ['wife/religion'])
    assert.deepEqual(barred('A man died leaving his wife and his son. His son converted to Christianity.', 'en'), ['son/religion'])
    assert.deepEqual(barred('My father died leaving my mother and me (a son). My mother is Christian.', 'en'), ['wife/religion'])
    assert.deepEqual(barred('Ma mère est décédée, elle laisse mon père et moi (son fils). Mon père est chrétien.', 'fr'), ['husband/religion'])
    assert.equal(recogniseCase('A man died leaving 2 wives and his son. His wife is Christian.', 'en'), undefined)
    // (the asker of another religion, an heir the parser cannot place: refused, it was counted)
    assert.equal(recogniseCase('My husband was Muslim, I am Christian. He died leaving me, our son, and his mother. Do I inherit?', 'en'), undefined)
    assert.equal(recogniseCase('Mon mari est décédé, je suis chrétienne. Il laisse moi et notre fils.', 'fr'), undefined)
    for (const [text, heirs] of [
      ["Un homme décède. Il laisse sa femme, son fils et le fils d'un autre fils prédécédé. Le petit-fils hérite-t-il ?", { wife: 1, son: 1, sons_son: 1 }],
      ["Un défunt laisse un oncle paternel et le fils d'un autre oncle. Qui hérite ?", { full_uncle: 1, full_uncles_son: 1 }],
      [
        'Un homme décède en laissant un petit-fils (fils de son fils) et une petite-fille (fille de sa fille). Son fils et sa fille sont morts avant lui. Qui hérite ?',
        { sons_son: 1, daughters_daughter: 1 },
      ],
    ] as const)
      assert.deepEqual(heirsOf(text, 'fr'), heirs, text)
    // (Arabic: children in the accusative were dropped; an adoption told with its verb, one more heir said alive after
    // the list — refused)
    assert.deepEqual(heirsOf('ما نصيب الزوجة إذا توفي زوجها وترك أولادا ذكورا وإناثا؟', 'ar'), { wife: 1, son: 3, daughter: 3 })
    assert.equal(recogniseCase('توفي رجل وترك ٣ أبناء وبنتًا وزوجة، وأحد الأبناء تبناه ولم يكن من صلبه. فكيف القسمة؟', 'ar'), undefined)
    assert.equal(recogniseCase('بابا توفى وساب ماما وأنا (بنت) وأخويا الصغير. وجدي أبو بابا عايش. كل واحد ياخد كام؟', 'ar'), undefined)
    // (the one asked about in the question is not an heir said alive)
    assert.deepEqual(heirsOf('توفيت عن زوج وأخت وأم. ما نصيب الأخت التي على قيد الحياة؟', 'ar'), { husband: 1, full_sister: 1, mother: 1 })
  })

  test('twelfth sweep: the asker saying who they are is not one more heir; a grandparent named through a parent; a line said after « our » siblings; an emphatic « lui-même »; a death caused', () => {
    for (const [text, lang, heirs] of [
      ['Mon mari est décédé. Je suis sa seule épouse, on n’a pas eu d’enfants. Il a 2 sœurs et 1 frère.', 'fr', { wife: 1, full_sister: 2, full_brother: 1 }],
      ["My husband died. I'm his only wife. He left 2 sisters and his mother.", 'en', { wife: 1, full_sister: 2, mother: 1 }],
      ["My father died and left my mom, me and my 2 sisters, and his brother. I'm a girl, so we're 3 girls in total.", 'en', { wife: 1, daughter: 3, full_brother: 1 }],
      ["My father died leaving us 6 kids: 4 boys and 2 girls, plus my mom. Also my dad's mom is alive.", 'en', { son: 4, daughter: 2, wife: 1, mother: 1 }],
      ['Mon père est décédé, il laisse ma mère, moi (fils) et la mère de mon père.', 'fr', { wife: 1, son: 1, mother: 1 }],
      ['Ma mère est décédée, elle laisse mon père, moi (fille) et le père de ma mère.', 'fr', { husband: 1, daughter: 1, father: 1 }],
      ['Un homme laisse sa mère, sa femme, ses 2 filles et le fils de son frère germain. Le frère lui-même est décédé avant lui.', 'fr', { mother: 1, wife: 1, daughter: 2, full_brothers_son: 1 }],
      [
        'Mon grand-père est décédé. Il laisse sa femme, ses 2 filles, et nous 3 petits-fils, les fils de son fils mort il y a 5 ans. Nous sommes tous des garçons.',
        'fr',
        { wife: 1, daughter: 2, sons_son: 3 },
      ],
      ['توفيت زوجتي وتركت بنتاً واحدة وأمها وأخاها الشقيق. ما نصيبي أنا؟', 'ar', { husband: 1, daughter: 1, mother: 1, full_brother: 1 }],
      ['توفي زوجي ولم يكن لنا أولاد، وله أم وأخت شقيقة وأخ لأب. وأنا زوجته الوحيدة. كم نصيبي؟', 'ar', { wife: 1, mother: 1, full_sister: 1, paternal_brother: 1 }],
      ['توفي أخي وترك زوجته وأخوين من الأب والأم وإخوتنا من الأم، وأنا أخته الشقيقة. فكيف يقسم المال؟', 'ar', { wife: 1, full_brother: 2, maternal_brother: 3, full_sister: 1 }],
      ['توفيت أمي وتركت أبي وأنا (بنت) وأخي، وأمها (جدتي) ما زالت على قيد الحياة.', 'ar', { husband: 1, daughter: 1, son: 1, mother: 1 }],
      ['جوزي مات من شهرين وساب لي ولد وبنت، وأبوه وأمه عايشين. كل واحد ياخد كام؟', 'ar', { wife: 1, son: 1, daughter: 1, father: 1, mother: 1 }],
      ['توفي زوجي منذ شهرين وترك لي ولدا وبنتا. كم يأخذ كل واحد؟', 'ar', { wife: 1, son: 1, daughter: 1 }],
      ['توفي رجل الأسبوع الماضي وترك زوجة وابنا', 'ar', { wife: 1, son: 1 }],
      [
        'Mon grand-père maternel est décédé. Ma mère était sa seule enfant, elle est décédée en 2019. Il laisse sa femme et les deux fils de son frère germain.',
        'fr',
        { wife: 1, full_brothers_son: 2 },
      ],
    ] as const)
      assert.deepEqual(heirsOf(text, lang), heirs, text)
    assert.equal(recogniseCase("Mon père est décédé. Mon frère l'a frappé et c'est ce qui a causé sa mort. Il reste ma mère, moi (garçon) et ma sœur.", 'fr'), undefined)
  })

  test('twelfth sweep, plain cases that went to retrieval: "Man dies:", parents "both alive", « la mère prend », "her mom and dad"; a list corrected as written is refused', () => {
    for (const [text, lang, heirs] of [
      ["Man dies: wife, daughter, son's daughter, mother, father.", 'en', { wife: 1, daughter: 1, sons_daughter: 1, mother: 1, father: 1 }],
      ['my husband died 2 weeks ago, we had no children. his parents are both alive. how much do i get and how much do his parents get?', 'en', { wife: 1, father: 1, mother: 1 }],
      ['un homme meurt, il laisse sa femme, sa mere et son pere. la mere prend le tiers du total ou le tiers du reste ?', 'fr', { wife: 1, mother: 1, father: 1 }],
      ['My wife passed away yesterday. She left me, our daughter, and her mom and dad.', 'en', { husband: 1, daughter: 1, mother: 1, father: 1 }],
      ['A man died leaving his wife, his dad and mom.', 'en', { wife: 1, father: 1, mother: 1 }],
    ] as const)
      assert.deepEqual(heirsOf(text, lang), heirs, text)
    assert.equal(recogniseCase('man dies: wife, well 2 wives actually he had two, plus 1 son 1 daughter. how to split', 'en'), undefined)
  })

  test('ninth sweep: questions about a debt, a gift, an agreement, the law or the funeral are not cases; siblings beside a parent’s death, «my Muslim husband», a killing or a group told apart', () => {
    for (const [text, lang] of [
      ['توفي والدي وعليه دين لأحد أصدقائه، وترك أمي وأربعة أبناء. هل يجب سداد الدين قبل تقسيم التركة أم يتحمله الأكبر؟', 'ar'],
      ['توفي رجل وترك زوجة وأولادا، من يتحمل تكاليف الجنازة والدفن؟ هل من التركة؟', 'ar'],
      ['My father gave my brother his shop 2 years before he died. Now that dad has passed and left mom, 2 sons and 3 daughters, do we have to include the shop in the estate?', 'en'],
      ['Can heirs agree to divide equally between sons and daughters? Our father died leaving mom, 2 sons and 2 daughters, and we all agree.', 'en'],
      ["Notre mère est décédée, laissant notre père et nous quatre. Qui doit payer les frais d'obsèques : la succession ou les fils ?", 'fr'],
      ['Je suis assistante dans un cabinet notarial. Le défunt, musulman, laisse une épouse et deux fils en France. Le droit français reconnaît-il le partage islamique ?', 'fr'],
      // (a killing, a group of the asker's siblings, told apart from the list: refused — the killer inherited, the children were dropped)
      ['Un fils a tué son père. Le père laisse son épouse, ce fils, un autre fils et une fille. Le meurtrier hérite-t-il ?', 'fr'],
      ['توفي رجل وترك زوجة وبنتين وأخا لأم وعمين شقيقين. وأحد العمين قتل المتوفى خطأ في حادث. كيف تقسم؟', 'ar'],
      ["We're 5 siblings (3 brothers, 2 sisters). Our mom died. Dad is still alive. How much of mom's estate does each of us get?", 'en'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
    for (const [text, lang, heirs] of [
      ['My father passed away last month. He left my mother, me (son), my younger brother and three sisters. How is the estate divided?', 'en', { wife: 1, son: 2, daughter: 3 }],
      ['my Muslim husband died. His kids from his first marriage (2 sons) and I survive him. What is my share?', 'en', { son: 2, wife: 1 }],
      [
        'Inheritance question from the masjid: brother X passed away. He leaves his wife, 3 sons, 1 daughter. He also leaves his mother. Brother’s estate is 150k. Please advise.',
        'en',
        { wife: 1, son: 3, daughter: 1, mother: 1 },
      ],
      ['Mon père est décédé. Il avait deux épouses : ma mère et ma belle-mère. Il laisse aussi moi (fille) et ma sœur. Les parts ?', 'fr', { wife: 2, daughter: 2 }],
      ['Mon père est mort, il laisse ma mère, mes deux frères et moi (fille). La mère de ma mère vit avec nous. Qui hérite ?', 'fr', { wife: 1, son: 2, daughter: 1 }],
      ["My father died leaving my mother. He had two brothers. I'm a woman. How is it divided?", 'en', { wife: 1, daughter: 1, full_brother: 2 }],
    ] as const)
      assert.deepEqual(heirsOf(text, lang), heirs, text)
    // ("-in-law" is no law)
    assert.deepEqual(heirsOf('My husband died leaving his mother (my mother-in-law) and our son. How much does my mother-in-law get?', 'en'), {
      wife: 1,
      mother: 1,
      son: 1,
    })
    // (parents of another religion, said of both)
    const c = recogniseCase('Je suis converti à l’islam. Ma femme musulmane est décédée. Ses parents sont chrétiens et vivants, et nous avons un fils musulman. Qui hérite ?', 'fr')!
    assert.deepEqual(
      c.heirs.filter((h) => h.barred).map((h) => h.relation),
      ['father', 'mother'],
    )
  })

  test('tenth sweep: insurance, selling the house, a deceased of another religion, an adoption told apart are not computed', () => {
    for (const [text, lang] of [
      ['When my husband died, he had life insurance. Is the payout part of the estate to be divided?', 'en'],
      ['Mon mari est mort il y a 3 mois. Est-ce que je peux vendre la maison avant le partage ?', 'fr'],
      ["Mon épouse est décédée, elle était chrétienne et je suis musulman. Nos enfants, musulmans, peuvent-ils hériter d'elle ?", 'fr'],
      ['Mon père est décédé. Il avait adopté mon frère Karim. Il y a ma mère et moi (sa fille). Karim hérite-t-il ?', 'fr'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('thirteenth sweep: what was read wrong is read right or refused', () => {
    // ("his father's half-brother through the father only": the side said after him is his line, not the father)
    assert.deepEqual(heirsOf("A man died leaving his wife, his father's full brother and his father's half-brother through the father only.", 'en'), {
      wife: 1,
      full_uncle: 1,
      paternal_uncle: 1,
    })
    // (« qui s'est converti au christianisme »: the relative clause bars him)
    const converted = recogniseCase(
      "Mon père est mort. Il laisse ma mère, moi (garçon), ma sœur, et mon grand frère qui s'est converti au christianisme il y a des années. Comment on partage ?",
      'fr',
    )!
    assert.deepEqual(heirCounts(converted.heirs.filter((h) => !h.barred)), { wife: 1, son: 1, daughter: 1 })
    assert.deepEqual(
      converted.heirs.filter((h) => h.barred).map((h) => [h.relation, h.barred]),
      [['son', 'religion']],
    )
    // («وأخاً لأب وأمَّ زوجته»: «أم» begins the wife's mother, no full line; «وترك إلي ولبنتي»: «ل» before the asker's
    // child; «وعنده أخين»: the spoken dual)
    assert.deepEqual(heirsOf('توفي رجل وترك زوجته وأخته الشقيقة وأخاً لأب وأمَّ زوجته.', 'ar'), { wife: 1, full_sister: 1, paternal_brother: 1 })
    assert.deepEqual(heirsOf('جوزي توفى وترك إلي ولبنتي الوحيدة، وأبوه وإمه عايشين، وعنده أخين. كيف منقسم البيت؟', 'ar'), {
      wife: 1,
      daughter: 1,
      father: 1,
      mother: 1,
      full_brother: 2,
    })
    for (const [text, lang] of [
      // (the father's uterine brother: a distant kinsman the vocabulary lacks — "through the mother" was the mother)
      ["A man died leaving his wife and his father's half-brother through the mother.", 'en'],
      // (a killing told as « tué volontairement par l'un de ses fils », none of them said to be the killer)
      ["Un homme a été tué volontairement par l'un de ses fils. Il laisse sa femme, ses deux fils et une fille.", 'fr'],
      // (the asker's children by a first marriage are no children of the deceased husband)
      ["Mon mari est décédé. Il laisse moi, nos deux filles, et mes deux fils d'un premier mariage qu'il a élevés comme les siens. Son frère est vivant aussi. Comment partager ?", 'fr'],
      ['My husband died leaving me, our daughter and my son from my first marriage. How is it divided?', 'en'],
      // (whether a gift is part of the estate: not a division)
      ["Mon mari m'avait offert une voiture de son vivant, elle est à mon nom. Est-ce qu'elle fait partie de l'héritage maintenant qu'il est décédé ?", 'fr'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
    // («أخيها»: the genitive of «أخ», one brother — not the spoken dual in construct)
    assert.deepEqual(heirsOf('توفيت عن أمها، وأبيها، وزوجها، وأخيها الشقيق.', 'ar'), { mother: 1, father: 1, husband: 1, full_brother: 1 })
  })

  test('thirteenth sweep: refusals read — the uncle’s son named through the father, a parent glossed by the asker’s word, spoken death verbs', () => {
    assert.deepEqual(heirsOf("A man died leaving 2 wives, a daughter, his mother, and the son of his father's full brother.", 'en'), {
      wife: 2,
      daughter: 1,
      mother: 1,
      full_uncles_son: 1,
    })
    assert.deepEqual(heirsOf("A man died leaving a wife, a mother, and the son of his father's half-brother (same father only).", 'en'), {
      wife: 1,
      mother: 1,
      paternal_uncles_son: 1,
    })
    assert.deepEqual(heirsOf("A man died leaving a wife and the daughter of his father's brother.", 'en'), { wife: 1, uncles_daughter: 1 })
    assert.deepEqual(heirsOf('Un homme laisse sa femme et le fils du frère de son père.', 'fr'), { wife: 1, full_uncles_son: 1 })
    // ("his mother, our granny": one person, the deceased's mother — the asker's word was a grandmother of no side)
    assert.deepEqual(heirsOf("My dad passed away in March. He's survived by my mom, my older brother, me (female), and his mother, our granny. What's everyone's share?", 'en'), {
      wife: 1,
      son: 1,
      daughter: 1,
      mother: 1,
    })
    assert.deepEqual(heirsOf('Mon père est décédé le mois dernier. Il laisse ma mère, mes deux frères, moi (une fille) et notre grand-mère, sa mère à lui. Combien chacun reçoit ?', 'fr'), {
      wife: 1,
      son: 2,
      daughter: 1,
      mother: 1,
    })
    // («توفت», «اتوفت», «أبوي», «مرتي»: spoken forms)
    assert.deepEqual(heirsOf('زوجتي توفت وخلفت ولدين وبنت. كم نصيب كل واحد؟', 'ar'), { husband: 1, son: 2, daughter: 1 })
    assert.deepEqual(heirsOf('أبوي توفى قبل شهر، وخلّف أمي وأنا (ولد) وأختي. كيف القسمة؟', 'ar'), { wife: 1, son: 1, daughter: 1 })
    assert.deepEqual(heirsOf('مرتي اتوفت وخلفت ولد وبنت وأمها. كيف نقسم؟', 'ar'), { husband: 1, son: 1, daughter: 1, mother: 1 })
    // (a brother's death told with the kinsman first, «أخي توفي», by a sibling: the asker inherits beside daughters —
    // left out, the division was wrong; beside a son, who excludes him, it is read)
    for (const text of ['أخي توفي وترك زوجته وبنتين وأمي. كيف نقسم؟', 'أخوي توفى وترك زوجته وبنتين وأمي. كيف نقسم؟', 'أختي توفيت وتركت زوجها وأمي. كيف نقسم؟'])
      assert.equal(recogniseCase(text, 'ar'), undefined, text)
    assert.deepEqual(heirsOf('أخوي توفى وترك زوجته وابنه وأمي. كيف نقسم؟', 'ar'), { wife: 1, son: 1, mother: 1 })
    // (spoken: the blessing «الله يرحمها» after the death, a comma after the verb, «مرتو», «تلات», «خيّ», «وعندو»)
    assert.deepEqual(heirsOf('زوجتي توفت الله يرحمها، وخلّفت ولدين وبنت، وأبوها وأمها عايشين. كم نصيبي ونصيب العيال؟', 'ar'), {
      husband: 1,
      son: 2,
      daughter: 1,
      father: 1,
      mother: 1,
    })
    assert.deepEqual(heirsOf('ابني الكبير توفى الله يرحمه، ترك مرتو وتلات بنات، وأنا إمه وأبوه كمان عايش، وعندو خيّ وحيد. كيف بيتقسم؟', 'ar'), {
      wife: 1,
      daughter: 3,
      mother: 1,
      father: 1,
      full_brother: 1,
    })
    assert.deepEqual(heirsOf('توفي رجل وترك مرتو وبنتو وابنو وتمن بنات', 'ar'), { wife: 1, daughter: 9, son: 1 })
    assert.deepEqual(heirsOf('توفي رجل وترك امو ومرتو واختو وولادو التلاتة', 'ar'), { mother: 1, wife: 1, full_sister: 1, son: 3 })
    // (a grandparent in spoken words — «ستو», «تيتا», «جدو»: which side? — was dropped; refused)
    for (const text of ['توفي رجل وترك زوجة وابن وستو عايشة', 'توفي رجل وترك زوجة وابن وجدو عايش', 'توفي رجل وترك زوجة وابن، وتيتا عايشة']) assert.equal(recogniseCase(text, 'ar'), undefined, text)
    assert.deepEqual(heirsOf('زوجتي توفت، وخلّفت ولدين وبنت. كم نصيبي؟', 'ar'), { husband: 1, son: 2, daughter: 1 })
    // («وعندو ولدين» after a son: his, as «وعنده» is)
    assert.deepEqual(heirsOf('توفي رجل وترك زوجة وابن وعندو ولدين', 'ar'), { wife: 1, son: 1 })
  })

  test('fourteenth sweep: what was read wrong is read right or refused', () => {
    const barredOf = (text: string, lang: 'en' | 'fr') =>
      recogniseCase(text, lang)!
        .heirs.filter((h) => h.barred)
        .map((h) => `${h.relation}/${h.count}/${h.barred}`)
    // (« je suis l'une des filles »: the asker among the daughters counted, no more of them)
    assert.deepEqual(
      heirsOf(
        "Mon père est décédé. Il avait deux épouses : ma mère et une autre femme. Nous sommes 3 garçons et 4 filles en tout (des deux mères), je suis l'une des filles. Sa mère à lui est encore vivante. Comment se fait le partage ?",
        'fr',
      ),
      { wife: 2, son: 3, daughter: 4, mother: 1 },
    )
    // (a barrier in a relative clause, or in a bracket naming the heir again)
    assert.deepEqual(barredOf("Une femme meurt en laissant son mari, sa mère, son père et deux fils qu'elle avait adoptés.", 'fr'), ['son/2/adoption'])
    assert.deepEqual(barredOf('Man dies leaving a son and a daughter (the daughter converted to Christianity years ago), plus his wife and his father.', 'en'), ['daughter/1/religion'])
    // (« ma mère qui est sa fille unique »: one daughter named twice; « la fille de ce même frère »: the brother's daughter)
    assert.deepEqual(
      heirsOf(
        'Ma grand-mère maternelle est décédée. Elle laisse son mari (mon grand-père), ma mère qui est sa fille unique, nous deux ses petites-filles (les filles de ma mère), et ses deux frères germains.',
        'fr',
      ),
      { husband: 1, daughter: 1, daughters_daughter: 2, full_brother: 2 },
    )
    assert.deepEqual(heirsOf('Un homme est mort en laissant sa mère, sa femme, les deux fils de son frère germain et la fille de ce même frère.', 'fr'), {
      mother: 1,
      wife: 1,
      full_brothers_son: 2,
      brothers_daughter: 1,
    })
    // (« on n'a pas tous la même mère »: no mother of the deceased; "brothers from the same mother" keep their line)
    assert.deepEqual(
      heirsOf(
        "Mon père est décédé, il laisse quatre femmes et nous, ses enfants : cinq garçons et sept filles (je suis une des filles). On n'a pas tous la même mère mais on est tous ses enfants.",
        'fr',
      ),
      { wife: 4, son: 5, daughter: 7 },
    )
    assert.deepEqual(heirsOf('A man died leaving his wife and two brothers from the same mother.', 'en'), { wife: 1, maternal_brother: 2 })
    // («وابنه مات قبله وترك بنتا»: his son's daughter, not a second daughter)
    assert.deepEqual(heirsOf('توفي رجل وترك زوجة وبنتا، وابنه مات قبله وترك بنتا.', 'ar'), { wife: 1, daughter: 1, sons_daughter: 1 })
    // ("passes away": the present tense; « nous trois, ses frères »: the asker among the brothers, counted)
    assert.deepEqual(heirsOf('A man passes away. Survivors: his wife, his mother, two full sisters and two half-brothers through his mother.', 'en'), {
      wife: 1,
      mother: 1,
      full_sister: 2,
      maternal_brother: 2,
    })
    assert.deepEqual(heirsOf('Ma sœur est décédée sans enfants. Elle laisse son mari, notre mère et nous trois, ses frères. Combien pour chacun ?', 'fr'), {
      husband: 1,
      mother: 1,
      full_brother: 3,
    })
    for (const [text, lang] of [
      // (the asker's stepson beside a wife's death may be her own son)
      [
        'My wife died during surgery. She leaves me, our 3 sons and 1 daughter, her mom and dad, and her sister. My stepson (her son from her first marriage) also lives with us. How is her estate divided?',
        'en',
      ],
      // ("us two girls" beside a grandmother's death: grandchildren through whom?)
      ["My grandmother (my mum's mum) passed away. She leaves my grandfather (her husband), my mum, my uncle (mum's brother) and us two girls, my mum's daughters. What's my mum's share?", 'en'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('fifteenth sweep: kin said dead together, a denial over a list, children of a kinsman counted in two groups, a foster child', () => {
    // (« Son père et sa mère étaient déjà décédés », « Ses parents et ses grands-parents sont tous morts »: both dead)
    assert.deepEqual(heirsOf('Un homme meurt en laissant son grand-père paternel, sa femme et deux frères germains. Son père et sa mère étaient déjà décédés.', 'fr'), {
      paternal_grandfather: 1,
      wife: 1,
      full_brother: 2,
    })
    assert.deepEqual(heirsOf('Un homme est décédé. Ses parents et ses grands-parents sont tous morts. Il laisse deux oncles paternels. Qui hérite ?', 'fr'), { full_uncle: 2 })
    assert.deepEqual(heirsOf('Un homme est décédé. Ses parents sont tous morts. Il laisse deux oncles paternels. Qui hérite ?', 'fr'), { full_uncle: 2 })
    // ("her mom passed years back"; "his siblings died before him"; "No children, parents or siblings alive")
    assert.deepEqual(heirsOf('My wife died. Her father is alive (her mom passed years back) and she has one sister and a daughter. How do we divide it?', 'en'), {
      husband: 1,
      father: 1,
      full_sister: 1,
      daughter: 1,
    })
    assert.deepEqual(heirsOf('A man died leaving his mother. His father and all of his siblings died before him. How is it divided?', 'en'), { mother: 1 })
    assert.deepEqual(heirsOf("A man died leaving his wife and his paternal brother's son. No children, parents or siblings alive.", 'en'), { wife: 1, paternal_brothers_son: 1 })
    // (« le fils et la fille de sa fille »: both the daughter's; "three sons and one daughter of his full brother", "his
    // wife, 3 daughters and a son of his brother": counted groups, of one or both? refused below)
    assert.deepEqual(heirsOf("Une femme meurt, laissant le fils et la fille de sa fille (décédée avant elle) et une sœur utérine. Rien d'autre.", 'fr'), {
      daughters_son: 1,
      daughters_daughter: 1,
      maternal_sister: 1,
    })
    assert.deepEqual(heirsOf('Un homme laisse sa mère, sa femme, ses 2 filles et le fils de son frère germain.', 'fr'), { mother: 1, wife: 1, daughter: 2, full_brothers_son: 1 })
    // (« ce garçon recueilli », a child taken in by kafala, "his foster son": no heirs)
    const fostered = recogniseCase('Un homme est décédé en laissant sa femme, un garçon recueilli et deux fils de son frère germain. Comment répartir ?', 'fr')!
    assert.deepEqual(heirCounts(fostered.heirs.filter((h) => !h.barred)), { wife: 1, full_brothers_son: 2 })
    assert.deepEqual(heirsOf('A man died leaving his wife, his foster son and his brother. How is it divided?', 'en'), { wife: 1, full_brother: 1 })
    // («تُوُفِّيَ رجلٌ … فكيف تُقسَم تركته؟»: the vowels written, the question read all the same)
    assert.deepEqual(heirsOf('تُوُفِّيَ رجلٌ وترك زوجةً وابنين وبنتاً واحدة، فكيف تُقسَم تركته؟', 'ar'), { wife: 1, son: 2, daughter: 1 })
    for (const [text, lang] of [
      ['A man died. The only relatives left are three sons and one daughter of his full brother. How is the estate divided?', 'en'],
      ['Un homme est décédé en laissant sa femme, deux fils et une fille de son frère germain. Comment partager ?', 'fr'],
      // (the killer named apart with an adverb, then counted again as "this murderous son")
      ["Un homme a été tué volontairement par son fils aîné, qui a été condamné. Le défunt laisse sa femme, ce fils meurtrier, un autre fils et deux filles. Comment répartir l'héritage ?", 'fr'],
      // (the asker's group counted with the asker: one more, or among them?)
      [
        "my brother passed away leaving his wife, 1 son and our mother. our father died before. I'm his brother, there are 2 of us brothers left plus 1 sister. do me and my brother get anything?",
        'en',
      ],
      // (his brothers said in a sentence after the family)
      ['جوزي توفى الله يرحمو من عشرين يوم، عندي منو ولدين وبنت، وإمو لسا عايشة بس أبوه متوفى من زمان. وعندو أخين بالأردن. كيف بيتقسم الورث؟', 'ar'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('fifteenth sweep: refusals read — the asker saying who they are in speech, one of a group in a bracket, names, an age', () => {
    const read = (text: string, lang: 'ar' | 'fr' | 'en') => {
      const c = recogniseCase(text, lang)
      assert.ok(c, text)
      return heirCounts(c.heirs)
    }
    // ("we are 3 girls", "im a girl btw", "I'm a guy", « je suis l'aînée »: the asker's sex; "im a girl" is no daughter more)
    assert.deepEqual(read('my dad passed away last month. he left behind my mom, me and my two sisters (we are 3 girls, no brothers). how much does each of us get??', 'en'), {
      wife: 1,
      daughter: 3,
    })
    assert.deepEqual(
      read('bro my dad died, he had 2 wives (my mum and my stepmum) both alive. 4 kids total - me and my sister from mum, and 2 boys from stepmum. im a girl btw. how do we divide it', 'en'),
      {
        wife: 2,
        daughter: 2,
        son: 2,
      },
    )
    assert.deepEqual(read("My mother died. Survivors: my father (her husband), me, my 2 sisters. I'm a guy btw. How is it split?", 'en'), { husband: 1, son: 1, daughter: 2 })
    // ("1 fille (moi)", "a son (me)": the one named is the asker)
    assert.deepEqual(read('slt mon pere est decede, il laisse ma mere + 1 fille (moi) + son frere a lui. cmt on partage?', 'fr'), { wife: 1, daughter: 1, full_brother: 1 })
    assert.deepEqual(read('My father died leaving my mother, a son (me) and two daughters. How is it divided?', 'en'), { wife: 1, son: 1, daughter: 2 })
    // (« qui vit à Paris », « ma sœur Marie »: a place and a name, not a misspelt « maris »)
    assert.deepEqual(read("Ma mère est décédée. Mon père était déjà mort. On est trois enfants : mon frère Karim qui vit à Paris, ma sœur Marie et moi (je suis l'aînée). Comment partager ?", 'fr'), {
      son: 1,
      daughter: 2,
    })
    // («عمره 25 سنة» between the death and the heirs; «لم يترك أحدا من أقاربه إلا»: only these)
    assert.deepEqual(read('توفي شاب أعزب عمره 25 سنة، وترك أمه وجده أبا أبيه وأخوين شقيقين، وكان أبوه قد توفي قبله بعشر سنوات.', 'ar'), {
      mother: 1,
      paternal_grandfather: 1,
      full_brother: 2,
    })
    assert.deepEqual(read('توفي رجل لم يترك أحدا من أقاربه إلا زوجته وأخاه الشقيق. فكيف تقسم التركة؟', 'ar'), { wife: 1, full_brother: 1 })
    for (const [text, lang] of [
      // (a kinsman of the deceased named only in a question sentence: if he is there, the shares change)
      ["Salaam, my mother died on Friday. Survivors: my father (her husband), me, my 2 daughters' aunt. Also her brother is alive, he says he has a share??", 'en'],
      ['A woman died leaving her husband and her mother. Does her sister get anything?', 'en'],
      ['Une femme est décédée en laissant son mari et sa mère. Et sa sœur, elle hérite ?', 'fr'],
      // (« mon père aussi »: a second death said with the first)
      ["Ma mère est décédée, mon père aussi. On est trois enfants : mon frère, ma sœur et moi (je suis l'aînée). Comment partager ?", 'fr'],
      // (a capital does not make a misspelt kinsman a name)
      ['A woman died leaving her Husbnd and a son. How is it divided?', 'en'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('sixteenth sweep: what was read wrong is read right or refused', () => {
    // (« ses parents aussi sont morts »: both dead)
    assert.deepEqual(heirsOf('Un homme célibataire et sans enfants est décédé, ses parents aussi sont morts. Il ne lui reste que son grand-père maternel et sa tante maternelle. Qui hérite ?', 'fr'), {
      maternal_grandfather: 1,
      maternal_aunt: 1,
    })
    // ("his only son and his grandson (the son's son) both died before him": the bracket skipped, both dead)
    assert.deepEqual(
      heirsOf("A man died. His only son and his grandson (the son's son) both died before him. He left a great-grandson (son's son's son), a daughter, and his wife. How is it divided?", 'en'),
      { sons_sons_son: 1, daughter: 1, wife: 1 },
    )
    // («هالك عن», a jurist's «deceased»; «ليس له من الأقارب أحد إلا»; «ماتت عجوز»: refused before)
    assert.deepEqual(heirsOf('هَالِكٌ عَنْ زَوْجَةٍ وَأُمٍّ وَعَمٍّ.', 'ar'), { wife: 1, mother: 1, full_uncle: 1 })
    assert.deepEqual(heirsOf('توفي رجل ليس له من الأقارب أحد إلا عم أبيه الشقيق وبنت عمه.', 'ar'), { fathers_full_uncle: 1, uncles_daughter: 1 })
    assert.deepEqual(heirsOf('ماتت عجوز ليس لها زوج ولا أولاد ولا إخوة ولا والدان، ولها ابن عم شقيق وبنت عم وابن خالة. لمن تكون التركة؟', 'ar'), {
      full_uncles_son: 1,
      uncles_daughter: 1,
      maternal_aunts_son: 1,
    })
    // («ولم يبق من ذريته إلا …»: only these — the heirs were taken for a negation and dropped)
    assert.deepEqual(heirsOf('مات رجل ولم يبق من ذريته إلا ابن ابن ابن وبنت ابن، وله زوجة.', 'ar'), { sons_sons_son: 1, sons_daughter: 1, wife: 1 })
    for (const [text, lang] of [
      // (a negation with «إلا» before the heirs: the daughter was dropped with it)
      ['مات رجل ولم يكن له ولد إلا بنت، وترك زوجة. كيف تقسم؟', 'ar'],
      // ("my dad's only son": kin named through the asker's parent, read as a son of the deceased)
      ["My dad's brother died. His wife is Christian. They had 2 daughters. My dad (his brother) is alive and I'm his nephew, my dad's only son. Who inherits from my uncle and how much?", 'en'],
      // (« les deux fils de leur autre frère »: whose «leur»? read as the deceased's sons)
      [
        'mon oncle (le frere de mon pere) est decede, il avait ni femme ni enfants et ses parents sont morts. il reste mon pere, leur soeur, et les deux fils de leur autre frere. comment ca se partage ?',
        'fr',
      ],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('seventeenth sweep: what was read wrong is read right or refused', () => {
    // ("the son of another son who died before him": a grandson, not a second son)
    assert.deepEqual(heirsOf('A man died leaving his son, and the son of another son who died before him.', 'en'), { son: 1, sons_son: 1 })
    assert.deepEqual(heirsOf("Un homme laisse son fils et le fils d'un autre fils décédé avant lui. Comment partager ?", 'fr'), { son: 1, sons_son: 1 })
    // ("dad passed in 2019": before)
    assert.deepEqual(
      heirsOf("salam my brother passed away. he's survived by his wife, 2 daughters, our mum, and me and our younger brother. no sons. dad passed in 2019. I'm a man. how is it divided?", 'en'),
      { wife: 1, daughter: 2, mother: 1, full_brother: 2 },
    )
    // (« il a aussi 2 frères »: the deceased's brothers, not the asker's — his sons)
    assert.deepEqual(heirsOf('mon pere est mort on est 4 filles et ma mere, il a aussi 2 freres au maroc. cmt on partage la maison??', 'fr'), {
      daughter: 4,
      wife: 1,
      full_brother: 2,
    })
    // («حمايا»: the Egyptian «my father-in-law», his father — dropped; «الوالدة» beside «توفي الوالد»: his wife, the asker's mother)
    assert.deepEqual(heirsOf('جوزي اتوفى من شهرين، عندنا بنت واحدة عندها ١٢ سنة، وحماتي وحمايا لسه عايشين. الورث هيتقسم ازاي؟', 'ar'), {
      wife: 1,
      daughter: 1,
      mother: 1,
      father: 1,
    })
    assert.deepEqual(heirsOf('توفي الوالد وترك 300000 ريال وبيت، الورثة: الوالدة و4 اولاد و3 بنات. كم نصيب البنت الوحدة؟', 'ar'), { wife: 1, son: 4, daughter: 3 })
    // (a divorce long ago, no spouse read: the waiting period is over, no spouse inherits)
    assert.deepEqual(heirsOf('my sister died, no husband (she got divorced 3 years ago), no kids. she left our mum and dad and us 3 brothers. do we brothers get something too?', 'en'), {
      mother: 1,
      father: 1,
      full_brother: 3,
    })
    assert.deepEqual(
      heirsOf(
        'Ma sœur est décédée, elle était divorcée depuis trois ans et n’avait pas d’enfants. Notre mère vit encore, notre père est décédé. On est deux frères (dont moi) et une sœur. Comment répartir ?',
        'fr',
      ),
      { mother: 1, full_brother: 2, full_sister: 1 },
    )
    // ("2 wives, my mom and his second wife", "two wives, my mother and my stepmother … from my mother he had …": the
    // wives counted, then named and placed — three and four wives were counted)
    assert.deepEqual(heirsOf('My dad died. He had 2 wives, my mom and his second wife, both still alive. Children: 5 sons (I am one of them) and 3 daughters. How do we share the estate?', 'en'), {
      wife: 2,
      son: 5,
      daughter: 3,
    })
    assert.deepEqual(
      heirsOf(
        'My father died leaving two wives, my mother and my stepmother. From my mother he had 3 sons including me, and from my stepmother he had 1 daughter. His father, my grandpa, is still alive. How should it be divided?',
        'en',
      ),
      { wife: 2, son: 3, daughter: 1, father: 1 },
    )
    // ("his sons and grandsons all died before him")
    assert.deepEqual(heirsOf("An old man died at 98. His sons and grandsons all died before him. He leaves his wife, a great-grandson (his son's son's son), and his brother's son.", 'en'), {
      wife: 1,
      sons_sons_son: 1,
      full_brothers_son: 1,
    })
    // (« une fille de ce même oncle »: the uncle's daughter, not his)
    assert.deepEqual(heirsOf('Un homme est décédé sans femme ni enfants. Il reste seulement deux fils de son oncle paternel et une fille de ce même oncle. Qui hérite ?', 'fr'), {
      full_uncles_son: 2,
      uncles_daughter: 1,
    })
    // («ليس له وارث سوى», «لا وارث لها إلا», «وليس له وارث إلا»: the heirs; «غير من ذكر»: those told; «فما الحل؟» asks the division)
    assert.deepEqual(heirsOf('توفي رجل ليس له وارث سوى ابن عمه الشقيق وبنت عمه، فلمن التركة؟', 'ar'), { full_uncles_son: 1, uncles_daughter: 1 })
    assert.deepEqual(heirsOf('توفيت امرأة لا وارث لها إلا ابن بنتها وبنت بنتها وخالها. كيف يقسم مالها؟', 'ar'), {
      daughters_son: 1,
      daughters_daughter: 1,
      maternal_uncle: 1,
    })
    assert.deepEqual(heirsOf('توفي رجل وليس له وارث إلا عم أبيه الشقيق وابن عمه لأب. لمن التركة؟', 'ar'), { fathers_full_uncle: 1, paternal_uncles_son: 1 })
    assert.deepEqual(heirsOf('توفي عن زوجة وابنتين وأخوات شقيقات، وليس له وارث غير من ذكر. ما نصيب الزوجة؟', 'ar'), { wife: 1, daughter: 2, full_sister: 3 })
    assert.deepEqual(heirsOf('توفيت امرأة وتركت زوجًا وأمًّا وجدًّا أبا الأب وأختًا شقيقة، فما الحل؟', 'ar'), {
      husband: 1,
      mother: 1,
      paternal_grandfather: 1,
      full_sister: 1,
    })
    for (const [text, lang] of [
      // («عمه شقيق أبيه», «(أخو أبيه من جهة الأب فقط)»: an uncle glossed through the parent — a father and a brother more)
      ['توفي رجل ولم يترك من أقاربه إلا عمه شقيق أبيه وعمته، فمن يرث؟', 'ar'],
      ['مات رجل ولا وارث له إلا عم لأب (أخو أبيه من جهة الأب فقط) وابن عم شقيق. من يرث؟', 'ar'],
      // (a divorce two weeks ago: within the waiting period the husband may inherit; long ago beside a spouse read: which wife?)
      ['My sister died two weeks after she got divorced. She left our mum and dad and us 3 brothers. How is it divided?', 'en'],
      ['A man died. He divorced his first wife years ago. He leaves his wife, two sons and his father. How is it divided?', 'en'],
      // (« Ma mère, qui était aussi sa fille, est décédée avant elle ; nous sommes ses enfants »: the asker's group beside a grandparent's death)
      [
        'Ma grand-mère maternelle est décédée. Son mari est mort avant elle. Elle laisse 2 fils et 3 filles vivants. Ma mère, qui était aussi sa fille, est décédée avant elle ; nous sommes ses enfants, deux filles.',
        'fr',
      ],
      // («رجل طلق زوجته الأولى … ثم مات وترك زوجته الثانية»: the divorced wife was counted)
      ['رجل طلق زوجته الأولى قبل عشر سنين وانتهت عدتها، ثم مات وترك زوجته الثانية وثلاث بنات وأخًا شقيقًا. كيف يوزع الميراث؟', 'ar'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test("fifteenth and eighteenth sweeps: a half-sibling's line said after him, through whom an heir comes", () => {
    // ("the son of his half-brother on the father's side": refused as no word of the vocabulary, a son read beside it)
    assert.deepEqual(heirsOf("A man died leaving his wife, his mother, his full brother's son and the son of his half-brother on the father's side. How is it divided?", 'en'), {
      wife: 1,
      mother: 1,
      full_brothers_son: 1,
      paternal_brothers_son: 1,
    })
    assert.deepEqual(heirsOf("A woman died leaving her husband and the daughter of her half-sister from the mother's side. How is it divided?", 'en'), {
      husband: 1,
      maternal_sisters_daughter: 1,
    })
    assert.deepEqual(heirsOf('Un homme est décédé en laissant sa femme et le fils de son demi-frère du côté de son père. Comment partager ?', 'fr'), {
      wife: 1,
      paternal_brothers_son: 1,
    })
  })

  test('nineteenth sweep: a line glossed in a bracket, a wife by her rank, «son père non», the asker said twice, spoken Arabic', () => {
    // ("his paternal uncle (his father's half-brother through the grandfather)": the bracket's line, not a full uncle)
    assert.deepEqual(heirsOf("Abdullah died. He left his full sister, his paternal half-sister, his mother, and his paternal uncle (his father's half-brother through the grandfather).", 'en'), {
      full_sister: 1,
      paternal_sister: 1,
      mother: 1,
      paternal_uncle: 1,
    })
    assert.deepEqual(
      heirsOf("A man died leaving a full brother's son's son, a paternal uncle's son (son of his father's half-brother through the father), his mother's sister and his son's son's daughter.", 'en'),
      { full_brothers_sons_son: 1, paternal_uncles_son: 1, maternal_aunt: 1, sons_sons_daughter: 1 },
    )
    assert.deepEqual(heirsOf('A man died leaving his mother and his brother (paternal half-brother).', 'en'), { mother: 1, paternal_brother: 1 })
    // (« le demi-frère de son père » was a full uncle, « le fils du demi-frère de son père » a son and a full uncle)
    assert.deepEqual(heirsOf('Un homme laisse sa mère et le demi-frère de son père.', 'fr'), { mother: 1, paternal_uncle: 1 })
    assert.deepEqual(heirsOf('Un homme laisse sa mère et le fils du demi-frère de son père.', 'fr'), { mother: 1, paternal_uncles_son: 1 })
    // (« Sa mère est en vie, son père non. »: the father was read alive)
    assert.deepEqual(
      heirsOf('Mon mari est décédé. Il avait 3 épouses (moi comprise) et 5 enfants : 3 garçons et 2 filles. Sa mère est en vie, son père non. Comment on partage entre nous les épouses ?', 'fr'),
      { wife: 3, son: 3, daughter: 2, mother: 1 },
    )
    // (« Moi je suis son neveu »: one nephew, the asker — read twice)
    assert.deepEqual(
      heirsOf(
        'Mon oncle paternel est décédé hier. Il avait deux épouses, et en tout 4 fils et 2 filles. Sa mère est encore en vie, et son frère germain (mon père) aussi. Moi je suis son neveu. Est-ce que mon père ou moi on hérite quelque chose ?',
        'fr',
      ),
      { wife: 2, son: 4, daughter: 2, mother: 1, full_brother: 1, full_brothers_son: 1 },
    )
    // (« sa deuxième femme »: a wife, dropped; with « sa première femme », two)
    assert.deepEqual(heirsOf('Mon père est décédé. Il laisse moi (sa fille unique) et sa deuxième femme. Comment partager ?', 'fr'), { daughter: 1, wife: 1 })
    assert.deepEqual(heirsOf('Un homme laisse sa première femme, sa deuxième femme et un fils.', 'fr'), { wife: 2, son: 1 })
    // («وصبي عمره ٣ سنين»: the boy was dropped)
    assert.deepEqual(heirsOf('جوزي توفى من شهرين الله يرحمه، وترك أنا وبنتين وصبي عمره ٣ سنين، وحماتي يعني إمه لسا عايشة. شو حصة كل واحد؟', 'ar'), {
      wife: 1,
      daughter: 2,
      son: 1,
      mother: 1,
    })
    // (refusals now read: "me (her full sister)", « Qui a quoi ? »)
    assert.deepEqual(
      heirsOf('My younger sister died in childbirth; the baby (a girl) survived. She leaves her husband, the baby, our mother and me (her full sister). Our father is dead. Shares pls?', 'en'),
      { husband: 1, daughter: 1, mother: 1, full_sister: 1 },
    )
    assert.deepEqual(heirsOf('Ma femme est morte. Elle laisse moi, nos 2 filles, et son frère germain. Sa mère est aussi vivante. Qui a quoi ?', 'fr'), {
      husband: 1,
      daughter: 2,
      full_brother: 1,
      mother: 1,
    })
    for (const [text, lang] of [
      // (« on est ses frère et sœur germains »: the asker's group said again, counted as two brothers more)
      [
        "ma soeur est décédée, elle laisse son mari, leur fils de 3 ans et notre mère. Notre père est mort avant elle. Moi (sa sœur) et mon frère, on est ses frère et sœur germains. Est-ce qu'on a droit à qqch nous ?",
        'fr',
      ],
      // («واخواتي الاتنين الولاد … يعني احنا ولدين وبنتين»: siblings sexed after the noun, the group restated — 4 daughters, 3 sons)
      ['توفى والدي الله يرحمه وساب والدتي وانا واخواتي الاتنين الولاد واختي. انا بنت يعني احنا ولدين وبنتين. الورث يتقسم ازاي؟', 'ar'],
      ['توفي أبي وترك أمي وأنا وأخي وأختي. أنا بنت يعني نحن ولدان وبنتان.', 'ar'],
      // («أنا أخوها الشقيق، ليا حاجة في الورث؟»: the asker, placed after the family's end, was not among the heirs)
      ['أختي ماتت وسابت جوزها وبنتين، وأمي وأبويا الحمد لله عايشين. أنا أخوها الشقيق، ليا حاجة في الورث ولا لأ؟', 'ar'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test('twentieth sweep: kinship words of another language, a barrier said of two, «son papa à lui», spoken Arabic lines', () => {
    for (const [text, lang] of [
      // (Urdu, Malay and Arabic kinship words in Latin letters were dropped: the mother alone, a brother alone)
      ['Assalam o alaikum bhai, my dada abu expired last week. Survivors: my dadi, my abbu and his 2 brothers, and 1 phuppo. plz tell shares of everyone', 'en'],
      ['My arwah husband passed away in Johor. He leaves me (his isteri), our 1 anak perempuan, his ibu and his bapa, and also his abang (full brother). How much each one gets?', 'en'],
      ['My zawja died (rahimaha Allah). She left me, our ibn and two bint, and her umm. Also her akh shaqiq. How to divide?', 'en'],
      // ("who are both Christians": neither was barred)
      ['A man died leaving his wife, his son, his mother and his sister, who are both Christians. How is it divided?', 'en'],
      ['His mother and his sister are both Christians. A man died leaving his wife, his son, his mother and his sister. How is it divided?', 'en'],
      // ("leaving me": the asker listed where nothing places them — dropped)
      ['wife passed away, no kids. left me, her dad and her mom. what do we each get', 'en'],
      // ("had 3 wives … the other two were still with him": a divorce long ago, and the two wives dropped)
      [
        'My father had 3 wives. He divorced the first one 10 years ago; the other two were still with him when he died. He has 2 sons from the first wife (I am one of them) and 1 daughter from the second wife. Share pls.',
        'en',
      ],
      // (« une petite fille »: their little girl, read as a granddaughter; « les enfants de feu son petit-fils »: a son and a daughter)
      ['Mon frère est mort. Sa femme a 30 ans et ils ont déjà une petite fille. Notre père est vivant. Comment partager ?', 'fr'],
      ['Un homme décède. Il reste son épouse, sa fille, son frère germain et les deux enfants de feu son petit-fils Omar : un garçon et une fille. Comment répartir ?', 'fr'],
      // (« Que dit l'islam de ceux qui privent … »: a ruling, not a division)
      ["Mon oncle est décédé et ses fils refusent de donner leur part à leurs sœurs. Que dit l'islam de ceux qui privent les femmes de l'héritage ?", 'fr'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
    // ("his nephew (his sister's son)": the bracket says which nephew)
    assert.deepEqual(heirsOf("A man died leaving his wife and his son. He willed £30,000 to his nephew (his sister's son).", 'en'), { wife: 1, son: 1, sisters_son: 1 })
    // (« Son papa à lui est décédé depuis », « sa vieille maman », « Moi je suis le 2e garçon »: the father was counted,
    // the mother dropped, the asker a fifth son)
    assert.deepEqual(
      heirsOf(
        'Mon papa est décédé à Bamako. Il a laissé 3 femmes, 7 enfants (4 garçons et 3 filles) et sa vieille maman. Son papa à lui est décédé depuis. Moi je suis le 2e garçon. Comment on fait le partage des biens ?',
        'fr',
      ),
      { wife: 3, son: 4, daughter: 3, mother: 1 },
    )
    // («عياله تسعة (٦ رجال و٣ بنات)»: the sons were dropped; «وبيو»: his father, dropped; «اخت من ابوه بس»: a paternal
    // sister, read as a full one and a father)
    assert.deepEqual(heirsOf('الوالد الله يرحمه توفى عن ثلاث زوجات، واحنا عياله تسعة (٦ رجال و٣ بنات)، وامه عايشة. وش نصيب كل وحدة من الزوجات؟', 'ar'), {
      wife: 3,
      son: 6,
      daughter: 3,
      mother: 1,
    })
    assert.deepEqual(heirsOf('جوزي توفى الله يرحمو وترك إلي وبنتين منو، وإمو وبيو عايشين الحمدلله. شو حصة كل واحد فينا؟', 'ar'), { wife: 1, daughter: 2, mother: 1, father: 1 })
    assert.deepEqual(heirsOf('توفي رجل عن زوجة وابن وأخت من ابوه بس. كيف تقسم؟', 'ar'), { wife: 1, son: 1, paternal_sister: 1 })
  })

  test('nineteenth sweep, Arabic refusals read: an earlier death or a bequest before the heirs, a child who died, «أبي أبيه»', () => {
    assert.deepEqual(heirsOf('توفي شاب أعزب، وكان أبوه قد مات قبله. ترك جده أبا أبيه، وأمه، وأخوين شقيقين. فما نصيب الجد؟', 'ar'), {
      paternal_grandfather: 1,
      mother: 1,
      full_brother: 2,
    })
    assert.deepEqual(heirsOf('توفي رجل وقد مات جميع أولاده قبله، وزوجته متوفاة أيضاً. وترك: بنت ابن، وابن ابن ابن، وبنت ابن ابن. كيف تقسم؟', 'ar'), {
      sons_daughter: 1,
      sons_sons_son: 1,
      sons_sons_daughter: 1,
    })
    assert.deepEqual(heirsOf('توفي رجل وأوصى بثلث ماله لجمعية خيرية، وترك زوجتين وأربعة أبناء ذكور. كيف تقسم التركة بعد الوصية؟', 'ar'), { wife: 2, son: 4 })
    assert.deepEqual(heirsOf('توفي طفل صغير، وأبواه ماتا قبله في حادث. بقي له: أم أمه، وأم أبيه، وأبو أبيه، وأخ من أمه. كيف يقسم ماله؟', 'ar'), {
      maternal_grandmother: 1,
      paternal_grandmother: 1,
      paternal_grandfather: 1,
      maternal_brother: 1,
    })
    // («توفيت فتاة عن أبيها وأمها»: the girl who died was counted as a daughter among her heirs)
    assert.deepEqual(heirsOf('توفيت فتاة عن أبيها وأمها. كيف تقسم التركة؟', 'ar'), { father: 1, mother: 1 })
    assert.deepEqual(heirsOf('توفي صبي عن أبيه وأمه. كيف تقسم التركة؟', 'ar'), { father: 1, mother: 1 })
    // (the heirs said with the death, not one named between: «عن بنت … وأبناء ابنه المتوفى …، وترك بيتاً» stays as it was)
    assert.deepEqual(heirsOf('توفي رجل عن بنت متزوجة وأبناء ابنه المتوفى وزوجة ابنه المتوفى، وترك بيتاً فقط. ما نصيب البنت المتزوجة من البيت؟', 'ar'), {
      daughter: 1,
      sons_son: 3,
    })
  })

  test("twenty-first sweep: « étant prédécédé », « nos deux parents », a child « d'un autre lit », the deceased's sister after «وعندها», an in-law's death, «جده لام»", () => {
    // (« son père étant prédécédé »: the father was counted; « nos deux parents »: both dropped)
    assert.deepEqual(heirsOf('Un homme décède en laissant sa mère, son grand-père paternel et un frère germain, son père étant prédécédé. Quel est le partage ?', 'fr'), {
      mother: 1,
      paternal_grandfather: 1,
      full_brother: 1,
    })
    assert.deepEqual(heirsOf('ma grande soeur est décédée hier, elle laisse son mari, ses 2 garçons et nos deux parents. est ce que nos parents ont une part ? (moi je suis son frère)', 'fr'), {
      husband: 1,
      son: 2,
      father: 1,
      mother: 1,
      full_brother: 1,
    })
    for (const [text, lang] of [
      // (« mon fils d'un autre lit »: the asker's son, her stepson — read as hers)
      [
        "Ma femme est décédée. Elle laisse moi, sa mère, et une fille qu'elle a eue de son premier mariage. On n'a pas d'enfants ensemble. Il y a aussi mon fils d'un autre lit qu'elle a élevé avec moi. Qui hérite ?",
        'fr',
      ],
      // («وعندها أخت شقيقة (خالتي)»: her own sister, read as the asker's — a daughter's daughter)
      ['ماتت أمي وتركت أبي وأنا وأخي، وعندها أخت شقيقة (خالتي). ملاحظة: أنا بنت. كيف يتوزع الميراث؟', 'ar'],
      // («ابو زوجي توفي … عنده زوجي»: the asker's husband, his son, read as a father)
      ['ابو زوجي توفي، وعنده ولد بالتبني رباه من صغره، وغير كذا عنده زوجي وبنتين وزوجته. هل المتبنى يورث؟ وكيف نوزع؟', 'ar'],
      // («وجده لام»: a maternal grandfather, or «جدة» written with «ه»?)
      ['مات رجل عن ابن ابن وبنت ابن واب وجده لام .. ارجو التوضيح', 'ar'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
    // (refusals read: the spoken negation «وما خلّف», a number after the noun in speech «ثنتين», «جوج»)
    assert.deepEqual(heirsOf('مات اخي الكبير الله يرحمه وما خلّف جهال، خلّف مرته وامي، وانا اخوه الشقيق واختنا الشقيقة. ابونا متوفي من زمان. كيف نقسم حقه؟', 'ar'), {
      wife: 1,
      mother: 1,
      full_brother: 1,
      full_sister: 1,
    })
    assert.deepEqual(heirsOf('ماتت زوجتي الله يرحمها وما خلفت جهال، خلفتني انا زوجها، وخواتها الشقيقات ثنتين، واخت من ابوها، وامها. كيف تتقسم حقها؟', 'ar'), {
      husband: 1,
      full_sister: 2,
      paternal_sister: 1,
      mother: 1,
    })
    assert.deepEqual(heirsOf('توفي رجل وما عنده أولاد، وترك زوجة وأخا. كيف تقسم التركة؟', 'ar'), { wife: 1, full_brother: 1 })
    assert.deepEqual(heirsOf('توفي والدي وأوصى بثلث ماله لبناء مسجد، وترك أمي وأخي وأنا (بنت). كيف تقسم التركة بعد تنفيذ الوصية؟', 'ar'), { wife: 1, son: 1, daughter: 1 })
    // («وتبين أن الحمل بنات اثنتين فأكثر»: the number was read as a second wife)
    const twoOrMore = recogniseCase('توفي عن والديه وزوجته حامل، وتبين أن الحمل بنات اثنتين فأكثر. ما نصيب البنات من التركة؟', 'ar')
    assert.deepEqual(heirCounts(twoOrMore!.heirs), { father: 1, mother: 1, wife: 1, daughter: 2 })
  })

  test('twenty-second sweep: the asker said twice, kin told apart, a great-grandson through a son, names for parents', () => {
    // ("I'm her full brother": the asker counted twice; « l'arrière-petit-fils par son fils »: a grandson)
    const sister = recogniseCase("My sister died. She was Muslim but her husband is a Christian. She has 2 daughters and our mum is alive. I'm her full brother. What's the division?", 'en')
    assert.deepEqual(sister?.heirs.map((h) => `${h.relation}:${h.count}${h.barred ? `!${h.barred}` : ''}`).sort(), ['daughter:2', 'full_brother:1', 'husband:1!religion', 'mother:1'])
    assert.deepEqual(heirsOf("Un défunt laisse : l'arrière-petit-fils par son fils (fils du fils de son fils), une fille, et sa mère. Comment partager ?", 'fr'), {
      sons_sons_son: 1,
      daughter: 1,
      mother: 1,
    })
    // («جوزي الله يرحمو توفى وخلّف …، وأنا»: the blessing between the kinsman and the verb — the asker was dropped)
    assert.deepEqual(heirsOf('جوزي الله يرحمو توفى وخلّف بنت وحدة، وأنا، وإمو وأبوه. كيف نقسم؟', 'ar'), { wife: 1, daughter: 1, mother: 1, father: 1 })
    for (const [text, lang] of [
      // (« je suis son neveu » beside an uncle whose sisters include the asker's mother: a sister's son, read as a brother's)
      ['slt mon tonton est mort il avait pas d enfant ni femme, son pere est mort avant lui. il reste sa mere et ses 2 soeurs dont ma mere. moi je suis son neveu. cmt on partage?', 'fr'],
      // (« mon chum »: a word no phrase reads — dropped)
      ['Sa mère est décédée le mois passé. Elle laisse son mari, mon chum, pis sa fille. Comment ça se divise?', 'fr'],
      // (« un garçon en kafala », told apart: the barrier went to her own son)
      ['Ma mère est décédée. Elle a élevé un garçon en kafala. Elle laisse mon père, moi (sa fille) et mon frère. Comment partager ?', 'fr'],
      ["Un homme laisse l'arrière-petit-fils par sa fille et sa mère. Comment partager ?", 'fr'],
      // («أبو سامي توفي … وترك أم سامي»: a father and a mother, and the children named by first names)
      ['أبو سامي الله يرحمه توفي، وترك أم سامي، وأولاده: سامي وخالد ومنى وسارة، وأمه. كم حصة منى؟', 'ar'],
      // («لم يبق إلا نحن أولاد أمي: ولد وبنت» beside a grandmother's death; «وإخوتو … عم يقولوا إلهن حصة؟» left out)
      ['توفيت جدتي لأمي، وأمي بنتها الوحيدة توفيت قبلها. لم يبق إلا نحن أولاد أمي: ولد وبنت، وابن أخيها الشقيق. فمن يرث؟', 'ar'],
      ['جوزي الله يرحمو توفى وخلّف بنت وحدة، وأنا، وإمو. وإخوتو الأشقاء التلاتة عم يقولوا إلهن حصة، صح هالحكي؟', 'ar'],
      // («وترك زوجة وابنين وأنا»: the asker listed, relation not said — dropped)
      ['توفي رجل وترك زوجة وابنين وأنا. ما نصيبي؟', 'ar'],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })

  test("twenty-third sweep: a sibling's line said in a bracket, the kinsman a cousin comes through, «وأخي الشقيق» beside a parent's death", () => {
    // ("2 brothers (same father only, different mother)", « (même père, mères différentes) »: read as full brothers)
    assert.deepEqual(heirsOf('Salam, my husband died last Friday. He left me, his mother, 2 brothers (same father only, different mother) and one full sister. How to divide?', 'en'), {
      wife: 1,
      mother: 1,
      paternal_brother: 2,
      full_sister: 1,
    })
    assert.deepEqual(heirsOf('A man died leaving his wife and a brother (same mother, different father).', 'en'), { wife: 1, maternal_brother: 1 })
    assert.deepEqual(heirsOf('A man died leaving his wife and a brother (same father and same mother).', 'en'), { wife: 1, full_brother: 1 })
    assert.deepEqual(heirsOf('Un homme laisse sa femme et deux frères (même père, mères différentes).', 'fr'), { wife: 1, paternal_brother: 2 })
    // ("the son of his paternal uncle (that uncle was his father's half-brother …)": a full uncle's son)
    assert.deepEqual(
      heirsOf(
        "A man died leaving four wives, a daughter, a son's daughter, and the son of his paternal uncle (that uncle was his father's half-brother: same father, different mother). Divide the estate.",
        'en',
      ),
      { wife: 4, daughter: 1, sons_daughter: 1, paternal_uncles_son: 1 },
    )
    // (« par les garçons »: two sons more; « le petit-fils (fils du fils) de son frère »: a brother and a grandson)
    assert.deepEqual(heirsOf('Le défunt laisse une fille, une fille de fils et un arrière-petit-fils par les garçons (le fils du fils de son fils). Comment partager ?', 'fr'), {
      daughter: 1,
      sons_daughter: 1,
      sons_sons_son: 1,
    })
    assert.deepEqual(heirsOf('Un homme meurt. Il laisse le fils de son frère consanguin et le petit-fils (fils du fils) de son frère germain. Lequel hérite ?', 'fr'), {
      paternal_brothers_son: 1,
      full_brothers_sons_son: 1,
    })
    // («وأخي الشقيق», «وأختي الشقيقة» beside a parent's death: a brother's son, a sister's daughter)
    assert.deepEqual(heirsOf('توفيت أمي وتركت أبي، وأنا (بنت)، وأخي الشقيق. كيف نقسم؟', 'ar'), { husband: 1, daughter: 1, son: 1 })
    assert.deepEqual(heirsOf('توفي أبي وترك أمي وأختي الشقيقة وأنا (ابن). كيف نقسم؟', 'ar'), { wife: 1, daughter: 1, son: 1 })
    // (« mes parents » beside a niece's death: her maternal grandparents, dropped)
    assert.equal(
      recogniseCase("Ma nièce (la fille de ma sœur) est morte. Ses deux parents sont vivants. Moi je suis sa tante maternelle, et mes parents sont vivants aussi. Est-ce qu'on hérite ?", 'fr'),
      undefined,
    )
  })

  test('twenty-fourth sweep: the asker as a grandchild or a half-sibling, an adoption said with «aussi», « 2 gars », « veuve », an uncle glossed in French', () => {
    // (« je suis son petit-fils, le fils de sa fille »: a son's son more; « je suis sa sœur consanguine »: a full sister)
    assert.deepEqual(
      heirsOf(
        'Ma grand-mère maternelle est décédée. Elle laisse son mari (mon grand-père), ses 3 filles (maman et mes 2 tantes) et un fils, mon oncle. Moi je suis son petit-fils, le fils de sa fille. Combien pour maman ?',
        'fr',
      ),
      { husband: 1, daughter: 3, son: 1, daughters_son: 1 },
    )
    assert.deepEqual(
      heirsOf(
        'Mon frère consanguin (même père, pas la même mère) est décédé. Il laisse sa femme et son fils de 10 ans. Moi je suis sa sœur consanguine, et il a aussi un frère germain. Avons-nous une part ?',
        'fr',
      ),
      { wife: 1, son: 1, paternal_sister: 1, full_brother: 1 },
    )
    // (« On avait 2 gars pis une fille »: the boys dropped; « son oncle paternel (frère consanguin de son père) »: a full uncle)
    assert.deepEqual(heirsOf("Mon mari est décédé. On avait 2 gars pis une fille. Sa mère est encore en vie. C'est quoi ma part pis celle des enfants?", 'fr'), {
      wife: 1,
      son: 2,
      daughter: 1,
      mother: 1,
    })
    assert.deepEqual(heirsOf('Un homme meurt et laisse son oncle paternel (frère consanguin de son père), sa tante paternelle et son oncle maternel. Qui hérite ?', 'fr'), {
      paternal_uncle: 1,
      paternal_aunt: 1,
      maternal_uncle: 1,
    })
    // (« ses deux sœurs germaines (dont une est chrétienne) »: the barrier was not read — the two inherited)
    const convert = recogniseCase('Une femme laisse sa mère, ses deux sœurs germaines (dont une est chrétienne) et un frère consanguin. Comment partager ?', 'fr')
    assert.deepEqual(
      convert?.heirs.filter((h) => h.barred).map((h) => `${h.relation}:${h.count}!${h.barred}`),
      ['full_sister:1!religion'],
    )
    // (« elle était veuve »: read as a wife of the deceased woman)
    assert.deepEqual(heirsOf('Une femme est décédée, elle était veuve. Elle laisse sa mère et son frère germain. Comment partager ?', 'fr'), { mother: 1, full_brother: 1 })
    for (const text of [
      // (« Mes parents avaient aussi adopté un garçon »: counted as a son)
      'Ma maman est décédée. Elle laisse mon papa, moi (sa fille unique) et sa mère à elle, ma mamy. Mes parents avaient aussi adopté un garçon. Combien il revient à chacun ?',
      // (« il était marié » and « sa femme » only in the question: the wife dropped)
      'Mon fils est décédé à 30 ans, il était marié, sans enfants. Sa mère et moi (son père) sommes vivants. Il a aussi 2 sœurs. Que revient-il à sa femme ?',
      // (« Moi je suis sa sœur de même père et même mère »: read as a paternal sister more)
      'Ma sœur est décédée. Elle laisse son mari, son fils nouveau-né et notre père. Moi je suis sa sœur de même père et même mère. Comment se partage son or ?',
      // (« Ahmed, est mort en 2019 en laissant 2 garçons »: read as the death, his boys as sons)
      "Hajja Khadija est décédée hier. Elle avait 5 enfants, mais l'aîné, Ahmed, est mort en 2019 en laissant 2 garçons. Les 4 autres sont vivants : Said, Mina, Rachid et Nora. Qui hérite ?",
    ])
      assert.equal(recogniseCase(text, 'fr'), undefined, text)
  })

  test("twenty-fifth sweep: «dead before him, leaving», the asker as a second wife, a child of the asker's first marriage, a cousin said twice, kin all dead", () => {
    // ("one full brother who dead before him, leaving two boys": read as the deceased's sons)
    assert.equal(
      recogniseCase('My friend Rashid died last week, no wife nor children. His mother is living and he had one full brother who dead before him, leaving two boys. How is it shared?', 'en'),
      undefined,
    )
    // ("Me, his 2nd wife; his first wife": three wives)
    assert.deepEqual(heirsOf('My husband died. Me, his 2nd wife; his first wife; my son (age 3); her 2 daughters. His father is alive. How is it divided?', 'en'), {
      wife: 2,
      son: 1,
      daughter: 2,
      father: 1,
    })
    // (« j'ai un fils d'un premier mariage »: the asker's son, counted as hers)
    assert.equal(
      recogniseCase(
        "Ma femme est décédée. Elle avait une fille d'un premier mariage, et nous avons eu un fils ensemble. Moi-même j'ai un fils d'un premier mariage qui vit avec nous. Comment partager ?",
        'fr',
      ),
      undefined,
    )
    // (« son cousin, fils d'un oncle paternel consanguin (…) »: a cousin, an uncle and a son)
    assert.deepEqual(
      heirsOf("Décès d'une femme. Héritiers : son mari, sa petite-fille (la fille de sa fille) et son cousin, fils d'un oncle paternel consanguin (demi-frère de son père par le père). Parts ?", 'fr'),
      { husband: 1, daughters_daughter: 1, paternal_uncles_son: 1 },
    )
    // (« Ses parents, ses grands-parents et ses frères et sœurs sont tous morts avant lui »: the parents were counted)
    assert.deepEqual(
      heirsOf('Un homme décède sans enfants. Ses parents, ses grands-parents et ses frères et sœurs sont tous morts avant lui. Il reste : le fils de son frère germain et la fille de sa sœur.', 'fr'),
      { full_brothers_son: 1, sisters_daughter: 1 },
    )
  })

  test('twenty-sixth sweep: « sa mère restée chrétienne » is barred, a name « Christian » is not', () => {
    const c = recogniseCase(
      "Un homme chrétien converti à l'islam est décédé. Il laisse sa femme musulmane, sa mère restée chrétienne, un fils musulman et un frère germain musulman. Comment partager ?",
      'fr',
    )
    assert.deepEqual(
      c?.heirs.filter((h) => h.barred).map((h) => `${h.relation}!${h.barred}`),
      ['mother!religion'],
    )
    assert.deepEqual(
      recogniseCase('Un homme laisse sa femme, son fils Christian et sa mère. Comment partager ?', 'fr')?.heirs.filter((h) => h.barred),
      [],
    )
  })

  test('twenty-seventh sweep: a name between the kinsman and the barrier, fostering, grandparents of both sides, the victim of a killing', () => {
    // ("My sister Funmi became a Christian": not barred; "her full brother Uncle Kunle": one more uncle)
    const mum = recogniseCase(
      'Pls my mum died. She left my dad (her husband), us 3 sons, and her own mother. Also her full brother Uncle Kunle. My sister Funmi became a Christian years ago. How to share?',
      'en',
    )
    assert.deepEqual(mum?.heirs.map((h) => `${h.relation}:${h.count}${h.barred ? `!${h.barred}` : ''}`).sort(), ['daughter:1!religion', 'full_brother:1', 'husband:1', 'mother:1', 'son:3'])
    for (const [text, lang] of [
      // ("we have fostered a girl, Aisha": counted as a daughter)
      ['My husband died. We had no biological children, but we have fostered a girl, Aisha, since she was a baby. His mother and his two full sisters are alive. Who inherits?', 'en'],
      // ("all four of his grandparents": dropped)
      ['My baby son died when he was 2 months old. Me (his mum), his dad (my husband), and all four of his grandparents are alive. Who inherits what he had?', 'en'],
      // ("Maryam (Muslim) and Sarah (Christian)": a barrier said of someone by name)
      ['My brother Yaqub died. He married two women: Maryam (Muslim) and Sarah (Christian). Kids: 2 sons and 1 daughter. Our mother is alive. I am his full brother. How is it divided?', 'en'],
      // (« Mon grand-père paternel (décédé) … Ali vient de mourir »: two deaths, read as one family)
      [
        "Mon grand-père paternel (décédé) avait deux femmes. Mon père est le fils de la première ; Ali est le fils de la seconde. Ali vient de mourir : il laisse sa femme, sa fille et sa mère. Qu'est-ce que mon père reçoit ?",
        'fr',
      ],
      // (« moi (sa sœur germaine) et mes enfants, un garçon et une fille »: the asker's children read as his)
      ["Mon frère est décédé, il n'était pas marié. Nos parents sont morts. Il reste moi (sa sœur germaine) et mes enfants, un garçon et une fille. Est-ce que mes enfants héritent ?", 'fr'],
      // (« Ma blonde … Elle est décédée »: the asker, her husband, dropped)
      ['Ma blonde pis moi on était mariés. Elle est décédée le mois passé. Elle a 2 gars, pis ses parents sont encore en vie. Moi je touche combien?', 'fr'],
      // (« Une femme a empoisonné son mari … Il laisse … »: read as the woman's death)
      ['Une femme a empoisonné son mari, elle a été condamnée. Il laisse aussi sa mère, son fils et sa fille. Comment partager ?', 'fr'],
      // (« jsuis le fils unique de mon père, il est mort »: the asker, his only son, left out of the division)
      ['jsuis le fils unique de mon pere, il est mort hier. il avait 2 femmes, ma mere et une autre. sa mere a lui est encore vivante et il a un frere germain. combien pour chacun stp', 'fr'],
      // (« Karim est mort l'an dernier en laissant un petit garçon »: his boy read as a third son)
      [
        "Mon époux vient de décéder. Nous avons eu 4 enfants : deux garçons, Karim et Yassine, et deux filles. Karim est mort l'an dernier en laissant un petit garçon. Il y a aussi la mère de mon mari. Comment partager ?",
        'fr',
      ],
    ] as const)
      assert.equal(recogniseCase(text, lang), undefined, text)
  })
})
