using System.Globalization;
using System.Xml.Linq;
using ActorGraph.Query.Export;
using static ActorGraph.Query.Tests.Export.ExportRun;

namespace ActorGraph.Query.Tests.Export;

public sealed class GexfExporterTests
{
    private static readonly XNamespace X = GexfExporter.Namespace;

    // These tests read the 1.3 output; the 1.2draft default differs only in namespace, version and the edge kind.
    private static async Task<XDocument> ExportAsync(ActorSubgraph graph) =>
        XDocument.Parse(await ToStringAsync(new GexfExporter(GexfVersion.V1_3), graph));

    [Fact]
    public async Task Output_has_what_the_gexf_1_3_schema_requires()
    {
        var doc = await ExportAsync(NastyGraph.Subgraph());

        var root = doc.Root!;
        Assert.Equal(X + "gexf", root.Name);
        Assert.Equal("1.3", (string)root.Attribute("version")!);
        var graph = Assert.Single(root.Elements(X + "graph"));
        Assert.Equal("dynamic", (string)graph.Attribute("mode")!);
        Assert.Equal("date", (string)graph.Attribute("timeformat")!);
        Assert.Contains((string)graph.Attribute("defaultedgetype")!, new[] { "directed", "undirected", "mutual" });

        var declared = new Dictionary<string, Dictionary<string, string>>();
        foreach (var attributes in graph.Elements(X + "attributes"))
        {
            var cls = (string)attributes.Attribute("class")!;
            Assert.Contains(cls, new[] { "node", "edge" });
            declared[cls] = attributes.Elements(X + "attribute").ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("type")!);
            Assert.All(attributes.Elements(X + "attribute"), a => Assert.NotNull(a.Attribute("title")));
            Assert.All(declared[cls].Values, t => Assert.Contains(t, new[] { "integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI" }));
        }

        var nodes = graph.Element(X + "nodes")!.Elements(X + "node").ToList();
        Assert.Equal(nodes.Count, (int)graph.Element(X + "nodes")!.Attribute("count")!);
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Equal(nodes.Count, nodeIds.Count);
        var edges = graph.Element(X + "edges")!.Elements(X + "edge").ToList();
        Assert.Equal(edges.Count, (int)graph.Element(X + "edges")!.Attribute("count")!);
        Assert.Equal(edges.Count, edges.Select(e => (string)e.Attribute("id")!).Distinct().Count());
        foreach (var edge in edges)
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeIds);
            Assert.Contains((string)edge.Attribute("target")!, nodeIds);
            var start = DateOnly.ParseExact((string)edge.Attribute("start")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var end = DateOnly.ParseExact((string)edge.Attribute("end")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(start <= end);
            Assert.True(double.Parse((string)edge.Attribute("weight")!, CultureInfo.InvariantCulture) > 0);
        }

        foreach (var (element, cls) in nodes.Select(n => (n, "node")).Concat(edges.Select(e => (e, "edge"))))
        {
            foreach (var value in element.Descendants(X + "attvalue"))
            {
                var id = (string)value.Attribute("for")!;
                Assert.True(declared[cls].ContainsKey(id), $"undeclared {cls} attribute {id}");
                Assert.NotNull(value.Attribute("value"));
                if (declared[cls][id] == "integer")
                {
                    Int((string)value.Attribute("value")!);
                }
            }
        }
    }

    [Fact]
    public async Task Nodes_and_edges_survive_the_round_trip()
    {
        var source = NastyGraph.Subgraph();
        var graph = (await ExportAsync(source)).Root!.Element(X + "graph")!;

        static string? Value(XElement e, string id) =>
            (string?)e.Descendants(X + "attvalue").SingleOrDefault(v => (string)v.Attribute("for")! == id)?.Attribute("value");

        var nodes = graph.Descendants(X + "node")
            .Select(n => ((string)n.Attribute("id")!, (string)n.Attribute("label")!, Value(n, "kind")!, Value(n, "country")))
            .ToHashSet();
        var edges = graph.Descendants(X + "edge").Select(e => new Edge(
            (string)e.Attribute("source")!, (string)e.Attribute("target")!, (string)e.Attribute("kind")!,
            Int(Value(e, "events")!), Int(Value(e, "articles")!), (string)e.Attribute("start")!, (string)e.Attribute("end")!,
            Double(Value(e, "confidence")!))).ToHashSet();

        Assert.Equal(NastyGraph.Nodes(source), nodes);
        Assert.Equal(NastyGraph.Edges(source), edges);
    }

    [Fact]
    public async Task Every_edge_is_directed_and_symmetric_relations_say_so_in_an_attribute()
    {
        var graph = (await ExportAsync(NastyGraph.Subgraph())).Root!.Element(X + "graph")!;

        static string Symmetric(XElement e) =>
            (string)e.Descendants(X + "attvalue").Single(v => (string)v.Attribute("for")! == "symmetric").Attribute("value")!;

        Assert.DoesNotContain(graph.Descendants(X + "edge"), e => e.Attribute("type") is not null);
        Assert.Equal("true", Symmetric(graph.Descendants(X + "edge").Single(e => (string)e.Attribute("label")! == "CONSULT")));
        Assert.Equal("false", Symmetric(graph.Descendants(X + "edge").Single(e => (string)e.Attribute("label")! == "ACCUSE")));
    }

    [Fact]
    public async Task Version_1_2draft_is_the_default_and_1_3_is_written_on_request()
    {
        var graph = NastyGraph.Subgraph();

        var draft = XDocument.Parse(await ToStringAsync(new GexfExporter(), graph)).Root!;
        var v13 = XDocument.Parse(await ToStringAsync(new GexfExporter(GexfVersion.V1_3), graph)).Root!;

        Assert.Equal(("1.2", GexfExporter.Namespace12), ((string)draft.Attribute("version")!, draft.Name.NamespaceName));
        Assert.Equal(("1.3", GexfExporter.Namespace), ((string)v13.Attribute("version")!, v13.Name.NamespaceName));
        Assert.DoesNotContain(draft.Descendants(), e => e.Attribute("kind") is not null);
        Assert.All(v13.Descendants(XNamespace.Get(GexfExporter.Namespace) + "edge"), e => Assert.NotNull(e.Attribute("kind")));
    }
}
