namespace ActorGraph.Cli.Tests;

public sealed class StatsCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Stats_as_json_is_exactly_the_four_counts()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--store", store, "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal("{\"articles\":2,\"actors\":4,\"events\":3,\"relations\":2}", result.Stdout.Trim());
    }

    [Fact]
    public async Task Stats_as_table_shows_every_count()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--store", store);

        Assert.Equal(0, result.ExitCode);
        foreach (var (what, count) in new[] { ("articles", "2"), ("actors", "4"), ("events", "3"), ("relations", "2") })
        {
            Assert.Matches($@"{what}\s*\S\s*{count}\b", result.Stdout);
        }
    }

    [Fact]
    public async Task Recount_of_a_sqlite_store_is_one_error_line_naming_neo4j()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--store", store, "--recount");

        Assert.Equal((1, ""), (result.ExitCode, result.Stdout));
        Assert.Equal("error: --recount applies to a Neo4j store (--neo4j URI)", result.Stderr.Trim());
    }

    [Fact]
    public async Task Stats_reads_the_store_named_by_the_environment()
    {
        var store = await _folder.SmallWorldAsync("from-env.db");

        var result = await CliProcess.RunAsync(_folder.Path, new Dictionary<string, string?> { ["ACTORGRAPH_STORE"] = store }, "stats", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"articles\":2", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_defaults_to_actorgraph_db_in_the_current_folder()
    {
        await _folder.SmallWorldAsync("actorgraph.db");

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"articles\":2", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_of_a_missing_store_is_one_error_line_and_creates_nothing()
    {
        var missing = _folder.File("missing.db");

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--store", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: no ActorGraph store at {missing}", SingleLine(result.Stderr), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Stats_of_a_text_file_is_one_error_line_naming_it()
    {
        var notes = _folder.File("notes.db");
        await File.WriteAllTextAsync(notes, string.Concat(Enumerable.Repeat("Just some notes, nothing to see here.\n", 30)));

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--store", notes);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {notes} is not an ActorGraph store (", SingleLine(result.Stderr), StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Stats_with_an_unknown_format_is_a_usage_error()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "stats", "--store", store, "--format", "yaml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("yaml", result.Stderr, StringComparison.Ordinal);
    }

    private static string SingleLine(string text) => Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
