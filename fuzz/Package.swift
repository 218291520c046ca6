// swift-tools-version: 6.0
// libFuzzer targets for retro's parsers. A separate package, so the normal build never sees
// them: `make fuzz` builds this with `-sanitize=fuzzer,address` into fuzz/.build.
import PackageDescription

let package = Package(
    name: "retro-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "retro", path: "..")],
    targets: [
        .executableTarget(
            name: "RetroFuzz",
            dependencies: [.product(name: "RetroParsers", package: "retro")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
