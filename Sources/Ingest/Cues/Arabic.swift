extension LanguageCues {
    /// Arabic, as Arab news sites, agencies and organizations' Arabic pages write it. Arabic joins
    /// "and", "the" and some prepositions to the next word, so:
    /// - the cues matched at a word's start (`askCues`, `saidVerbs`) list their forms with a joined
    ///   "and" or "as" as the text writes them ("وطالبت", "ودعت", "كما دعت"), and a hamza's
    ///   spellings (أ and ا) where sites write both;
    /// - the tables of words (`concepts`, `countries`, `nameForms`) write each word bare — no
    ///   article, no joined letter, plain alef — and a page's word is looked up by its readings
    ///   (`ArabicWords.readings`).
    ///
    /// Months are written by their Egyptian and Gulf names ("يوليو"), their Levantine ones ("تموز";
    /// the two-word ones, "كانون الثاني", are left out: a month is one word) and their Maghreb ones
    /// ("جويلية"). The ask verbs are the genre's: دعا (call on), طالب (demand), حث (urge), ناشد
    /// (appeal), حض (exhort), أوصى (recommend), and يجب / ينبغي (must, should); "طالب" is also a
    /// student and begins "طالبان" (the Taliban), so only its verb's forms are listed. It has no
    /// `todayWords`: Arab news reports write "today" of what an organization said as much as its own
    /// releases do (every Arabic page of the development set is a report or a repost). Nor does
    /// "العشرين" name the G20: it is also "twenty" ("في العشرين سنة").
    static let arabic = LanguageCues(
        code: "ar",
        months: [
            ["يناير", "جانفي"], ["فبراير", "فيفري", "شباط"], ["مارس", "آذار", "اذار"],
            ["أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان"], ["مايو", "ماي", "أيار", "ايار"],
            ["يونيو", "يونيه", "جوان", "حزيران"], ["يوليو", "يوليه", "جويلية", "تموز"],
            ["أغسطس", "اغسطس", "أوت", "اوت", "آب"], ["سبتمبر", "أيلول", "ايلول"], ["أكتوبر", "اكتوبر"],
            ["نوفمبر"], ["ديسمبر"],
        ],
        weekdays: [
            "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد",
        ],
        // "يوم الأربعاء" (on Wednesday): the day's name after "يوم" (day), as news says when a letter was sent.
        onWeekdays: [
            ["يوم الاثنين", "يوم الإثنين"], ["يوم الثلاثاء"], ["يوم الأربعاء", "يوم الاربعاء"], ["يوم الخميس"],
            ["يوم الجمعة"], ["يوم السبت"], ["يوم الأحد", "يوم الاحد"],
        ],
        publishedCues: ["نشر في", "نُشر في", "نشر بتاريخ", "تاريخ النشر", "نشرت في", "نُشرت في"],
        dateLabels: ["التاريخ:"],
        updatedCues: ["آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث:"],
        askCues: [
            // Call on: دعا, its forms, and their joined "and".
            "دعت", "ودعت", "دعا ", "ودعا ", "دعوا", "ودعوا", "يدعو", "ويدعو", "تدعو", "وتدعو", "ندعو", "وندعو",
            "داعية", "داعيا", "داعين",
            // Demand: طالب's verb forms, never the noun (a student) or "طالبان".
            "طالبت", "وطالبت", "طالب ", "وطالب ", "طالبوا", "وطالبوا", "يطالب", "ويطالب", "تطالب", "وتطالب",
            "نطالب", "ونطالب", "مطالبة", "مطالبين", "مطالبا",
            // Urge, appeal, exhort, recommend.
            "حثت", "وحثت", "حث ", "وحث ", "يحث", "ويحث", "تحث", "وتحث", "نحث", "ونحث", "ناشدت", "وناشدت", "ناشد ",
            "وناشد ", "يناشد", "تناشد", "نناشد", "حضت", "وحضت", "تحض", "يحض", "أوصت", "اوصت", "وأوصت", "توصي",
            "ويجب", "يجب", "ينبغي", "وينبغي", "يتعين", "ويتعين", "نرجو", "نأمل",
            // "asked", and the noun "a call to".
            "طلبت", "وطلبت", "طلب ", "يطلب", "تطلب", "نطلب", "دعوة إلى", "دعوة الى", "دعوتها", "دعوته",
        ],
        // Raise: أثار (to raise a matter), its noun إثارة, and طرح (to put forward).
        raiseVerbs: ["إثارة", "اثارة", "بإثارة", "باثارة", "يثير", "تثير", "يثيروا", "أن يثير", "طرح ", "بطرح"],
        reportedRaiseForms: ["أثار", "اثار", "أثارت", "اثارت"],
        followingWords: ["التالية", "الآتية", "الاتية", "التالي"],
        salutations: ["السيد الرئيس", "سيادة الرئيس", "فخامة الرئيس", "معالي", "سعادة", "حضرة", "عزيزي", "السيدة"],
        saidVerbs: [
            "قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أضافت", "وأضافت", "اضاف", "واضاف", "صرح", "وصرح",
            "صرحت", "أكد", "وأكد", "أكدت", "وأكدت", "اكد", "واكد",
        ],
        letterWords: ["رسالة", "الرسالة", "رسالة مفتوحة", "برسالة", "رسالتها"],
        statementWords: ["بيان", "البيان", "بيان مشترك", "بيانا مشتركا", "بياناً مشتركاً"],
        releaseWords: ["بيان صحفي", "بيان صحافي", "بلاغ صحفي", "بلاغ صحافي"],
        bylineOpenings: ["بقلم "],
        stopwords: [
            "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك",
            "تلك", "مع", "كان", "كانت", "قد", "لا", "ما", "أو", "او", "ثم", "بين", "عند", "بعد", "قبل", "كما", "حيث",
            "إلا", "الا", "وفي", "ومن", "وعلى", "فيها", "فيه", "منذ", "خلال", "لم", "لن", "هو", "هي", "كل", "أي",
            "حقوق", "الإنسان", "الانسان", "منظمة", "المنظمة", "الدولية", "العفو", "الحكومة", "السلطات",
        ],
        concepts: [
            // Release and detention.
            "افراج*": "release", "سراح*": "release", "اطلاق": "release", "معتقل*": "detain prisoner",
            "اعتقال*": "detain arrests", "احتجاز*": "detain", "محتجز*": "detain", "سجين*": "prisoner",
            "سجناء": "prisoner", "سجن*": "prison", "توقيف*": "arrests detain", "موقوف*": "detain",
            "حبس*": "detain", "اختفاء": "disappearance", "اخفاء": "disappearance enforced", "قسري*": "forced enforced",
            "تعذيب": "torture", "معامله": "treatment", "اعدام*": "execution death", "عقوب*": "penalty sanction",
            "محاكم*": "trial court", "محكم*": "court", "قضاء": "justice court", "قضائي*": "court", "عدال*": "justice",
            "مساءل*": "accountability", "مساءله": "accountability", "محاسب*": "accountability", "افلات": "impunity",
            "تحقيق*": "investigate investigation", "مستقل*": "independent", "تهم*": "charges", "اتهام*": "charges",
            // People.
            "صحفي*": "journalist", "صحافي*": "journalist", "صحاف*": "press media", "اعلام*": "media",
            "مدافع*": "defender", "ناشط*": "activist", "معارض*": "opposition critic", "منتقد*": "critic",
            "محام*": "lawyer", "نساء": "women", "مراه": "women", "امراه": "women", "نسوي*": "women",
            "طفل": "child", "اطفال": "child children", "لاجئ*": "refugee", "مهاجر*": "migrant", "عمال": "worker",
            "عامل*": "worker", "مدني*": "civilian civil", "سكان": "people civilians", "لاعب*": "athlete player",
            "رياضي*": "sport athlete", "مشجع*": "fan", "اقليات": "minority", "اقليه": "minority",
            // Freedoms and abuses.
            "حريه": "freedom", "حريات": "freedom", "تعبير": "expression", "راي": "opinion", "تجمع*": "assembly",
            "سلمي*": "peaceful", "احتجاج*": "protest", "تظاهر*": "protest", "مظاهر*": "protest", "قمع*": "repression",
            "انتهاك*": "violation abuse", "تمييز": "discrimination", "عنف": "violence", "جرائم": "crime",
            "جريم*": "crime", "حرب": "war", "اباده": "genocide", "مضايق*": "harassment",
            "ترهيب": "intimidation", "تهديد*": "threat", "انتقام*": "reprisal", "رقاب*": "censorship surveillance",
            "مراقب*": "monitor monitoring", "حظر": "ban", "منع": "ban", "سفر": "travel",
            // What is asked.
            "علن*": "publicly", "وقف": "stop end", "انهاء": "end", "الغاء": "repeal abolish", "تعليق": "suspend",
            "حمايه": "protect protection", "ضمان": "guarantee ensure",
            "احترام": "respect", "دعم": "support", "تمويل": "fund funding", "مساهمات": "fund contribution",
            "رفع": "lift", "اعاده": "review return", "مراجع*": "review", "ادان*": "condemn", "مقاطع*": "boycott",
            "تطبيع": "normalization", "رعايه": "sponsorship",
            "نقل": "transfer", "اسلحه": "arm", "سلاح": "arm",
            "تسليح": "arm", "عقوبات": "sanction", "تحدث": "speak", "صمت": "silence", "ضغط": "pressure press",
            "حوار": "dialogue", "اصلاح*": "reform", "قانون*": "law", "تشريع*": "law", "انتخاب*": "election",
            "وصول": "access", "زياره": "visit", "لقاء": "meet meeting", "اجتماع*": "meet meeting",
            "قمه": "summit", "مؤتمر": "conference", "جمعيه": "association assembly",
            "مجتمع": "society", "منظمات": "organization ngo", "جمعيات": "association", "انشط*": "activities",
            "كره": "football", "فيفا": "fifa", "كاس": "cup", "مونديال": "world cup",
            "اولمبي*": "olympic", "انساني*": "humanitarian", "مساعد*": "aid", "غذاء": "food", "حصار": "blockade",
            "ممر*": "corridor", "احتلال": "occupation occupied", "مستوطن*": "settlements", "جنائي*": "criminal",
            "خبراء": "experts", "مقرر*": "rapporteur", "مجلس": "council", "قرار": "resolution", "مناخ*": "climate",
            // Countries and peoples, as demands name them.
            "سعودي*": "saudi", "رياض": "saudi", "انقره": "turkey", "مصر": "egypt", "مصري*": "egypt", "تركيا": "turkey",
            "تركي": "turkey",
            "تركيه": "turkey", "ايران": "iran", "ايراني*": "iran", "بحرين*": "bahrain", "امارات": "uae",
            "اماراتي*": "uae", "قطر": "qatar", "قطري*": "qatar", "لبنان": "lebanon", "لبناني*": "lebanon",
            "سوري*": "syria", "عراق*": "iraq", "مغرب": "morocco", "مغربي*": "morocco", "جزائر*": "algeria",
            "تونس*": "tunisia", "ليبي*": "libya", "فلسطين*": "palestinian", "غزه": "gaza", "اسرائيل*": "israel",
            "يمن*": "yemen", "سودان*": "sudan", "صين*": "china", "روسي*": "russia",
            "اوكراني*": "ukraine ukrainian", "ايغور": "uyghur", "اويغور": "uyghur", "كويت*": "kuwait",
            "اردن*": "jordan",
            // Institutions, treaties and what is done with them (set AV's pages, read).
            "تصديق": "ratify", "معاهد*": "treaty", "اتفاقي*": "agreement convention", "اتحاد": "union",
            "افريقي*": "african africa", "اوروبي*": "european europe", "امم": "nations", "متحده": "united",
            "قاهره": "egypt cairo", "اليات": "mechanism", "رئاس*": "chair presidency",
            "تقويض": "undermine", "حمله": "campaign crackdown", "مستشفي*": "hospital", "هجوم": "attack",
            "هجمات": "attack", "استهداف": "attack", "ترحيل": "deportation return", "عسكري*": "military",
            "كونغرس": "congress", "نواب": "lawmakers", "مشرع*": "lawmakers", "مشروط*": "conditional",
            "شروط": "conditional condition",
        ],
        // "… و…": Arabic joins clauses with "and"; a sentence's second ask follows "كما" (as well).
        clauseSeparators: ["، كما ", "، وكذلك ", " وكذلك "],
        relativeClauseOpenings: ["، التي ", "، الذي ", "، الذين "],
        aheadCues: [
            "قبيل", "عشية", "على هامش", "المقبل", "المقبلة", "القادم", "القادمة", "الأسبوع المقبل", "اليوم",
            "في إطار", "بمناسبة",
        ],
        countries: [
            "سعودي*": "saudi-arabia", "رياض": "saudi-arabia", "مصر": "egypt", "مصري*": "egypt", "قاهره": "egypt",
            "تركيا": "turkey", "تركي": "turkey", "تركيه": "turkey", "انقره": "turkey", "ايران": "iran",
            "ايراني*": "iran", "طهران": "iran", "بحرين*": "bahrain", "امارات": "uae", "اماراتي*": "uae",
            "قطر": "qatar", "قطري*": "qatar", "لبنان": "lebanon", "لبناني*": "lebanon", "بيروت": "lebanon",
            "سوريا": "syria", "سوري*": "syria", "دمشق": "syria", "عراق*": "iraq", "بغداد": "iraq", "مغرب": "morocco",
            "مغربي*": "morocco", "رباط": "morocco", "جزائر*": "algeria", "تونس*": "tunisia", "ليبيا": "libya",
            "ليبي*": "libya", "فلسطين*": "palestine", "غزه": "palestine", "اسرائيل*": "israel", "يمن*": "yemen",
            "سودان*": "sudan", "خرطوم": "sudan", "صين*": "china",
            "روسيا": "russia", "روسي*": "russia", "كويت*": "kuwait", "اردن*": "jordan",
        ],
        nameForms: [
            "هامبورغ": "Hamburg", "باريس": "Paris", "لندن": "London", "برلين": "Berlin", "جنيف": "Geneva",
            "نيويورك": "New York", "واشنطن": "Washington", "دافوس": "Davos", "مراكش": "Marrakech", "رياض": "Riyadh",
            "قاهره": "Cairo", "بيروت": "Beirut", "دوحه": "Doha", "موسكو": "Moscow", "بكين": "Beijing",
            "بروكسل": "Brussels", "شرم": "Sharm", "اديس": "Addis", "ابابا": "Ababa",
            "دمشق": "Damascus", "بغداد": "Baghdad", "رباط": "Rabat", "طرابلس": "Tripoli", "سرت": "Sirte",
            "نواكشوط": "Nouakchott", "جده": "Jeddah", "منامه": "Manama",
            "سوتشي": "Sochi", "باكو": "Baku", "اولمبي*": "Olympic",
            // Leaders engagements are named after.
            "سيسي": "Sisi", "ترامب": "Trump", "بوتين": "Putin", "اوباما": "Obama", "بايدن": "Biden",
            "ماكرون": "Macron", "ميركل": "Merkel", "اردوغان": "Erdogan", "روحاني": "Rouhani",
        ],
        // "الفرع الإسباني" (the Spanish branch), "القسم الفرنسي": the noun before the country's adjective,
        // which is written with its hamza or without.
        nationalSections: Dictionary(
            uniqueKeysWithValues: [
                "الإسباني": "es", "الاسباني": "es", "الفرنسي": "fr", "البريطاني": "uk", "الألماني": "de",
                "الالماني": "de", "الإيطالي": "it", "الايطالي": "it", "الهولندي": "nl", "البلجيكي": "be",
                "السويسري": "ch", "النمساوي": "at", "الكندي": "ca", "الأسترالي": "au", "الاسترالي": "au",
                "الياباني": "jp", "الدنماركي": "dk", "النرويجي": "no", "السويدي": "se", "الفنلندي": "fi",
                "الإيرلندي": "ie", "الايرلندي": "ie", "البرتغالي": "pt", "اليوناني": "gr", "المغربي": "ma",
                "التونسي": "tn", "الكوري": "kr", "المكسيكي": "mx", "الأرجنتيني": "ar", "الارجنتيني": "ar",
                "البرازيلي": "br",
            ].flatMap { adjective, country in ["الفرع", "القسم"].map { ("\($0) \(adjective)", country) } }),
        textEnds: [
            "شارك", "شارك هذا", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة", "أخبار ذات صلة",
            "اخبار ذات صلة", "مقالات ذات صلة", "التعليقات", "المصدر:", "الكلمات المفتاحية", "وسوم:",
        ],
        inlineLinks: ["اقرأ أيضا:", "اقرأ أيضاً:", "اقرأ ايضا:"],
        subjectLabels: ["الموضوع:", "الموضوع :"],
        closings: ["مع خالص التحية", "مع فائق الاحترام", "وتفضلوا بقبول", "وتقبلوا", "مع التحية", "وشكرا"],
        consentCues: ["نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات"],
        sourceCues: ["وفقا ل", "وفقاً ل", "بحسب", "حسب"],
        organizationNouns: ["منظمة", "جمعية", "الجمعية", "المنظمة"])
}
