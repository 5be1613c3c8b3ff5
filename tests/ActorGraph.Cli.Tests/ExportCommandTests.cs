using System.Text.Json;
using System.Xml.Linq;

namespace ActorGraph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<CliResult> RunAsync(params string[] args)
    {
        var store = await QueryWorld.CreateAsync(_folder);
        return await CliProcess.RunAsync(_folder.Path, null, ["export", "--store", store, .. args]);
    }

    [Fact]
    public async Task Graphml_file_holds_every_actor_and_relation_even_hypothetical_ones()
    {
        var result = await RunAsync("--format", "graphml", "-o", "out.graphml");

        Assert.Equal(0, result.ExitCode);
        var doc = XDocument.Load(_folder.File("out.graphml"));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(8, doc.Descendants(g + "node").Count());
        Assert.Equal(8, doc.Descendants(g + "edge").Count());
        Assert.Contains("wrote 8 actors and 8 relations", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gexf_with_a_type_filter_keeps_only_those_relations_and_their_actors()
    {
        var result = await RunAsync("--format", "gexf", "--types", "ASSAULT");

        Assert.Equal(0, result.ExitCode);
        XNamespace x = "http://www.gexf.net/1.2draft";
        var doc = XDocument.Parse(result.Stdout);
        Assert.Equal(["country/RUS", "country/UKR"], doc.Descendants(x + "node").Select(n => (string)n.Attribute("id")!));
        Assert.Equal("ASSAULT", (string)Assert.Single(doc.Descendants(x + "edge")).Attribute("label")!);
    }

    [Fact]
    public async Task Gexf_version_1_3_is_written_on_request()
    {
        var result = await RunAsync("--format", "gexf", "--types", "ASSAULT", "--gexf-version", "1.3");

        Assert.Equal(0, result.ExitCode);
        XNamespace x = "http://gexf.net/1.3";
        var doc = XDocument.Parse(result.Stdout);
        Assert.Equal("1.3", (string)doc.Root!.Attribute("version")!);
        Assert.Equal("ASSAULT", (string)Assert.Single(doc.Descendants(x + "edge")).Attribute("kind")!);
    }

    [Fact]
    public async Task Dot_around_an_actor_writes_its_neighbourhood()
    {
        var result = await RunAsync("--format", "dot", "--around", "Putin", "--depth", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("digraph", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"person/xi-jinping\" [label=\"Xi Jinping\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("country/UKR", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_with_evidence_carries_the_sentences()
    {
        var result = await RunAsync("--format", "json", "--evidence", "2");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var assault = json.RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("type").GetString() == "ASSAULT");
        Assert.Equal("Russia & <ASSAULT> \"Ukraine\".", assault.GetProperty("evidence")[0].GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task Csv_writes_both_neo4j_files_into_the_folder()
    {
        var result = await RunAsync("--format", "csv", "-o", "neo4j");

        Assert.Equal(0, result.ExitCode);
        var actors = await File.ReadAllLinesAsync(_folder.File("neo4j/actors.csv"));
        var relations = await File.ReadAllLinesAsync(_folder.File("neo4j/relations.csv"));
        Assert.Equal("id:ID,name,kind,country,:LABEL", actors[0]);
        Assert.Equal(9, actors.Length);
        Assert.Equal(":START_ID,:END_ID,:TYPE,events:int,articles:int,first:date,last:date,confidence:double", relations[0]);
        Assert.Equal(9, relations.Length);
    }

    [Fact]
    public async Task Any_filter_counts_only_asserted_and_future_events()
    {
        var result = await RunAsync("--format", "json", "--since", "2000-01-01");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(7, json.RootElement.GetProperty("links").GetArrayLength());
        Assert.DoesNotContain(json.RootElement.GetProperty("links").EnumerateArray(), l => l.GetProperty("type").GetString() == "THREATEN");
    }

    [Fact]
    public async Task Csv_without_a_folder_fails()
    {
        var result = await RunAsync("--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-o", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cypher_merges_every_actor()
    {
        var result = await RunAsync("--format", "cypher");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(8, result.Stdout.Split('\n').Count(l => l.StartsWith("MERGE (a:Actor", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        var result = await RunAsync("--format", "xlsx");

        Assert.NotEqual(0, result.ExitCode);
    }
}
