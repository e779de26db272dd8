import Corpus
import Foundation

/// `multipart/form-data` (RFC 7578), read from a body already bounded in
/// size: each part's name, file name and bytes. A part without a name, or a
/// body that does not follow the format, makes the whole form unreadable.
enum Multipart {
    static func parse(_ body: [UInt8], boundary: String) -> FormData? {
        let delimiter = Array("--\(boundary)".utf8)
        var form = FormData()
        var positions: [Int] = []
        var from = 0
        while let p = find(delimiter, in: body, from: from) { positions.append(p); from = p + delimiter.count }
        guard positions.count >= 2 else { return nil }
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            // CRLF after the delimiter line.
            guard partStart + 2 <= end, body[partStart] == 13, body[partStart + 1] == 10 else { return nil }
            partStart += 2
            var partEnd = end
            // The CRLF before the next delimiter belongs to it.
            if partEnd >= partStart + 2, body[partEnd - 2] == 13, body[partEnd - 1] == 10 { partEnd -= 2 }
            guard let headerEnd = find([13, 10, 13, 10], in: body, from: partStart), headerEnd <= partEnd else {
                return nil
            }
            let headers = String(decoding: body[partStart..<headerEnd], as: UTF8.self)
            let content = Array(body[(headerEnd + 4)..<max(headerEnd + 4, partEnd)])
            var name: String?, filename: String?
            for line in headers.components(separatedBy: "\r\n")
            where line.lowercased().hasPrefix("content-disposition:") {
                name = FormData.parameter("name", in: line)
                filename = FormData.parameter("filename", in: line)
            }
            guard let name else { return nil }
            if let filename {
                if !filename.isEmpty || !content.isEmpty {
                    form.add(file: .init(name: name, filename: filename, data: content))
                }
            } else {
                form.add(field: name, String(decoding: content, as: UTF8.self))
            }
        }
        return form
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        ByteSearch.firstIndex(haystack, needle, from: from)
    }
}
