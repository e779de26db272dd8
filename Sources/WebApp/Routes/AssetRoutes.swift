import Briefs
import Foundation
import Hummingbird

/// The style sheet, the one small script (upload progress, "new…") and the fonts, served by `brief` itself (no page loads
/// anything from elsewhere). Only these named files can be asked for.
struct AssetRoutes {
    let resources: Resources

    /// Asset name → (file, content type). Fonts come from `Fonts/`, the style from `Templates/web/`.
    var files: [String: (String, String)] {
        let web = (resources.templates as NSString).appendingPathComponent("web")
        return [
            "site.css": ((web as NSString).appendingPathComponent("site.css"), "text/css; charset=utf-8"),
            "site.js": ((web as NSString).appendingPathComponent("site.js"), "text/javascript; charset=utf-8"),
            "NotoSans-Regular.ttf": (
                (resources.fonts as NSString).appendingPathComponent("NotoSans-Regular.ttf"), "font/ttf"
            ),
            "NotoSans-Bold.ttf": (
                (resources.fonts as NSString).appendingPathComponent("NotoSans-Bold.ttf"), "font/ttf"
            ),
            "NotoSans-Italic.ttf": (
                (resources.fonts as NSString).appendingPathComponent("NotoSans-Italic.ttf"), "font/ttf"
            ),
            "NotoSerif-Regular.ttf": (
                (resources.fonts as NSString).appendingPathComponent("NotoSerif-Regular.ttf"), "font/ttf"
            ),
        ]
    }

    func add(to router: Router<WebContext>) {
        // Read once: they do not change while the server runs.
        var loaded: [String: (ByteBuffer, String)] = [:]
        for (name, (path, type)) in files {
            if let data = FileManager.default.contents(atPath: path) { loaded[name] = (ByteBuffer(bytes: data), type) }
        }
        let assets = loaded
        router.get("/assets/:name") { _, context in
            let name = try context.parameters.require("name")
            guard let (body, type) = assets[name] else { throw HTTPError(.notFound, message: "No such asset.") }
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: body))
        }
    }
}
