using ActorGraph.Cli.Generation;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Tests.Generation;

public sealed class SyntheticGraphWriterTests
{
    [Fact]
    public async Task Writes_actors_first_then_every_relation_in_chunks_in_order()
    {
        var generator = SomeGraph.Generator(actors: 300, relations: 2500);
        var calls = new List<(int Actors, int Relations)>();
        var relations = new List<RelationSummary>();
        var reports = new List<GenerationProgress>();
        var done = await SyntheticGraphWriter.WriteAsync(
            generator,
            (a, r, _) =>
            {
                calls.Add((a.Count, r.Count));
                relations.AddRange(r);
                return Task.CompletedTask;
            },
            new SyncProgress(reports.Add),
            chunkSize: 1000);

        Assert.Equal([(300, 0), (0, 1000), (0, 1000), (0, 500)], calls);
        Assert.Equal(generator.Relations().Select(r => r.Key), relations.Select(r => r.Key));
        Assert.Equal((300, 2500), (done.Actors, done.Relations));
        Assert.Equal(2500, reports[^1].Relations);
    }

    [Fact]
    public async Task A_failing_sink_stops_the_writer_with_its_error()
    {
        var generator = SomeGraph.Generator(actors: 300, relations: 2500);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SyntheticGraphWriter.WriteAsync(
            generator,
            (_, r, _) => r.Count > 0 ? throw new InvalidOperationException("disk full") : Task.CompletedTask,
            chunkSize: 100));
        Assert.Equal("disk full", failure.Message);
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so assertions see every report.</summary>
    private sealed class SyncProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
