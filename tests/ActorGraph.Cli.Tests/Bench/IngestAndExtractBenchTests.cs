using ActorGraph.Cli.Tests.Generation;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Tests.Bench;

public sealed class IngestAndExtractBenchTests
{
    [Theory]
    [InlineData("sequential")]
    [InlineData("pipelined")]
    public async Task Bench_ingest_stores_every_synthetic_article(string mode)
    {
        using var folder = new TempFolder();
        var path = folder.File("ingest.db");
        Assert.Equal(0, await CliRunner.RunAsync("bench", "ingest", "--articles", "30", "--batch-size", "7", "--mode", mode, "--store", path));
        await using var store = await SqliteGraphStore.OpenAsync(path);
        var stats = await store.GetStatsAsync();
        Assert.Equal(30, stats.Articles);
        Assert.True(stats.Events > 30, $"{stats.Events} events");
    }

    [Fact]
    public async Task Bench_ingest_refuses_an_existing_store()
    {
        using var folder = new TempFolder();
        var path = folder.File("ingest.db");
        await File.WriteAllTextAsync(path, "");
        Assert.Equal(1, await CliRunner.RunAsync("bench", "ingest", "--articles", "3", "--store", path));
    }

    [Fact]
    public async Task Bench_extract_runs_on_a_little_text()
    {
        Assert.Equal(0, await CliRunner.RunAsync("bench", "extract", "--mb", "0.05"));
    }
}
