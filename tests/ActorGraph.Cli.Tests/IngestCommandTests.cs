namespace ActorGraph.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private const string XiVisit = """
        Xi visits Moscow

        Chinese President Xi Jinping held talks with Vladimir Putin at the Kremlin on Thursday.
        Putin praised China's position on the conflict in Ukraine as balanced and objective.
        """;

    private const string Strikes = """
        Overnight strikes

        Russia launched a massive drone attack on Ukraine overnight, officials in Kyiv said.
        """;

    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_stores_new_articles_and_summarises_them()
    {
        var inputs = await WriteInputsAsync(("xi.txt", XiVisit), ("strikes.txt", Strikes));

        var result = await IngestAsync(inputs);

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Contains("articles: 2 new, 0 skipped, 0 replaced, 0 failed", result.Stdout, StringComparison.Ordinal);
        var stats = await CliProcess.RunAsync(_folder.Path, null, "stats", "--format", "json");
        Assert.Contains("\"articles\":2", stats.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"events\":0", stats.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingesting_the_same_files_again_skips_them()
    {
        var inputs = await WriteInputsAsync(("xi.txt", XiVisit), ("strikes.txt", Strikes));
        await IngestAsync(inputs);

        var again = await IngestAsync(inputs);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("articles: 0 new, 2 skipped, 0 replaced, 0 failed", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("events:   0 stored", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_lists_each_failed_file_with_its_reason_and_exits_non_zero()
    {
        var inputs = await WriteInputsAsync(("xi.txt", XiVisit), ("broken.json", "{ not json"), ("empty.txt", "   "));
        var missing = _folder.File("inputs/missing.txt");

        var result = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, missing, "--published", "2025-05-08");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("articles: 1 new, 0 skipped, 0 replaced, 3 failed", result.Stdout, StringComparison.Ordinal);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        Assert.All(errors, line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("broken.json", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("empty.txt: empty file", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("missing.txt: no such file or folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_with_redirected_output_prints_one_progress_line_per_file()
    {
        var inputs = await WriteInputsAsync(("a.txt", XiVisit), ("b.txt", Strikes));

        var result = await IngestAsync(inputs);

        Assert.Matches(@"(?m)^\[1/2\] .*a\.txt: 1 article, \d+ events?$", result.Stdout);
        Assert.Matches(@"(?m)^\[2/2\] .*b\.txt: 1 article, \d+ events?$", result.Stdout);
    }

    [Fact]
    public async Task Ingest_creates_the_store_named_by_the_option()
    {
        var inputs = await WriteInputsAsync(("xi.txt", XiVisit));
        var store = _folder.File(Path.Combine("stores", "news.db"));

        var result = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--store", store, "--batch-size", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(store));
    }

    private Task<CliResult> IngestAsync(string inputs) =>
        CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--published", "2025-05-08");

    private async Task<string> WriteInputsAsync(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateDirectory(_folder.File("inputs")).FullName;
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        }

        return folder;
    }
}
