using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class ActorsCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Actors_as_json_list_id_name_kind_country_degree_and_aliases()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "actors", "--store", store, "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        using var json = JsonDocument.Parse(result.Stdout);
        var russia = json.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "country/RUS");
        Assert.Equal("Russia", russia.GetProperty("name").GetString());
        Assert.Equal("state", russia.GetProperty("kind").GetString());
        Assert.Equal("RUS", russia.GetProperty("country").GetString());
        Assert.Equal(1, russia.GetProperty("degree").GetInt32());
        Assert.Equal(["Moscow", "Russia", "Russian forces"], russia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Actors_search_ignores_case_and_accents_in_names()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "actors", "--store", store, "--search", "ERDOGAN", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["person/recep-tayyip-erdogan"], Ids(result));
    }

    [Fact]
    public async Task Actors_search_also_matches_aliases()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "actors", "--store", store, "--search", "turkish", "--format", "json");

        Assert.Equal(["person/recep-tayyip-erdogan"], Ids(result));
    }

    [Fact]
    public async Task Actors_table_lists_every_actor()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "actors", "--store", store);

        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "country/RUS", "country/UKR", "person/vladimir-putin" })
        {
            Assert.Contains(id, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Actors_search_without_a_match_says_so()
    {
        var store = await _folder.SmallWorldAsync();

        var result = await CliProcess.RunAsync(_folder.Path, null, "actors", "--store", store, "--search", "nobody");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no actors found", result.Stdout, StringComparison.Ordinal);
    }

    private static List<string> Ids(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
    }
}
