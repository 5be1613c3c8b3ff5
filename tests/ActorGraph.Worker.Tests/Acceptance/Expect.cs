using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

/// <summary>The end state every acceptance run must reach: each good article stored once, each problem reported, nothing left behind.</summary>
internal static class Expect
{
    public static async Task ExactlyOnceAsync(Workspace workspace, Corpus corpus, ITestOutputHelper output)
    {
        var probe = await StoreProbe.ReadAsync(workspace.Store);
        var expectedEvents = await Oracle.ExpectedEventsAsync(workspace, corpus);
        output.WriteLine($"store: {probe.Stats.Articles} articles, {probe.Stats.Events} events (expected {expectedEvents}), {probe.Stats.Relations} relations");

        Assert.Equal(corpus.ArticleIds.Count, probe.ArticleIds.Count);
        Assert.Equal(probe.ArticleIds.Count, probe.ArticleIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(corpus.ArticleIds.Order(StringComparer.Ordinal), probe.ArticleIds.Order(StringComparer.Ordinal));
        Assert.Equal(corpus.ArticleIds.Count, probe.Stats.Articles);
        Assert.Equal(0, probe.DuplicateEvents);
        Assert.Equal(expectedEvents, probe.Stats.Events);

        // Each file once: a second copy would carry a ~2 suffix.
        Assert.Equal(corpus.Files.Where(file => !file.ShouldFail).Select(file => file.Name).Order(StringComparer.Ordinal), workspace.ProcessedFiles().Order(StringComparer.Ordinal));
        Assert.Equal(corpus.Files.Where(file => file.ShouldFail).Select(file => file.Name).Order(StringComparer.Ordinal), workspace.FailedFiles().Order(StringComparer.Ordinal));
        foreach (var failed in workspace.FailedFiles())
        {
            var report = Path.Combine(workspace.Failed, failed + ".error.txt");
            Assert.True(File.Exists(report), $"no report beside failed/{failed}");
            Assert.StartsWith(failed, File.ReadAllText(report), StringComparison.Ordinal);
        }

        var reported = workspace.ReportLines(workspace.Failed).Count + workspace.ReportLines(workspace.Processed).Count;
        Assert.Equal(corpus.Problems, reported);
        Assert.Empty(workspace.InboxFiles());
        Assert.Empty(workspace.ClaimedFiles());
    }
}
