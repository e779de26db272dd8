/// The document's XMP metadata (the catalog's /Metadata): the same title,
/// author, subject, keywords, tools and dates as the information dictionary
/// (`InfoDictionary`), the language, and the PDF/UA-1 identification
/// (pdfuaid:part 1) that checkers look for.
enum XMPMetadata {
    static func bytes(_ m: DocumentMetadata) -> PDFBytes {
        let clean = Noncharacters.replaced
        let date = CalendarDate(m.effectiveDate).iso8601
        var s = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
             xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:xmp="http://ns.adobe.com/xap/1.0/"
             xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
             xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
            <dc:format>application/pdf</dc:format>

            """
        s +=
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(clean(m.title)))</rdf:li></rdf:Alt></dc:title>\n"
        if !m.author.isEmpty {
            s += "<dc:creator><rdf:Seq><rdf:li>\(escaped(clean(m.author)))</rdf:li></rdf:Seq></dc:creator>\n"
        }
        if !m.subject.isEmpty {
            s += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(clean(m.subject)))"
            s += "</rdf:li></rdf:Alt></dc:description>\n"
        }
        s += "<dc:language><rdf:Bag><rdf:li>\(escaped(m.language))</rdf:li></rdf:Bag></dc:language>\n"
        if !m.keywords.isEmpty {
            s += "<pdf:Keywords>\(escaped(clean(m.keywords.joined(separator: ", "))))</pdf:Keywords>\n"
        }
        s += "<pdf:Producer>\(escaped(clean(m.creator)))</pdf:Producer>\n"
        s += "<xmp:CreatorTool>\(escaped(clean(m.creator)))</xmp:CreatorTool>\n"
        s += "<xmp:CreateDate>\(date)</xmp:CreateDate>\n"
        s += "<xmp:ModifyDate>\(date)</xmp:ModifyDate>\n<xmp:MetadataDate>\(date)</xmp:MetadataDate>\n"
        s += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>\n"
        let out = PDFBytes(capacity: s.utf8.count)
        out.append(text: s)
        return out
    }

    /// XML's five special characters as entities; characters XML 1.0 does
    /// not allow (controls, NUL) left out.
    static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
