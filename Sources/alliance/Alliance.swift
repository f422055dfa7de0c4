import ArgumentParser

@main
struct Alliance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance",
        abstract: "Build, measure, draw and compare alliance graphs of countries, leaders and organizations from news.",
        discussion: """
            Typical session:
              alliance build seeds --out Output
              alliance isolation Output/graph.json RUS --explain
              alliance render Output/graph.json --format svg -o graph.svg
            """,
        subcommands: [Build.self, Metrics.self, Isolation.self, Render.self, Explain.self, Export.self, Compare.self, Merge.self, Timeline.self]
    )
}
