extension LanguageCues {
    /// Portuguese, as Brazil's and Portugal's sites write it. Its small words
    /// (`stopwords`) are those a Spanish text uses little ("o", "é", "em",
    /// "não", "ao"), so that a Spanish page is not read as Portuguese. Its ask
    /// cues end at a word's end where Spanish or English has a longer word
    /// that begins the same ("pede " not "pedestrian", "apela " not "apelación"). Its raise verb
    /// "abordar" is Spanish's, already in Spanish's table; "levantar" (lift) and "tratar" (try) would
    /// make Spanish sentences asks.
    static let portuguese = LanguageCues(
        code: "pt",
        months: [
            // Sites abbreviate months ("12 Ago 2023"); "set" and "out" are English's words, left out.
            ["janeiro", "jan"], ["fevereiro", "fev"], ["março", "mar"], ["abril", "abr"], ["maio", "mai"],
            ["junho", "jun"], ["julho", "jul"], ["agosto", "ago"], ["setembro"], ["outubro"], ["novembro", "nov"],
            ["dezembro", "dez"],
        ],
        dayFirstMonthForms: ["ago"],
        // "terça-feira" is read as two words: the weekday and "feira".
        dateFillers: ["de", "feira"],
        weekdays: ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        onWeekdays: [
            ["segunda-feira"], ["terça-feira"], ["quarta-feira"], ["quinta-feira"], ["sexta-feira"],
            ["no sábado", "neste sábado"], ["no domingo", "neste domingo"],
        ],
        publishedCues: ["publicado em", "postado em", "publicada em", "publicado:"],
        dateLabels: ["data:"],
        updatedCues: ["última atualização", "atualizado em", "atualizado:", "atualizado", "atualização:"],
        askCues: [
            "pede ", "pedem", "pedimos", "pediu", "pediram", "reivindica", "apela ", "apelam", "apelamos", "cobra ",
            "cobram", "deve ", "devem", "deveria", "deveriam", "recomenda ", "recomendam", "exig", "solicit", "insta ",
            "instam",
        ],
        followingWords: ["seguint"],
        salutations: [
            "excelentíssimo", "excelentíssima", "prezado", "prezada", "senhor presidente", "senhora presidenta",
        ],
        saidVerbs: ["disse", "afirmou", "declarou", "destacou", "ressaltou"],
        letterWords: ["carta"],
        signedWords: ["assinad", "datad"],
        statementWords: ["declaração", "nota pública", "declaração conjunta"],
        releaseWords: ["comunicado", "comunicado de imprensa", "nota à imprensa"],
        embargoLines: ["para divulgação imediata", "para publicação imediata"],
        pressContacts: ["contato para imprensa", "contatos para imprensa", "assessoria de imprensa"],
        opinionLabels: ["opinião", "artigo", "coluna"],
        opinionDisclaimers: ["não refletem necessariamente"],
        todayWords: [" hoje "],
        stopwords: [
            // "a", "as" and "e" are Portuguese's as much as English's "a" and "as" are English's.
            "a", "as", "e", "um", "ou", "o", "os", "à", "às", "é", "mais", "do", "da", "dos", "das", "em", "na", "nas",
            "ao", "aos", "não",
            "uma", "com", "pelo", "pela", "seu", "sua", "também", "são", "foi", "pelos", "pelas", "direitos",
            "governo",
        ],
        concepts: [
            "garant*": "guarantee", "segurança": "safety security", "campanha*": "campaign", "ataque*": "attack",
            "libertação": "release", "libert*": "release", "soltura": "release", "liberdade*": "freedom",
            "detid*": "detain", "detenç*": "detain", "prisão": "detain", "preso": "prisoner", "presos": "prisoner",
            "presa": "prisoner",
            "presas": "prisoner", "prisioneir*": "prisoner",
            "jornalista*": "journalist", "defensor*": "defender", "advogad*": "lawyer", "ativista*": "activist",
            "tortur*": "torture", "impunidade": "accountability justice", "justiça": "justice",
            "investig*": "investigate", "observador*": "monitor", "acesso": "access", "criança*": "child",
            "publicamente": "publicly", "reunião": "meet", "família*": "family", "indígena*": "indigenous",
            "eleiç*": "election", "eleitora*": "election", "lei": "law", "leis": "law", "sanç*": "sanction",
            "armas": "arm", "civis": "civilian", "genocídio": "genocide", "resolução": "resolution",
            "conselho": "council", "expressão": "expression", "protesto*": "protest", "violência": "violence",
            "julgamento*": "trial", "imprensa": "press", "polícia*": "police", "policia*": "police",
            "político*": "political", "visita*": "visit", "ong": "ngo", "ongs": "ngo",
            // The words of the genre's demands (the most frequent words of the taxonomy's labels).
            "condenar": "condemn", "condene": "condemn", "condenem": "condemn", "violação": "violation",
            "violações": "violation",
            "independente*": "independent", "oposição": "opposition", "militar": "military", "militares": "military",
            "execução": "execution", "execuções": "execution", "pena": "penalty", "morte": "death",
            "desaparecimento*": "disappearance", "forçad*": "enforced forced", "represália*": "reprisal",
            "ameaça*": "threat", "acusaç*": "charge", "revog*": "repeal", "tribunal": "court", "tribunais": "court",
            "respeitar": "respect", "respeite": "respect", "respeitem": "respect", "apoi*": "support",
            "sociedade": "society", "abusos": "abuse", "responsáve*": "responsible",
            "repressão": "repression", "perseguiç*": "persecution", "assédio": "harassment", "guerra": "war",
            "humanitári*": "humanitarian", "rússia": "russia", "ucrânia": "ukraine", "críticos": "critic",
            "reféns": "hostage",
        ],
        abbreviations: ["Sr.", "Sra.", "Dr.", "Dra."],
        clauseSeparators: [" e que ", ", assim como "],
        relativeClauseOpenings: [", que "],
        aheadCues: [
            "às vésperas de", "na véspera de", "antes da", "antes do", "próxima", "próximo", "hoje", "esta semana",
        ],
        countries: [
            "china": "china", "chinês": "china", "chinesa*": "china", "chineses": "china", "pequim": "china",
            "rússia": "russia", "russo*": "russia", "russa*": "russia", "moscou": "russia", "ucrani*": "ukraine",
            "venezuela*": "venezuela", "venezuelan*": "venezuela", "cuba": "cuba", "cuban*": "cuba",
            "nicarágua": "nicaragua", "egito": "egypt", "irã": "iran", "israel*": "israel", "palestin*": "palestine",
            "gaza": "palestine", "moçambi*": "mozambique", "angola*": "angola", "brasil*": "brazil",
            "paraguai*": "paraguay", "bolívia": "bolivia", "peru": "peru", "colômbia": "colombia",
            "hungria": "hungary", "húngar*": "hungary", "indonési*": "indonesia", "salvador": "el-salvador",
            "geórgia": "georgia",
            "argentin*": "argentina", "chile": "chile", "chilen*": "chile", "nepal": "nepal", "mongól*": "mongolia",
            "kosovo": "kosovo", "lanka*": "sri-lanka", "nigéria*": "nigeria", "zimbabu*": "zimbabwe",
            "tanzân*": "tanzania", "quénia": "kenya", "quênia": "kenya", "etiópi*": "ethiopia", "sudão": "sudan",
            "mianmar": "myanmar",
            "birmânia": "myanmar", "maputo": "mozambique", "luanda": "angola", "guiné*": "guinea",
        ],
        nameForms: ["pequim": "Beijing", "moscou": "Moscow", "genebra": "Geneva", "bruxelas": "Brussels"],
        organizationNameWords: [
            "anistia": "amnesty", "amnistia": "amnesty", "direitos": "rights", "humanos": "human",
            "comitê*": "committee",
            "fundação": "foundation", "sociedade*": "society", "centro*": "center", "associação": "association",
            "internacional": "international", "federação": "federation", "campanha*": "campaign",
            "jornalistas": "journalists", "repórteres": "reporters", "liberdade*": "freedom", "rede": "network",
            "união": "union", "coalizão": "coalition", "democracia": "democracy", "grupo*": "group",
            "conselho*": "council", "movimento*": "movement", "sem": "without", "fronteiras": "borders",
            "de": "", "do": "", "da": "", "dos": "", "das": "", "e": "", "para": "", "pela": "", "pelo": "",
        ],
        textEnds: [
            "compartilhe", "compartilhar", "imprimir", "leia também", "veja também", "notícias relacionadas",
            "comentários", "fonte:", "tags:",
        ],
        inlineLinks: ["leia mais:", "leia também:", "veja também:", "saiba mais:"],
        subjectLabels: ["assunto:", "ref.:"],
        closings: ["atenciosamente", "cordialmente", "respeitosamente"],
        consentCues: [
            "utilizamos cookies", "usamos cookies", "este site utiliza cookies", "este site usa cookies",
        ],
        menuWords: ["notícias", "início", "assine", "entrar"],
        sectionNames: [
            "política", "economia", "mundo", "cultura", "esportes", "opinião", "brasil", "internacional", "nacional",
        ],
        readingTimeCues: ["tempo de leitura", "min de leitura"],
        photoCredits: ["foto:", "fotografia:", "crédito:"],
        contactLabels: ["tel.", "tel:", "telefone:", "fax:"],
        aboutCopulas: [" é uma ", " é um "],
        sourceCues: ["segundo", "de acordo com"],
        organizationNouns: ["organização", "ong", "associação", "movimento", "entidade"])
}
