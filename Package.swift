// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "caseroom",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "caseroom", targets: ["caseroom"]),
    .executable(name: "caseroom-documents", targets: ["caseroom-documents"]),
    .library(name: "CaseroomEngine", targets: ["CaseroomEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    /// C shim: glibc `wcwidth` in a UTF-8 locale (the function ncurses uses), a fast
    /// UTF-8 check, and detaching a file mapping from its file.
    .target(name: "CWidth"),
    /// ncursesw itself, through pkg-config (Debian: libncursesw5-dev).
    .systemLibrary(
      name: "CNcursesw", pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
    ),
    /// The thin C layer over ncurses: macros as functions, wide-character I/O, signals.
    .target(name: "CTerminal", dependencies: ["CNcursesw"], linkerSettings: [.linkedLibrary("ncursesw")]),
    /// The case engine: format, structure, layout, search, import. No terminal code.
    .target(
      name: "CaseroomEngine",
      dependencies: ["CWidth"]
    ),
    /// Hand-outs read from their files: .docx (a zip archive of XML), .pdf (through pdftotext).
    /// Apart from the engine because it needs Foundation itself.
    .target(
      name: "CaseroomDocuments",
      dependencies: ["CaseroomEngine", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    /// Group sessions: answers, citations, annotations, and the store that never loses them.
    .target(name: "CaseroomSession", dependencies: ["CaseroomEngine"]),
    /// The instructor's side: every group's sessions, feedback, summaries and exports.
    .target(name: "CaseroomReview", dependencies: ["CaseroomEngine", "CaseroomSession"]),
    /// A class beyond one terminal: the class folder, sync over git (and the session merge driver),
    /// feedback released to the groups, the class plan's phases. No terminal code.
    .target(name: "CaseroomClass", dependencies: ["CaseroomEngine", "CaseroomSession", "CaseroomReview"]),
    /// The app core: every screen (reader, workspace, editor, picker, review) as state, update
    /// and a pure view into a frame. No terminal code, no file I/O of its own.
    .target(
      name: "CaseroomApp",
      dependencies: ["CaseroomEngine", "CaseroomSession", "CaseroomReview", "CaseroomClass"]
    ),
    .executableTarget(
      name: "caseroom",
      dependencies: [
        "CaseroomEngine",
        "CaseroomApp",
        "CaseroomSession",
        "CaseroomReview",
        "CaseroomClass",
        "CTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["BuildCommit"]
    ),
    /// The helper `caseroom import` runs for a .docx or a .pdf: the text of one hand-out on
    /// standard output. A program of its own so that Foundation and ICU stay out of `caseroom`.
    .executableTarget(name: "caseroom-documents", dependencies: ["CaseroomDocuments"]),
    /// Writes the git commit being built into the executable, for `caseroom --version`.
    .plugin(name: "BuildCommit", capability: .buildTool()),
    /// In-process timings of the engine; run in release.
    .executableTarget(
      name: "caseroom-bench",
      dependencies: [
        "CaseroomEngine", "CaseroomDocuments", "CaseroomApp", "CaseroomSession", "CaseroomReview",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(name: "CaseroomEngineTests", dependencies: ["CaseroomEngine", "CaseroomDocuments"]),
    .testTarget(name: "CaseroomSessionTests", dependencies: ["CaseroomSession", "CaseroomEngine"]),
    .testTarget(
      name: "CaseroomReviewTests",
      dependencies: ["CaseroomReview", "CaseroomSession", "CaseroomEngine", "CaseroomTestSupport"]),
    .testTarget(
      name: "CaseroomClassTests",
      dependencies: [
        "caseroom", "CaseroomClass", "CaseroomReview", "CaseroomSession", "CaseroomEngine", "CaseroomTestSupport",
      ]),
    .testTarget(
      name: "CaseroomAppTests",
      dependencies: [
        "CaseroomApp", "CaseroomEngine", "CaseroomSession", "CaseroomReview", "CaseroomClass", "CaseroomTestSupport",
      ],
      exclude: ["Golden/__screens__"]),
    /// Helpers shared by the tests: the built program, a CSV reader.
    .target(name: "CaseroomTestSupport", path: "Tests/CaseroomTestSupport"),
    .testTarget(
      name: "CaseroomTerminalTests",
      dependencies: ["caseroom", "CaseroomEngine", "CaseroomSession", "CaseroomTestSupport"]),
    .testTarget(
      name: "CaseroomCLITests",
      dependencies: [
        "caseroom", "caseroom-documents", "CaseroomEngine", "CaseroomDocuments", "CaseroomSession",
        "CaseroomTestSupport",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
