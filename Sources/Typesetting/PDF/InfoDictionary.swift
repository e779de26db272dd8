/// The document information dictionary: title, author, subject, keywords,
/// creator, producer and both dates (the effective date, which honours
/// `SOURCE_DATE_EPOCH`). `XMPMetadata` says the same in XMP.
enum InfoDictionary {
    static func bytes(_ m: DocumentMetadata) -> PDFBytes {
        let clean = Noncharacters.replaced
        let d = PDFBytes()
        d.append("<</Title ")
        d.append(textString: clean(m.title))
        if !m.author.isEmpty {
            d.append("/Author ")
            d.append(textString: clean(m.author))
        }
        if !m.subject.isEmpty {
            d.append("/Subject ")
            d.append(textString: clean(m.subject))
        }
        if !m.keywords.isEmpty {
            d.append("/Keywords ")
            d.append(textString: clean(m.keywords.joined(separator: ", ")))
        }
        d.append("/Creator ")
        d.append(textString: clean(m.creator))
        d.append("/Producer ")
        d.append(textString: clean(m.creator))
        let date = pdfDate(CalendarDate(m.effectiveDate))
        d.append("/CreationDate ")
        d.append(textString: date)
        d.append("/ModDate ")
        d.append(textString: date)
        d.append(">>")
        return d
    }

    /// "D:20260101000000Z" (ISO 32000-1, 7.9.4), in UTC.
    static func pdfDate(_ d: CalendarDate) -> String {
        "D:" + d.iso8601.filter(\.isNumber) + "Z"
    }
}
