// Pieces of PDF syntax the tagging step writes itself (pdf_syntax.h).
#include "pdf_syntax.h"

#include <charconv>

#include <libdeflate.h>

#include <algorithm>
#include <memory>
#include <new>
#include <stdexcept>

namespace tagged {

std::string textString(const std::string &utf8) {
    bool plain = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (plain) {
        std::string out = "(";
        for (char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') out += '\\';
            out += c;
        }
        return out + ")";
    }
    return QOH::newUnicodeString(utf8).unparse();
}

std::string number(double value) {
    if (!(value > -1e9 && value < 1e9)) value = 0;  // not a position on a page (NaN, infinite)
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    std::string text(buffer, result.ptr);
    return text == "-0.00" ? "0.00" : text;
}

std::string dictionary(QOH dict, const std::vector<std::string> &skip, const std::string &extra) {
    std::string out = "<<";
    // Read as the dictionary holds them: asking whether an indirect value is
    // null would read that object (and cairo's structure root holds
    // references to every element).
    for (auto [key, value] : dict.getDictAsMap()) {
        if (std::find(skip.begin(), skip.end(), key) != skip.end()) continue;
        if (!value.isIndirect() && value.isNull()) continue;
        out += QOH::newName(key).unparse() + " " + value.unparse() + " ";
    }
    return out + extra + ">>";
}

std::string deflate(const char *data, size_t size) {
    // A compressor holds its own tables: one per thread (contents, the
    // element streams and the rest are compressed on different threads).
    struct Free { void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); } };
    constexpr int fastestLevel = 1;
    thread_local std::unique_ptr<libdeflate_compressor, Free> compressor(libdeflate_alloc_compressor(fastestLevel));
    if (!compressor) throw std::bad_alloc();
    std::string out(libdeflate_zlib_compress_bound(compressor.get(), size), '\0');
    size_t written = libdeflate_zlib_compress(compressor.get(), data, size, out.data(), out.size());
    if (written == 0) throw std::runtime_error("compressing a stream failed");
    out.resize(written);
    out.shrink_to_fit();  // the bound is about the input's size: results are held until written
    return out;
}

namespace {

std::string xmlEscape(const std::string &s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

/// "D:20250131102030Z" (or with an offset) → "2025-01-31T10:20:30Z".
std::string isoDate(const std::string &pdf) {
    std::string d = pdf.rfind("D:", 0) == 0 ? pdf.substr(2) : pdf;
    if (d.size() < 14) return "";
    std::string out = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" + d.substr(8, 2) + ":" +
                      d.substr(10, 2) + ":" + d.substr(12, 2);
    std::string zone = d.substr(14);
    if (zone.empty() || zone[0] == 'Z') return out + "Z";
    // +HH'mm' → +HH:mm
    std::string digits;
    for (char c : zone.substr(1))
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() >= 4) return out + zone[0] + digits.substr(0, 2) + ":" + digits.substr(2, 2);
    return out + "Z";
}

std::string infoText(QOH info, const char *key) {
    auto v = info.isDictionary() ? info.getKey(key) : QOH::newNull();
    return v.isString() ? v.getUTF8Value() : "";
}

}  // namespace

std::string xmp(QOH info, const std::string &language) {
    std::string title = infoText(info, "/Title"), author = infoText(info, "/Author"),
                subject = infoText(info, "/Subject"), keywords = infoText(info, "/Keywords"),
                creator = infoText(info, "/Creator"), producer = infoText(info, "/Producer"),
                created = isoDate(infoText(info, "/CreationDate")), modified = isoDate(infoText(info, "/ModDate"));
    std::string s =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\"\n"
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "<dc:format>application/pdf</dc:format>\n";
    s += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.empty()) s += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscape(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!subject.empty())
        s += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    s += "<dc:language><rdf:Bag><rdf:li>" + xmlEscape(language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!keywords.empty()) s += "<pdf:Keywords>" + xmlEscape(keywords) + "</pdf:Keywords>\n";
    if (!producer.empty()) s += "<pdf:Producer>" + xmlEscape(producer) + "</pdf:Producer>\n";
    if (!creator.empty()) s += "<xmp:CreatorTool>" + xmlEscape(creator) + "</xmp:CreatorTool>\n";
    if (!created.empty()) s += "<xmp:CreateDate>" + created + "</xmp:CreateDate>\n";
    if (!modified.empty()) s += "<xmp:ModifyDate>" + modified + "</xmp:ModifyDate>\n<xmp:MetadataDate>" + modified + "</xmp:MetadataDate>\n";
    s += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>\n";
    return s;
}

}  // namespace tagged
