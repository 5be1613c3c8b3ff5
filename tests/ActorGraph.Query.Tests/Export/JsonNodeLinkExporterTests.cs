using System.Text.Json;
using ActorGraph.Query.Export;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Export.ExportRun;

namespace ActorGraph.Query.Tests.Export;

public sealed class JsonNodeLinkExporterTests
{
    private static async Task<JsonElement> ExportAsync(IGraphExporter exporter, ActorSubgraph graph)
    {
        using var doc = JsonDocument.Parse(await ToStringAsync(exporter, graph));
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Nodes_and_links_survive_the_round_trip()
    {
        var source = NastyGraph.Subgraph();

        var root = await ExportAsync(new JsonNodeLinkExporter(), source);

        var nodes = root.GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("name").GetString()!, n.GetProperty("kind").GetString()!, n.GetProperty("country").GetString()))
            .ToHashSet();
        var links = root.GetProperty("links").EnumerateArray().Select(l => new Edge(
            l.GetProperty("source").GetString()!, l.GetProperty("target").GetString()!, l.GetProperty("type").GetString()!,
            l.GetProperty("events").GetInt32(), l.GetProperty("articles").GetInt32(), l.GetProperty("first").GetString()!,
            l.GetProperty("last").GetString()!, l.GetProperty("confidence").GetDouble())).ToHashSet();
        Assert.Equal(NastyGraph.Nodes(source), nodes);
        Assert.Equal(NastyGraph.Edges(source), links);
        Assert.True(root.GetProperty("directed").GetBoolean());
        Assert.True(root.GetProperty("multigraph").GetBoolean());
    }

    [Fact]
    public async Task Links_say_their_quad_and_whether_they_read_both_ways()
    {
        var root = await ExportAsync(new JsonNodeLinkExporter(), NastyGraph.Subgraph());

        var consult = root.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("type").GetString() == "CONSULT");

        Assert.True(consult.GetProperty("symmetric").GetBoolean());
        Assert.Equal("verbal_cooperation", consult.GetProperty("quad").GetString());
    }

    [Fact]
    public async Task Without_a_reader_links_have_no_evidence()
    {
        var root = await ExportAsync(new JsonNodeLinkExporter(), NastyGraph.Subgraph());

        Assert.All(root.GetProperty("links").EnumerateArray(), l => Assert.False(l.TryGetProperty("evidence", out _)));
    }

    [Fact]
    public async Task With_a_reader_links_carry_up_to_n_evidence_sentences()
    {
        var source = NastyGraph.Source();
        var subgraph = source.Build().ToSubgraph();
        var reader = new InMemoryGraphReader(source.Actors, source.Relations, NastyGraph.Events(subgraph));

        var root = await ExportAsync(new JsonNodeLinkExporter(reader, evidencePerLink: 2), subgraph);

        var links = root.GetProperty("links").EnumerateArray().ToList();
        var consult = links.Single(l => l.GetProperty("type").GetString() == "CONSULT");
        var evidence = consult.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(2, evidence.Count);
        Assert.Equal($"{NastyGraph.Russian} & {NastyGraph.Chinese} said \"<CONSULT>\" \\ #2", evidence[0].GetProperty("sentence").GetString());
        Assert.Equal("2024-03-01", evidence[0].GetProperty("date").GetString());
        Assert.Single(links.Single(l => l.GetProperty("type").GetString() == "AID").GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task Non_latin_names_are_written_as_they_are()
    {
        var text = await ToStringAsync(new JsonNodeLinkExporter(), NastyGraph.Subgraph());

        Assert.Contains(NastyGraph.Russian, text, StringComparison.Ordinal);
        Assert.Contains(NastyGraph.Chinese, text, StringComparison.Ordinal);
    }
}
