using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class NeighboursCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<CliResult> RunAsync(params string[] args)
    {
        var store = await QueryWorld.CreateAsync(_folder);
        return await CliProcess.RunAsync(_folder.Path, null, ["neighbours", "--store", store, .. args]);
    }

    private static List<string> Nodes(CliResult result)
    {
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("name").GetString()} {n.GetProperty("distance").GetInt32()}")];
    }

    [Fact]
    public async Task Neighbours_lists_actors_one_hop_away_with_their_distance()
    {
        var result = await RunAsync("Putin", "--format", "json");

        Assert.Equal(["Vladimir Putin 0", "Russia 1", "Recep Tayyip Erdoğan 1", "Xi Jinping 1"], Nodes(result));
    }

    [Fact]
    public async Task Neighbours_at_depth_two_reach_further()
    {
        var result = await RunAsync("Xi", "--depth", "2", "--format", "json");

        Assert.Equal(["Xi Jinping 0", "Vladimir Putin 1", "Russia 2", "Recep Tayyip Erdoğan 2"], Nodes(result));
    }

    [Fact]
    public async Task Neighbours_lists_the_relations_among_them()
    {
        var result = await RunAsync("Ukraine", "--depth", "1", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var relation = Assert.Single(json.RootElement.GetProperty("relations").EnumerateArray());
        Assert.Equal("ASSAULT", relation.GetProperty("type").GetString());
        Assert.Equal("country/RUS", relation.GetProperty("source").GetString());
        Assert.Equal("2024-02-24", relation.GetProperty("first").GetString());
    }

    [Fact]
    public async Task Neighbours_until_a_date_leave_later_relations_out()
    {
        var result = await RunAsync("Erdogan", "--until", "2023-12-31", "--format", "json");

        Assert.Equal(["Recep Tayyip Erdoğan 0", "Russia 1"], Nodes(result));
    }

    [Fact]
    public async Task Neighbours_table_shows_names_and_relations()
    {
        var result = await RunAsync("Russia");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Ukraine", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("AID", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbours_of_an_unknown_actor_fail_with_a_suggestion()
    {
        var result = await RunAsync("Rusia");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Did you mean: Russia (country/RUS)", result.Stderr, StringComparison.Ordinal);
    }
}
