using ActorGraph.Cli.Ingest;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Tests.Robustness;

/// <summary>One article over its time budget fails alone: the others, before and after it, are stored.</summary>
public sealed class IngestIsolationTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_article_over_its_time_budget_fails_alone_and_the_rest_is_stored()
    {
        var inputs = Directory.CreateDirectory(_folder.File("inputs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "a.txt"), "A\nXi Jinping held talks with Vladimir Putin.\n");
        await File.WriteAllTextAsync(Path.Combine(inputs, "b.txt"), "B\n" + string.Concat(Enumerable.Repeat("Emmanuel Macron met Olaf Scholz. ", 50)) + "\n");
        await File.WriteAllTextAsync(Path.Combine(inputs, "c.txt"), "C\nNarendra Modi held talks with Vladimir Putin.\n");

        // The clock moves one second each time it is read: the one-sentence articles stay within ten seconds, the long one does not.
        var extractor = new EventExtractor(ExtractionKnowledge.Load(), budget: new ExtractionBudget(TimeSpan.FromSeconds(10), new SteppingClock()));
        var reader = new ArticleFileReader(new ArticleInputOptions { DefaultPublished = new DateOnly(2025, 5, 9) });
        await using var store = await SqliteGraphStore.OpenAsync(_folder.File("graph.db"));
        var run = new IngestRun(reader, extractor, store, batchSize: 1);

        await run.RunAsync(ArticleFileReader.ExpandPaths([inputs]).Files, new PlainProgress(3), CancellationToken.None);

        Assert.Equal(2, run.Totals.Stored.ArticlesNew);
        Assert.Equal(1, run.Totals.FailedInputs);
        var failure = Assert.Single(run.Totals.Failures).ToString();
        Assert.StartsWith($"{Path.Combine(inputs, "b.txt")}: article 'b.txt': extraction stopped at sentence", failure, StringComparison.Ordinal);
        Assert.Equal(2, (await store.GetStatsAsync()).Articles);
    }

    /// <summary>A clock that moves one second every time it is read.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond) - TimeSpan.TicksPerSecond;
    }
}
