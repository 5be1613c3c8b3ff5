using System.Xml;
using System.Xml.Linq;
using ActorGraph.Query.Export;
using static ActorGraph.Query.Tests.Export.ExportRun;

namespace ActorGraph.Query.Tests.Export;

public sealed class GraphMLExporterTests
{
    private static readonly XNamespace G = GraphMLExporter.Namespace;

    private static async Task<XDocument> ExportAsync(ActorSubgraph graph)
    {
        var text = await ToStringAsync(new GraphMLExporter(), graph);
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public async Task Output_has_the_graphml_structure()
    {
        var doc = await ExportAsync(NastyGraph.Subgraph());

        var root = doc.Root!;
        Assert.Equal(G + "graphml", root.Name);
        var keys = root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.All(root.Elements(G + "key"), k =>
        {
            Assert.NotNull(k.Attribute("attr.name"));
            Assert.Contains((string)k.Attribute("attr.type")!, new[] { "boolean", "int", "long", "float", "double", "string" });
        });
        var graph = Assert.Single(root.Elements(G + "graph"));
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);

        // Keys come before the graph, as the schema orders them.
        Assert.True(root.Elements().TakeWhile(e => e.Name == G + "key").Count() == keys.Count);

        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        Assert.All(nodeIds, id => XmlConvert.VerifyNMTOKEN(id));
        foreach (var edge in graph.Elements(G + "edge"))
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeIds);
            Assert.Contains((string)edge.Attribute("target")!, nodeIds);
        }

        foreach (var data in graph.Descendants(G + "data"))
        {
            var key = (string)data.Attribute("key")!;
            Assert.True(keys.ContainsKey(key), $"undeclared key {key}");
            Assert.Equal(keys[key], data.Parent!.Name.LocalName);
        }
    }

    [Fact]
    public async Task Nodes_and_edges_survive_the_round_trip()
    {
        var source = NastyGraph.Subgraph();
        var graph = (await ExportAsync(source)).Root!.Element(G + "graph")!;

        static string? Data(XElement e, string key) => (string?)e.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key);

        var actorOf = graph.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!, n => Data(n, "actor")!);
        var nodes = graph.Elements(G + "node").Select(n => (Data(n, "actor")!, Data(n, "name")!, Data(n, "kind")!, Data(n, "country"))).ToHashSet();
        var edges = graph.Elements(G + "edge").Select(e => new Edge(
            actorOf[(string)e.Attribute("source")!], actorOf[(string)e.Attribute("target")!], Data(e, "type")!,
            Int(Data(e, "events")!), Int(Data(e, "articles")!), Data(e, "first")!, Data(e, "last")!, Double(Data(e, "confidence")!))).ToHashSet();

        Assert.Equal(NastyGraph.Nodes(source), nodes);
        Assert.Equal(NastyGraph.Edges(source), edges);
    }

    [Fact]
    public async Task Every_edge_is_directed_and_symmetric_relations_say_so_in_an_attribute()
    {
        var graph = (await ExportAsync(NastyGraph.Subgraph())).Root!.Element(G + "graph")!;

        static string Data(XElement e, string key) => (string)e.Elements(G + "data").Single(d => (string)d.Attribute("key")! == key);

        Assert.DoesNotContain(graph.Elements(G + "edge"), e => e.Attribute("directed") is not null);
        Assert.Equal("true", Data(graph.Elements(G + "edge").Single(e => Data(e, "type") == "CONSULT"), "symmetric"));
        Assert.Equal("false", Data(graph.Elements(G + "edge").Single(e => Data(e, "type") == "ACCUSE"), "symmetric"));
    }

    [Fact]
    public async Task A_carriage_return_survives_the_xml_parser()
    {
        var graph = Support.SomeGraph.With().Actor("person/cr", "Line\rFeed").Build().ToSubgraph();

        var doc = await ExportAsync(graph);

        Assert.Contains(doc.Descendants(G + "data"), d => d.Value == "Line\rFeed");
    }

    [Fact]
    public async Task Control_characters_are_replaced_so_the_xml_stays_well_formed()
    {
        var graph = Support.SomeGraph.With().Actor("person/bell", "Bell\u0007 Ringer").Build().ToSubgraph();

        var doc = await ExportAsync(graph);

        Assert.Contains(doc.Descendants(G + "data"), d => d.Value == "Bell\uFFFD Ringer");
    }
}
