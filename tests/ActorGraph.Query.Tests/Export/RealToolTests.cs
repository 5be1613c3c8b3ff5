using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using ActorGraph.Core.Events;
using ActorGraph.Query.Export;

namespace ActorGraph.Query.Tests.Export;

/// <summary>Exports with hostile names, opened by the tools their users open them with: networkx, igraph, Graphviz.</summary>
public sealed class RealToolTests : IDisposable
{
    private const string NetworkxGraphML = """
        import sys, json, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        print(json.dumps({"directed": g.is_directed(),
            "nodes": [[d["actor"], d["name"]] for _, d in g.nodes(data=True)],
            "edges": [[g.nodes[u]["actor"], g.nodes[v]["actor"], d["type"], bool(d["symmetric"])] for u, v, d in g.edges(data=True)]}))
        """;

    private const string IgraphGraphML = """
        import sys, json, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        print(json.dumps({"directed": g.is_directed(),
            "nodes": [[v["actor"], v["name"]] for v in g.vs],
            "edges": [[g.vs[e.source]["actor"], g.vs[e.target]["actor"], e["type"], bool(e["symmetric"])] for e in g.es]}))
        """;

    private const string NetworkxGexf = """
        import sys, json, networkx as nx
        g = nx.read_gexf(sys.argv[1])
        label = {n: d["label"] for n, d in g.nodes(data=True)}
        print(json.dumps({"directed": g.is_directed(),
            "nodes": [[n, d["label"]] for n, d in g.nodes(data=True)],
            "edges": [[label[u], label[v], d["label"], bool(d["symmetric"])] for u, v, d in g.edges(data=True)]}))
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-export-tools-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ToolFact("networkx")]
    public async Task Networkx_reads_the_graphml_with_every_name_and_relation()
    {
        var graph = HostileGraph.Fixed();

        var read = await RealTools.PythonJsonAsync("networkx", NetworkxGraphML, await WriteAsync(new GraphMLExporter(), graph, "g.graphml"));

        AssertSameGraph(graph, read, byActorId: true);
    }

    [ToolFact("igraph")]
    public async Task Igraph_reads_the_graphml_with_every_name_and_relation()
    {
        var graph = HostileGraph.Fixed();

        var read = await RealTools.PythonJsonAsync("igraph", IgraphGraphML, await WriteAsync(new GraphMLExporter(), graph, "g.graphml"));

        AssertSameGraph(graph, read, byActorId: true);
    }

    [ToolFact("networkx")]
    public async Task Networkx_reads_the_default_gexf_with_every_name_and_relation()
    {
        var graph = HostileGraph.Fixed();

        var read = await RealTools.PythonJsonAsync("networkx", NetworkxGexf, await WriteAsync(new GexfExporter(), graph, "g.gexf"));

        AssertSameGraph(graph, read, byActorId: false);
    }

    [ToolFact("dot")]
    public async Task Graphviz_renders_the_dot_to_svg_that_parses_as_xml()
    {
        var graph = HostileGraph.Fixed();

        var svg = await RealTools.DotToSvgAsync(await WriteAsync(new DotExporter(), graph, "g.dot"));

        var texts = AssertSvg(svg, graph);
        Assert.Contains("\"Quoted\" & <tag> 'apos'", texts);
        Assert.Contains("Nul\u2400Byte", texts);
        Assert.Contains("Esc\u241b[31mRed", texts);
        Assert.Contains("&amp; already", texts);
        Assert.Contains("Emoji \U0001F600 Flag \U0001F1FA\U0001F1F8", texts);
    }

    [ToolFact("networkx")]
    public async Task Seeded_random_hostile_graphs_through_every_exporter_open_in_the_real_tools()
    {
        // Every seed through every exporter and our own parsers; every fortieth seed also through the real tools.
        for (var seed = 1; seed <= 200; seed++)
        {
            var graph = HostileGraph.Random(seed);
            var graphml = await WriteAsync(new GraphMLExporter(), graph, $"{seed}.graphml");
            var gexf = await WriteAsync(new GexfExporter(), graph, $"{seed}.gexf");
            var gexf13 = await WriteAsync(new GexfExporter(GexfVersion.V1_3), graph, $"{seed}.1.3.gexf");
            var dot = await WriteAsync(new DotExporter(), graph, $"{seed}.dot");
            var json = await WriteAsync(new JsonNodeLinkExporter(), graph, $"{seed}.json");
            var cypher = await WriteAsync(new CypherExporter(), graph, $"{seed}.cypher");
            await new Neo4jCsvExporter().WriteToDirectoryAsync(graph, Path.Combine(_folder, $"{seed}-csv"));

            foreach (var xml in new[] { graphml, gexf, gexf13 })
            {
                XDocument.Load(xml);
            }

            DotChecker.Parse(await File.ReadAllTextAsync(dot));
            using (JsonDocument.Parse(await File.ReadAllBytesAsync(json)))
            {
            }

            Assert.Equal(graph.Actors.Count, CypherReader.Parse(await File.ReadAllTextAsync(cypher)).Nodes.Count);
            if (seed % 40 != 0)
            {
                continue;
            }

            AssertSameGraph(graph, await RealTools.PythonJsonAsync("networkx", NetworkxGraphML, graphml), byActorId: true);
            AssertSameGraph(graph, await RealTools.PythonJsonAsync("networkx", NetworkxGexf, gexf), byActorId: false);
            if (RealTools.Missing("igraph") is null)
            {
                AssertSameGraph(graph, await RealTools.PythonJsonAsync("igraph", IgraphGraphML, graphml), byActorId: true);
            }

            if (RealTools.Missing("dot") is null)
            {
                AssertSvg(await RealTools.DotToSvgAsync(dot), graph);
            }
        }
    }

    private async Task<string> WriteAsync(IGraphExporter exporter, ActorSubgraph graph, string name)
    {
        var path = Path.Combine(_folder, name);
        await using var file = File.Create(path);
        await exporter.WriteAsync(graph, file);
        return path;
    }

    // Names come back as an XML reader gives them (characters XML cannot carry as U+FFFD, carriage returns kept); each
    // relation is one directed edge, symmetric ones marked so.
    private static void AssertSameGraph(ActorSubgraph graph, JsonElement read, bool byActorId)
    {
        Assert.True(read.GetProperty("directed").GetBoolean());
        var names = graph.Actors.ToDictionary(a => a.Id, a => HostileGraph.XmlClean(a.Name));
        var nodes = read.GetProperty("nodes").EnumerateArray().Select(n => (n[0].GetString()!, n[1].GetString()!)).ToList();
        if (byActorId)
        {
            Assert.Equal(
                graph.Actors.Select(a => (HostileGraph.XmlClean(a.Id.Value), names[a.Id])).Order(),
                nodes.Order());
        }
        else
        {
            Assert.Equal(names.Values.Order(StringComparer.Ordinal), nodes.Select(n => n.Item2).Order(StringComparer.Ordinal));
        }

        var expected = graph.Relations.Select(r => byActorId
            ? (HostileGraph.XmlClean(r.Source.Value), HostileGraph.XmlClean(r.Target.Value), r.Type.ToName(), r.Type.IsSymmetric())
            : (names[r.Source], names[r.Target], r.Type.ToName(), r.Type.IsSymmetric()));
        var edges = read.GetProperty("edges").EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetString()!, e[3].GetBoolean()));
        Assert.Equal(expected.Order(), edges.Order());
    }

    private static List<string> AssertSvg(string svg, ActorSubgraph graph)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var doc = XDocument.Load(reader);
        XNamespace s = "http://www.w3.org/2000/svg";
        var groups = doc.Descendants(s + "g").ToList();
        Assert.Equal(graph.Actors.Count, groups.Count(g => (string?)g.Attribute("class") == "node"));
        Assert.Equal(graph.Relations.Count, groups.Count(g => (string?)g.Attribute("class") == "edge"));
        return doc.Descendants(s + "text").Select(t => t.Value).ToList();
    }
}
