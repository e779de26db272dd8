import Hummingbird
import HummingbirdCore

/// An address's query as a browser writes it: `+` is a space and `%XX` a
/// byte (a GET form's encoding), read from the raw query so that an encoded
/// `%2B` stays a plus sign.
struct QueryParameters: Sendable {
    private let form: FormData

    init(_ uri: URI) { form = FormData.urlEncoded(uri.query ?? "") }

    /// The first value given for a name; nil when absent or empty.
    subscript(_ name: String) -> String? {
        form.first(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every name and value, in order.
    var all: [(String, String)] { form.fields }
}
