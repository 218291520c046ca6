// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "retro",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "retro", targets: ["retro"]),
        // The parsers, assembly and rendering as a library, for the fuzz targets in fuzz/ (a separate package).
        .library(name: "RetroParsers", targets: ["RetroModel", "RetroIngest", "RetroMarkdown", "RetroLint", "RetroAssemble", "RetroRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "RetroModel"),
        .target(
            name: "RetroIngest",
            dependencies: [
                "RetroModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "RetroAssemble", dependencies: ["RetroModel"]),
        .target(name: "RetroMarkdown", dependencies: ["CCmarkGFM", "RetroModel"]),
        .target(
            name: "RetroRender",
            dependencies: [
                "RetroModel", "RetroMarkdown",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "RetroLint",
            dependencies: [
                "RetroModel", "RetroMarkdown",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "RetroLSP", dependencies: ["RetroModel", "RetroLint"]),
        .target(
            name: "RetroCLI",
            dependencies: [
                "RetroModel", "RetroIngest", "RetroAssemble", "RetroMarkdown", "RetroRender", "RetroLint", "RetroLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "retro", dependencies: ["RetroCLI"]),
        .testTarget(name: "RetroIngestTests", dependencies: ["RetroIngest", "RetroModel"], exclude: ["Fixtures"]),
        .testTarget(name: "RetroAssembleTests", dependencies: ["RetroAssemble", "RetroIngest", "RetroModel"]),
        .testTarget(name: "RetroMarkdownTests", dependencies: ["RetroMarkdown"]),
        .testTarget(name: "RetroRenderTests", dependencies: ["RetroRender", "RetroAssemble", "RetroIngest", "RetroModel"], exclude: ["Fixtures"]),
        .testTarget(name: "RetroLintTests", dependencies: ["RetroLint", "RetroMarkdown", "RetroModel"]),
        .testTarget(name: "RetroLSPTests", dependencies: ["RetroLSP", "RetroModel"]),
        .testTarget(name: "RetroCLITests", dependencies: ["RetroCLI"]),
    ]
)
