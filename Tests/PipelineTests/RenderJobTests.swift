import AllianceGraph
import Foundation
import Testing

@testable import Pipeline

@Suite struct RenderJobTests {
    static let snapshot: Snapshot = try! BuildJob(
        paths: [repositoryRoot.appendingPathComponent("seeds").path], outputDirectory: "unused"
    ).snapshot()

    @Test func egoViewsAtBothLevels() throws {
        let actor = try RenderJob(snapshot: Self.snapshot, level: .actor)
        let one = try actor.drawing(GraphView(center: "PRK", depth: 1))
        let ids = Set(one.graph.nodes.map(\.id))
        #expect(ids.contains("PRK") && ids.contains("RUS") && ids.contains("kim-jong-un"))
        #expect(!ids.contains("VNM"))
        let two = try actor.drawing(GraphView(center: "PRK", depth: 2))
        #expect(two.graph.nodes.count > one.graph.nodes.count)
        #expect(one.dot.contains("ego North Korea, depth 1"))
        let country = try RenderJob(snapshot: Self.snapshot, level: .country)
        let folded = try country.drawing(GraphView(center: "vladimir-putin", depth: 1))
        #expect(folded.graph.nodes.allSatisfy { $0.kind != .leader })
        #expect(folded.graph.node("RUS") != nil)
    }

    @Test func filtersAndTop() throws {
        let job = try RenderJob(snapshot: Self.snapshot, style: RenderStyle(color: .bloc, size: .betweenness))
        let hostile = try job.drawing(GraphView(polarities: [.hostile]))
        #expect(hostile.graph.edges.allSatisfy { $0.polarity == .hostile || $0.type.isStructural })
        #expect(hostile.graph.nodes.count < Self.snapshot.graph.nodes.count)
        let top = try job.drawing(GraphView(top: 5))
        #expect(top.graph.nodes.count == 5)
        #expect(top.graph.node("RUS") != nil)
        #expect(top.dot.contains("bloc 1") && top.dot.contains("higher betweenness centrality"))
        #expect(throws: PipelineError.self) { try job.drawing(GraphView(center: "nowhere")) }
    }

    @Test func refusesLargeDrawingsWithAdviceUnlessForced() throws {
        let job = try RenderJob(snapshot: Self.snapshot, limits: RenderLimits(nodes: 5, edges: 1_000))
        do {
            _ = try job.render(format: .svg)
            Issue.record("a drawing beyond the limit was laid out")
        } catch {
            let message = error.description
            #expect(!message.contains("\n"))
            #expect(message.contains("--ego") && message.contains("--top") && message.contains("--force"))
        }
        // DOT text is not laid out, so it is never refused; --force lays out anyway; a view that fits passes.
        #expect(!(try job.render(format: .dot)).isEmpty)
        #expect(!(try job.render(format: .svg, force: true)).isEmpty)
        #expect(!(try job.render(GraphView(top: 5), format: .svg)).isEmpty)
    }

    @Test func buildDrawsTheMostCentralActorsWhenTheGraphIsTooLarge() throws {
        let job = try RenderJob(snapshot: Self.snapshot, limits: RenderLimits(nodes: 8, edges: 1_000))
        let (drawing, note) = try BuildJob.diagram(job)
        #expect(drawing.graph.nodes.count == 8)
        let folded = Self.snapshot.graph.foldingLeaders(storyOf: Self.snapshot.story(of:))
        #expect(note?.contains("8 most central of \(folded.nodes.count) actors") == true)
        let small = try BuildJob.diagram(RenderJob(snapshot: Self.snapshot))
        #expect(small.note == nil && small.0.graph == Self.snapshot.graph.foldingLeaders(storyOf: Self.snapshot.story(of:)))
    }

    @Test func defaultLayoutFollowsSize() {
        #expect(RenderJob.defaultLayout(nodes: 5) == .dot)
        #expect(RenderJob.defaultLayout(nodes: 20) == .neato)
        #expect(RenderJob.defaultLayout(nodes: 1_000) == .sfdp)
    }
}
