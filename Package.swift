// swift-tools-version:6.0
// Selaras depends on Foundation and system C libraries only (libpcre2-8 through CPCRE2).
import PackageDescription

let package = Package(
    name: "Selaras",
    products: [
        .executable(name: "selaras", targets: ["selaras"]),
        .library(name: "Selaras", targets: ["Selaras"]),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(name: "SelarasCore"),
        .target(name: "SelarasPCRE2", dependencies: ["SelarasCore", "CPCRE2"]),
        .target(name: "SelarasText", dependencies: ["SelarasCore"]),
        .target(name: "SelarasRegistry", dependencies: ["SelarasCore"]),
        .target(name: "SelarasRules", dependencies: ["SelarasCore", "SelarasText", "SelarasRegistry"]),
        .target(name: "SelarasPacks", dependencies: ["SelarasCore", "SelarasRules", "SelarasRegistry"]),
        .target(name: "SelarasReport", dependencies: ["SelarasCore"]),
        .target(
            name: "Selaras",
            dependencies: [
                "SelarasCore", "SelarasPCRE2", "SelarasText", "SelarasRegistry",
                "SelarasRules", "SelarasPacks", "SelarasReport",
            ]
        ),
        .executableTarget(name: "selaras", dependencies: ["Selaras"]),
        // Helpers shared by the test suites (a seeded random generator).
        .target(name: "SelarasTestSupport", path: "Tests/SelarasTestSupport"),
        .testTarget(name: "SelarasCoreTests", dependencies: ["SelarasCore", "SelarasTestSupport"]),
        .testTarget(name: "SelarasTextTests", dependencies: ["SelarasText", "SelarasTestSupport"]),
        .testTarget(name: "SelarasRegistryTests", dependencies: ["SelarasRegistry"]),
        .testTarget(name: "SelarasRulesTests", dependencies: ["SelarasRules", "SelarasPCRE2", "SelarasTestSupport"]),
        .testTarget(name: "SelarasPacksTests", dependencies: ["SelarasPacks", "SelarasPCRE2", "SelarasTestSupport"]),
        .testTarget(name: "SelarasReportTests", dependencies: ["SelarasReport", "SelarasTestSupport"], exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "SelarasTests", dependencies: ["Selaras", "SelarasTestSupport"], exclude: ["Fixtures"]),
    ]
)
