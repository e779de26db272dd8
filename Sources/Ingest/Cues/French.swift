extension LanguageCues {
    static let french = LanguageCues(
        code: "fr",
        months: [["janvier", "janv"], ["février", "fevrier", "févr"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet", "juil"],
                 ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"]],
        dateFillers: ["le", "du", "er", "1er"],
        weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        publishedCues: ["publié le", "publié :", "publié", "mis en ligne le", "date :"],
        askCues: ["appel", "appelle", "appellent", "appelons", "exhort", "demand", "doit", "doivent", "devrait", "devraient", "prie", "invit"],
        salutations: ["monsieur le", "madame la", "madame, monsieur", "monsieur,", "madame,"],
        saidVerbs: ["a déclaré", "a dit", "a affirmé", "a souligné", "déclare"])
}
