using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class PathCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<CliResult> RunAsync(params string[] args)
    {
        var store = await QueryWorld.CreateAsync(_folder);
        return await CliProcess.RunAsync(_folder.Path, null, ["path", "--store", store, .. args]);
    }

    private static List<string> Routes(CliResult result)
    {
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.GetProperty("paths").EnumerateArray()
            .Select(p => string.Join(" > ", p.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("name").GetString())))];
    }

    [Fact]
    public async Task Path_as_json_lists_the_shortest_route_with_its_relations()
    {
        var result = await RunAsync("Erdogan", "Ukraine", "--format", "json");

        Assert.Equal(["Recep Tayyip Erdoğan > Russia > Ukraine"], Routes(result));
        using var json = JsonDocument.Parse(result.Stdout);
        var hops = json.RootElement.GetProperty("paths")[0].GetProperty("hops").EnumerateArray().ToList();
        Assert.Equal("ACCUSE", hops[0].GetProperty("relations")[0].GetProperty("type").GetString());
        Assert.Equal("ASSAULT", hops[1].GetProperty("types")[0].GetString());
    }

    [Fact]
    public async Task Path_with_k_lists_that_many_routes_shortest_first()
    {
        var result = await RunAsync("Erdogan", "Ukraine", "--k", "2", "--format", "json");

        Assert.Equal(["Recep Tayyip Erdoğan > Russia > Ukraine", "Recep Tayyip Erdoğan > Vladimir Putin > Russia > Ukraine"], Routes(result));
    }

    [Fact]
    public async Task Path_since_a_date_ignores_older_relations()
    {
        var result = await RunAsync("Erdogan", "Ukraine", "--since", "2024-01-01", "--format", "json");

        Assert.Equal(["Recep Tayyip Erdoğan > Vladimir Putin > Russia > Ukraine"], Routes(result));
    }

    [Fact]
    public async Task Path_with_types_uses_only_those_relations()
    {
        var result = await RunAsync("Erdogan", "Ukraine", "--types", "consult,SUPPORT,Assault", "--format", "json");

        Assert.Equal(["Recep Tayyip Erdoğan > Vladimir Putin > Russia > Ukraine"], Routes(result));
    }

    [Fact]
    public async Task Path_within_too_few_hops_finds_nothing()
    {
        var result = await RunAsync("Xi", "Ukraine", "--max-hops", "2", "--format", "json");

        Assert.Empty(Routes(result));
    }

    [Fact]
    public async Task Path_table_names_the_actors_along_the_route()
    {
        var result = await RunAsync("person/recep-tayyip-erdogan", "country/UKR");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Recep Tayyip Erdoğan → Russia → Ukraine", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("ASSAULT", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_actor_suggests_a_close_name_and_fails()
    {
        var result = await RunAsync("Puttin", "Ukraine");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown actor 'Puttin'. Did you mean: Vladimir Putin (person/vladimir-putin)?", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ambiguous_actor_lists_the_candidates_and_fails()
    {
        var result = await RunAsync("Georgia", "Ukraine");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Ambiguous actor 'Georgia'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Georgia (country/GEO), Georgia (group/georgia-diaspora)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_relation_type_is_a_usage_error()
    {
        var result = await RunAsync("Erdogan", "Ukraine", "--types", "HUG");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'HUG' is not a PLOVER type", result.Stderr, StringComparison.Ordinal);
    }
}
