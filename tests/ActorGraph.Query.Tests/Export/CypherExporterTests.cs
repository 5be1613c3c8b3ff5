using ActorGraph.Query.Export;
using static ActorGraph.Query.Tests.Export.ExportRun;

namespace ActorGraph.Query.Tests.Export;

public sealed class CypherExporterTests
{
    [Fact]
    public async Task Script_parses_and_merges_every_node_and_relation()
    {
        var source = NastyGraph.Subgraph();

        var script = CypherReader.Parse(await ToStringAsync(new CypherExporter(), source));

        var nodes = script.Nodes.Select(n => (n.Id, (string)n.Properties["name"]!, (string)n.Properties["kind"]!, (string?)n.Properties.GetValueOrDefault("country"))).ToHashSet();
        var edges = script.Relations.Select(r => new Edge(
            r.Source, r.Target, r.Type, (int)(double)r.Properties["events"]!, (int)(double)r.Properties["articles"]!,
            ((DateOnly)r.Properties["first"]!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ((DateOnly)r.Properties["last"]!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            (double)r.Properties["confidence"]!)).ToHashSet();
        Assert.Equal(NastyGraph.Nodes(source), nodes);
        Assert.Equal(NastyGraph.Edges(source), edges);
        Assert.Equal(1, script.Constraints);
    }

    [Fact]
    public async Task Nodes_get_the_actor_label_and_their_kind()
    {
        var script = CypherReader.Parse(await ToStringAsync(new CypherExporter(), NastyGraph.Subgraph()));

        Assert.Equal(["Person"], script.Nodes.Single(n => n.Id == "person/xi-jinping").Labels);
    }

    [Fact]
    public async Task Script_has_no_parameters()
    {
        var text = await ToStringAsync(new CypherExporter(), NastyGraph.Subgraph());

        Assert.DoesNotContain(CypherReader.Parse(text).Relations, r => r.Properties.Values.Any(v => v is string s && s.StartsWith('$')));
        Assert.All(text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)), l => Assert.EndsWith(";", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O\\'Brien'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("trailing\\", "'trailing\\\\'")]
    [InlineData("line\nbreak", "'line\\nbreak'")]
    [InlineData("bell\u0007", "'bell\\u0007'")]
    [InlineData("\"double\"", "'\"double\"'")]
    [InlineData("習近平", "'習近平'")]
    public void Literal_escapes_what_cypher_reads_specially(string text, string literal)
    {
        Assert.Equal(literal, CypherExporter.Literal(text));
    }
}
