// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "alliance-graph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "AllianceGraph", targets: ["AllianceGraph"]),
        .library(name: "NewsCorpus", targets: ["NewsCorpus"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "GraphFormats", targets: ["GraphFormats"]),
        .executable(name: "alliance", targets: ["alliance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/vapor/console-kit", from: "4.16.2"),
    ],
    targets: [
        // Core: graph model, snapshot format, analysis projection, metrics, DOT encoding. No I/O, no C.
        .target(
            name: "AllianceGraph",
            dependencies: [.product(name: "Collections", package: "swift-collections")]
        ),
        // Reading news corpora and extracting actors and PLOVER events from them.
        .target(
            name: "NewsCorpus",
            dependencies: [
                "AllianceGraph",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/lexicon.json"), .copy("Resources/cues.yaml")]
        ),
        // The Graphviz C library (libgvc), used in-process.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only importer of CGraphviz: DOT text in, rendered bytes out, every call serialized.
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        // Reading and writing graph files: GraphML, GEXF 1.3, CSV tables, edge lists, node-link JSON.
        // XML through Foundation's XMLParser, DTDs refused (no entity expansion, no external entities).
        .target(name: "GraphFormats", dependencies: ["AllianceGraph"]),
        // Jobs that tie the modules together (build, render, reports) and write files atomically.
        .target(name: "Pipeline", dependencies: ["AllianceGraph", "NewsCorpus", "Graphviz", "GraphFormats"]),
        // The thin command-line tool.
        .executableTarget(
            name: "alliance",
            dependencies: [
                "Pipeline", "AllianceGraph", "NewsCorpus", "Graphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ConsoleKitTerminal", package: "console-kit"),
            ]
        ),
        .testTarget(name: "AllianceGraphTests", dependencies: ["AllianceGraph"], exclude: ["Snapshots"]),
        .testTarget(name: "NewsCorpusTests", dependencies: ["NewsCorpus", "AllianceGraph"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "AllianceGraph", "NewsCorpus"]),
        .testTarget(name: "CLITests", dependencies: ["alliance"]),
        .testTarget(name: "GraphFormatsTests", dependencies: ["GraphFormats", "AllianceGraph"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzz targets (Fuzz/), declared only when scripts/fuzz builds them (ALLIANCE_FUZZ=1, with
// -sanitize=fuzzer,address and its own scratch path): they need libFuzzer to link, and an ordinary
// `swift build` neither builds nor sees them.
if Context.environment["ALLIANCE_FUZZ"] == "1" {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["GraphFormats"], path: "Fuzz/FuzzSupport"),
    ]
    let fuzzed: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzCorpusText", ["NewsCorpus", "AllianceGraph"]),
        ("FuzzSnapshot", ["AllianceGraph"]),
        ("FuzzEdgeList", ["GraphFormats", "AllianceGraph"]),
        ("FuzzGraphML", ["GraphFormats"]),
        ("FuzzGEXF", ["GraphFormats"]),
    ]
    for target in fuzzed {
        package.targets.append(
            .executableTarget(name: target.name, dependencies: target.dependencies + ["FuzzSupport", "FuzzDriver"], path: "Fuzz/\(target.name)"))
    }
}
