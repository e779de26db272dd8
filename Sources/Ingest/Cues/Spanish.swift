extension LanguageCues {
    static let spanish = LanguageCues(
        code: "es",
        months: [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"],
                 ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]],
        dateFillers: ["de", "del"],
        weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        publishedCues: ["publicado el", "publicado:", "publicado", "fecha:"],
        askCues: ["inst", "exhort", "pide", "piden", "pedimos", "llama", "llamamos", "debe", "deben", "debería", "deberían", "exig", "solicit"],
        salutations: ["estimado", "estimada", "señor presidente", "señora presidenta"],
        saidVerbs: ["dijo", "afirmó", "declaró", "señaló"])
}
