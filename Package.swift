// swift-tools-version:6.0
import PackageDescription

// Layers (README, "How the code is laid out"): C shims → Typesetting → Corpus →
// Briefs, Ingest and WebApp → brief.
// A target only ever depends on the layers below it.
let package = Package(
    name: "brief",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "brief", targets: ["brief"]),
        // The web application of `brief serve`, which brief replaces itself with (Sources/brief-serve);
        // built and installed beside brief, so that brief itself holds no web server.
        .executable(name: "brief-serve", targets: ["brief-serve"]),
        .library(name: "Typesetting", targets: ["Typesetting"]),
        .library(name: "Corpus", targets: ["Corpus"]),
        .library(name: "Briefs", targets: ["Briefs"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "WebApp", targets: ["WebApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // HTTP for `brief serve`.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Property-based fuzzing in the test suites only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // 1. C shims: module maps and headers, and the C files that load libraries on first use.
        .systemLibrary(
            name: "CFreeType", path: "Sources/CFreeType", pkgConfig: "freetype2",
            providers: [.apt(["libfreetype-dev"])]),
        // cairo draws PNG previews only; it is not linked but loaded with dlopen when the first
        // preview is drawn (Sources/CCairo/cairo_library.c). Its headers (libcairo2-dev) give the types.
        .target(
            name: "CCairo", dependencies: ["CFreeType"], path: "Sources/CCairo", linkerSettings: [.linkedLibrary("dl")]),
        .systemLibrary(
            name: "CHarfBuzz", path: "Sources/CHarfBuzz", pkgConfig: "harfbuzz",
            providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(
            name: "CHyphen", path: "Sources/CHyphen",
            providers: [.apt(["libhyphen-dev"])]),
        // libhyphen's dictionaries through a cache of their parsed form (parsing them is slow).
        .target(name: "CHyphenCache", dependencies: ["CHyphen"], path: "Sources/CHyphenCache"),
        // glibc's malloc_trim: freed memory handed back between long stages.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // UAX #14 line breaking through ICU, behind a C file whose header names no ICU type.
        // Signal-time cleanup (temporary files, worker processes): async-signal-safe C.
        .target(name: "CCleanup", path: "Sources/CCleanup"),
        .target(name: "CLineBreak", path: "Sources/CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        // UAX #29 sentence boundaries through ICU (abbreviations suppressed), for ingest's asks.
        .target(name: "CSentenceBreak", path: "Sources/CSentenceBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .systemLibrary(
            name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]),

        // HTML through libxml2's parser; PDF text through poppler, behind a C file
        // whose header names no glib type. Neither is linked: libxml2 is loaded with dlopen when
        // HTML is first read (raw HTML in a corpus body, a page to ingest; Sources/CHTMLText/xml_library.c),
        // poppler when the first PDF is read (only `brief ingest` reads PDFs). libxml2's headers
        // (libxml2-dev, scripts/install-deps) give the functions' types; Debian and most systems put them here.
        .target(
            name: "CHTMLText", path: "Sources/CHTMLText",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CPDFText", path: "Sources/CPDFText", linkerSettings: [.linkedLibrary("dl")]),

        // FlateDecode compression of the PDF's streams.
        .systemLibrary(name: "CDeflate", path: "Sources/CDeflate", providers: [.apt(["libdeflate-dev"])]),

        // 2. The layout engine; knows nothing of corpora or briefs.
        .target(
            name: "Typesetting",
            dependencies: [
                "CCairo", "CFreeType", "CHarfBuzz", "CHyphen", "CHyphenCache", "CLineBreak", "CCleanup", "CMalloc",
                "CDeflate",
            ]),
        // 3. The corpus model.
        // Raw HTML in document bodies is read by libxml2 (CHTMLText), as ingest reads pages.
        // It reads the engine's own text rules (how many combining marks a letter keeps) to warn where they apply.
        .target(
            name: "Corpus",
            dependencies: ["Typesetting", "CCmark", "CHTMLText", .product(name: "Yams", package: "Yams")]),
        // 4. Raw pages in, draft documents out (beside Briefs, on Corpus; of the engine's layer it uses
        // only its support: `concurrentMap`).
        .target(
            name: "Ingest",
            dependencies: ["Corpus", "Typesetting", "CHTMLText", "CPDFText", "CCleanup", "CSentenceBreak"]),
        // 4. Brief composition.
        .target(
            name: "Briefs",
            dependencies: [
                "Typesetting", "Corpus", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // 4. The web application (`brief serve`): browse, briefs and document entry over HTTP,
        // on Corpus, Briefs and Ingest (it implements none of their rules).
        .target(
            name: "WebApp",
            dependencies: [
                "Corpus", "Briefs", "Ingest", "Typesetting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // 5. The executable.
        // The C++ runtime and libc first among the libraries the executable needs (Sources/BriefLibraryOrder).
        .systemLibrary(name: "CLoadOrder", path: "Sources/CLoadOrder"),
        .target(name: "BriefLibraryOrder", dependencies: ["CLoadOrder"]),
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefLibraryOrder", "Briefs", "Corpus", "Typesetting", "CCleanup", "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The executable exports none of its 25,000 symbols: no library it loads looks one up, and the
            // Swift runtime finds its own path at every start with dladdr, which reads the whole export table.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])]),

        // `brief serve`'s server: NIO and Hummingbird in an executable of their own, not in brief, whose
        // every start they slowed (their relocations written, their conformance records walked).
        .executableTarget(
            name: "brief-serve", dependencies: ["BriefLibraryOrder", "WebApp", "Corpus", "CCleanup"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])]),

        // Inspecting generated PDFs with qpdf and poppler, and scratch folders, for the test suites.
        .target(name: "PDFTestSupport", path: "Tests/PDFTestSupport"),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "PDFTestSupport"]),
        .testTarget(
            name: "CorpusTests",
            dependencies: [
                "Corpus", "PDFTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["FuzzSeeds"]),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "Ingest", "Corpus", "PDFTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Pages", "DevSet"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "Corpus", "Ingest", "PDFTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "BriefsTests",
            dependencies: [
                "Briefs", "Corpus", "Typesetting", "PDFTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Structure-tree dumps the golden tests compare against (read from the source tree).
            exclude: ["Golden"]),
    ]
)
