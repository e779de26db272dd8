extension LanguageCues {
    /// Turkish, as Turkey's news sites and organizations' Turkish pages write it. Turkish puts its
    /// verb last and builds words by endings, so a word's beginning names it: the tables list
    /// beginnings ("gözalt*" for "gözaltına", "gözaltındakilerin"). Its ask verbs close the sentence
    /// ("… son vermesini istedi", "… talep etti", "… çağrısında bulundu"); the "should" of an ask is
    /// an ending ("bırakılmalı", "etmeli"), so its commonest forms are listed whole. Its small words
    /// (`stopwords`) are those no other language's table writes ("ve", "bir", "için", "ile"), so that
    /// a Turkish text is told from the others by them.
    static let turkish = LanguageCues(
        code: "tr",
        months: [
            ["ocak"], ["şubat"], ["mart"], ["nisan"], ["mayıs"], ["haziran"], ["temmuz"], ["ağustos"], ["eylül"],
            ["ekim"], ["kasım"], ["aralık"],
        ],
        weekdays: ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
        // "çarşamba günü" (on Wednesday): the day's name before "günü" (its day).
        onWeekdays: [
            ["pazartesi günü"], ["salı günü"], ["çarşamba günü"], ["perşembe günü"], ["cuma günü"],
            ["cumartesi günü"], ["pazar günü"],
        ],
        publishedCues: ["yayınlanma tarihi", "yayın tarihi", "yayınlandı", "yayınlanma:", "eklenme tarihi"],
        dateLabels: ["tarih:"],
        updatedCues: ["son güncelleme", "güncellenme tarihi", "güncelleme:", "güncellendi"],
        agoWords: ["önce"],
        askCues: [
            "istedi", "istiyor", "istiyoruz", "istemiştir", "istemektedir", "isteyen", "talep et", "talep ed",
            "talebinde", "çağrı", "çağır", "çağrıda", "çağrısında", "gerekir", "gerekiyor", "gerektiğini",
            "etmeli", "edilmeli", "bırakılmalı", "bırakmalı", "sağlamalı", "vermeli", "yapmalı", "almalı",
            "bırakılsın", "istenen", "tavsiye",
        ],
        raiseVerbs: ["gündeme getir", "dile getir", "konuyu aç"],
        reportedRaiseForms: ["gündeme getirdi", "dile getirdi"],
        followingWords: ["şunları", "aşağıdaki"],
        salutations: ["sayın ", "değerli ", "saygıdeğer "],
        saidVerbs: ["dedi", "diye konuştu", "açıkladı", "belirtti", "ifade etti", "söyledi", "vurguladı"],
        letterWords: ["mektup", "mektubu", "açık mektup", "mektubunda", "mektupta"],
        statementWords: ["açıklama", "açıklamada", "ortak açıklama", "bildiri", "ortak bildiri"],
        releaseWords: ["basın açıklaması", "basın bülteni"],
        bylineOpenings: ["yazan: "],
        stopwords: [
            "ve", "bir", "bu", "için", "ile", "olarak", "gibi", "daha", "çok", "ama", "veya", "şu", "kadar",
            "sonra", "değil", "her", "tüm", "diye", "olan", "ise", "ki", "ayrıca", "insan", "hakları", "haklar",
            "hakkı", "örgütü", "örgüt", "hükümet", "hükümeti", "hükümetin",
        ],
        concepts: [
            "serbest": "release free", "bırak*": "release", "tahliye*": "release", "gözalt*": "detain",
            "tutukl*": "detain arrests", "cezaev*": "prison", "mahkum*": "prisoner", "hapis*": "prison detain",
            "hapse": "prison detain", "gazeteci*": "journalist", "savunucu*": "defender", "aktivist*": "activist",
            "avukat*": "lawyer", "aile*": "family", "işkence*": "torture", "soruştur*": "investigate investigation",
            "yargıla*": "trial", "yargı": "justice court", "mahkeme*": "court", "bağımsız": "independent",
            "polis*": "police", "şiddet*": "violence", "toplanma": "assembly", "toplantı*": "meeting assembly",
            "gösteri*": "protest", "protesto*": "protest", "barışçıl": "peaceful", "ifade": "expression",
            "özgürlü*": "freedom", "basın*": "press", "medya*": "media", "yasak*": "ban", "kaldır*": "lift repeal",
            "idam": "execution death", "muhalif*": "opposition", "eleştir*": "critic", "seçim*": "election",
            "zirve*": "summit", "ziyaret*": "visit", "görüşme*": "meet meeting", "açıkça": "publicly",
            "kamuoyu*": "publicly", "sivil*": "civil civilian", "kadın*": "women", "çocuk*": "child",
            "mülteci*": "refugee", "göçmen*": "migrant", "kürt*": "kurdish", "ayrımcı*": "discrimination",
            "keyfi": "arbitrary", "güvence": "guarantee", "derhal": "immediately", "koşulsuz": "unconditionally",
            "türkiye*": "turkey", "suriye*": "syria", "rusya*": "russia", "iran*": "iran", "uygur*": "uyghur",
            "ukrayna*": "ukraine ukrainian",
        ],
        aheadCues: ["öncesinde", "arifesinde", "kapsamında", "bu hafta", "yarın", "gelecek hafta", "bugün"],
        countries: [
            "türkiye*": "turkey", "ankara": "turkey", "suriye*": "syria", "rusya*": "russia", "iran*": "iran",
            "mısır*": "egypt", "azerbaycan*": "azerbaijan", "çin": "china",
        ],
        nameForms: [
            "cenevre*": "Geneva", "brüksel*": "Brussels", "moskova*": "Moscow", "pekin*": "Beijing",
            "londra*": "London", "almanya*": "Germany",
        ],
        // "Uluslararası Af Örgütü" (Amnesty International), "İnsan Hakları İzleme Örgütü" (Human Rights Watch).
        organizationNameWords: [
            "uluslararası": "international", "af": "amnesty", "insan": "human", "hakları": "rights", "izleme": "watch",
            // Capital "İ" lowercases to "i" and a combining dot above: "İnsan" is read "i̇nsan".
            "i\u{307}nsan": "human", "i\u{307}zleme": "watch",
            "örgütü": "", "örgütünün": "",
        ],
        textEnds: ["paylaş", "ilgili haberler", "benzer haberler", "etiketler", "yorumlar", "kaynak:"],
        closings: ["saygılarımızla", "saygılarımla"],
        organizationNouns: ["örgüt", "örgütü", "dernek", "derneği", "vakıf", "vakfı"])
}
