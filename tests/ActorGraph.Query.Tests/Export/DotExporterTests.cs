using ActorGraph.Query.Export;
using static ActorGraph.Query.Tests.Export.ExportRun;

namespace ActorGraph.Query.Tests.Export;

public sealed class DotExporterTests
{
    [Fact]
    public async Task Output_parses_and_keeps_nodes_and_edges()
    {
        var source = NastyGraph.Subgraph();

        var dot = DotChecker.Parse(await ToStringAsync(new DotExporter(), source));

        var nodes = dot.Nodes.Select(n => (n.Key, n.Value["label"], n.Value["kind"], n.Value.GetValueOrDefault("country"))).ToHashSet();
        var edges = dot.Edges.Select(e => new Edge(
            e.From, e.To, e.Attributes["type"], Int(e.Attributes["events"]), Int(e.Attributes["articles"]),
            e.Attributes["first"], e.Attributes["last"], Double(e.Attributes["confidence"]))).ToHashSet();
        Assert.Equal(NastyGraph.Nodes(source), nodes);
        Assert.Equal(NastyGraph.Edges(source), edges);
    }

    [Fact]
    public async Task Edges_name_declared_nodes_only()
    {
        var dot = DotChecker.Parse(await ToStringAsync(new DotExporter(), NastyGraph.Subgraph()));

        Assert.All(dot.Edges, e =>
        {
            Assert.Contains(e.From, dot.Nodes.Keys);
            Assert.Contains(e.To, dot.Nodes.Keys);
        });
    }

    [Fact]
    public async Task Symmetric_relations_have_no_arrowhead()
    {
        var dot = DotChecker.Parse(await ToStringAsync(new DotExporter(), NastyGraph.Subgraph()));

        Assert.Equal("none", dot.Edges.Single(e => e.Attributes["type"] == "CONSULT").Attributes["dir"]);
        Assert.False(dot.Edges.Single(e => e.Attributes["type"] == "ACCUSE").Attributes.ContainsKey("dir"));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("ends with \\", "\"ends with \\\\\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("two\r\nlines", "\"two\\nlines\"")]
    [InlineData("R&D &lt;", "\"R&amp;D &amp;lt;\"")]
    [InlineData("nul\0 esc\u001b bel\u0007 del\u007f", "\"nul\u2400 esc\u241b bel\u2407 del\u2421\"")]
    [InlineData("emoji \U0001F600 rlo \u202e", "\"emoji \U0001F600 rlo \u202e\"")]
    public void Quote_escapes_what_graphviz_reads_specially(string text, string quoted)
    {
        Assert.Equal(quoted, DotExporter.Quote(text));
    }

    [Fact]
    public void Quote_replaces_what_xml_cannot_carry_with_the_replacement_character()
    {
        // Built here, not in InlineData: a lone surrogate does not survive the test runner's serialisation.
        var text = "c1\u0085 lone" + '\ud800' + " nonchar\uffff";

        Assert.Equal("\"c1\ufffd lone\ufffd nonchar\ufffd\"", DotExporter.Quote(text));
    }
}
