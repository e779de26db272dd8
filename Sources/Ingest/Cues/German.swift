extension LanguageCues {
    static let german = LanguageCues(
        code: "de",
        months: [["januar", "jan"], ["februar", "feb"], ["märz", "maerz"], ["april"], ["mai"], ["juni"], ["juli"], ["august"],
                 ["september"], ["oktober", "okt"], ["november"], ["dezember", "dez"]],
        dateFillers: ["den", "am"],
        weekdays: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
        publishedCues: ["veröffentlicht am", "veröffentlicht:", "veröffentlicht", "datum:", "stand:"],
        askCues: ["fordert", "fordern", "forderte", "appelliert", "appellieren", "muss", "müssen", "sollte", "sollten", "aufgefordert", "drängt"],
        salutations: ["sehr geehrte", "liebe "],
        saidVerbs: ["sagte", "erklärte", "betonte", "so "])
}
