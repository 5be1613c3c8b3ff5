using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class AlignCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<CliResult> RunAsync(params string[] args)
    {
        var store = await QueryWorld.CreateAsync(_folder);
        return await CliProcess.RunAsync(_folder.Path, null, ["align", "--store", store, .. args]);
    }

    [Fact]
    public async Task Align_two_actors_gives_the_score_and_the_counts_behind_it()
    {
        var result = await RunAsync("Russia", "China", "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1.0, json.RootElement.GetProperty("score").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("materialCooperation").GetInt32());
    }

    [Fact]
    public async Task Align_one_actor_lists_the_most_aligned_and_most_opposed()
    {
        var result = await RunAsync("Russia", "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["country/CHN", "person/vladimir-putin"], json.RootElement.GetProperty("aligned").EnumerateArray().Select(a => a.GetProperty("other").GetString()));
        Assert.Equal(["country/UKR", "person/recep-tayyip-erdogan"], json.RootElement.GetProperty("opposed").EnumerateArray().Select(a => a.GetProperty("other").GetString()));
    }

    [Fact]
    public async Task Align_window_counts_only_events_inside_it()
    {
        var result = await RunAsync("Russia", "Erdogan", "--since", "2024-01-01", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0.0, json.RootElement.GetProperty("score").GetDouble());
        Assert.Equal(0, json.RootElement.GetProperty("verbalConflict").GetInt32());
    }

    [Fact]
    public async Task Align_table_shows_the_signed_score()
    {
        var result = await RunAsync("Ukraine", "Russia");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-1.00", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Align_window_that_ends_before_it_starts_fails()
    {
        var result = await RunAsync("Russia", "--since", "2024-05-01", "--until", "2024-01-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("after", result.Stderr, StringComparison.Ordinal);
    }
}
