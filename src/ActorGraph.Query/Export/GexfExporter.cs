using System.Xml;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Query.Export;

/// <summary>
/// GEXF for Gephi, 1.2draft by default (the version networkx and igraph read too) or 1.3: a directed, dynamic graph
/// (<c>timeformat="date"</c>) whose edges live from their first to their last event, so Gephi's timeline can play the
/// relations. Actor ids are the node ids (an id with characters XML cannot carry becomes <c>n</c> and its position),
/// the edge's type is its label (and, in 1.3, its <c>kind</c>). Every edge is directed; a symmetric type (CONSULT,
/// COOPERATE ...) is one edge with the attribute <c>symmetric</c> true, since readers refuse undirected edges in a
/// directed graph.
/// </summary>
/// <param name="version">The GEXF version to write.</param>
public sealed class GexfExporter(GexfVersion version = GexfVersion.V1_2Draft) : IGraphExporter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>The GEXF 1.2draft namespace.</summary>
    public const string Namespace12 = "http://www.gexf.net/1.2draft";

    /// <summary>The version written.</summary>
    public GexfVersion Version { get; } = Enum.IsDefined(version) ? version : throw new ArgumentOutOfRangeException(nameof(version));

    private static readonly (string Id, string Type)[] NodeAttributes = [("kind", "string"), ("country", "string"), ("sector", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributeTypes =
    [
        .. EdgeAttributes.All.Select(a => (a.Id, a.Kind switch
        {
            EdgeAttributes.ValueKind.Integer => "integer",
            EdgeAttributes.ValueKind.Real => "double",
            EdgeAttributes.ValueKind.Boolean => "boolean",
            _ => "string",
        })),
    ];

    /// <inheritdoc />
    public async Task WriteAsync(ActorSubgraph graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var v13 = Version == GexfVersion.V1_3;
        var ns = v13 ? Namespace : Namespace12;
        using (var xml = XmlWriter.Create(output, ExportText.XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", ns);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                v13 ? $"{Namespace} http://gexf.net/1.3/gexf.xsd" : $"{Namespace12} http://www.gexf.net/1.2draft/gexf.xsd");
            xml.WriteAttributeString("version", v13 ? "1.3" : "1.2");

            xml.WriteStartElement("meta", ns);
            xml.WriteElementString("creator", ns, "ActorGraph");
            xml.WriteElementString("description", ns, "Geopolitical actors and their PLOVER relations");
            xml.WriteEndElement();

            xml.WriteStartElement("graph", ns);
            xml.WriteAttributeString("mode", "dynamic");
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("timeformat", "date");
            if (v13)
            {
                xml.WriteAttributeString("timerepresentation", "interval");
            }

            Declare(xml, ns, "node", NodeAttributes);
            Declare(xml, ns, "edge", EdgeAttributeTypes);
            var nodeIds = NodeIds(graph);

            xml.WriteStartElement("nodes", ns);
            xml.WriteAttributeString("count", ExportText.Number(graph.Actors.Count));
            foreach (var actor in graph.Actors)
            {
                xml.WriteStartElement("node", ns);
                xml.WriteAttributeString("id", nodeIds[actor.Id]);
                xml.WriteAttributeString("label", ExportText.Xml(actor.Name));
                xml.WriteStartElement("attvalues", ns);
                Value(xml, ns, "kind", actor.Kind.ToName());
                Value(xml, ns, "country", actor.Country);
                Value(xml, ns, "sector", actor.Sector);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("edges", ns);
            xml.WriteAttributeString("count", ExportText.Number(graph.Relations.Count));
            var edge = 0;
            foreach (var relation in graph.Relations)
            {
                if ((edge & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                xml.WriteStartElement("edge", ns);
                xml.WriteAttributeString("id", "e" + ExportText.Number(edge++));
                xml.WriteAttributeString("source", nodeIds[relation.Source]);
                xml.WriteAttributeString("target", nodeIds[relation.Target]);
                if (v13)
                {
                    xml.WriteAttributeString("kind", relation.Type.ToName());
                }

                xml.WriteAttributeString("label", relation.Type.ToName());
                xml.WriteAttributeString("weight", ExportText.Number(relation.EventCount));
                xml.WriteAttributeString("start", ExportText.Date(relation.FirstDate));
                xml.WriteAttributeString("end", ExportText.Date(relation.LastDate));
                xml.WriteStartElement("attvalues", ns);
                foreach (var (id, value) in EdgeAttributes.Of(relation))
                {
                    Value(xml, ns, id, value);
                }
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await output.FlushAsync(cancellationToken);
    }

    // An actor id is its node id unless XML cannot carry it; then two such ids could clean to the same text, so it
    // becomes n and its position (actor ids always hold a slash, so no real id looks like that).
    private static Dictionary<ActorId, string> NodeIds(ActorSubgraph graph)
    {
        var ids = new Dictionary<ActorId, string>(graph.Actors.Count);
        foreach (var actor in graph.Actors)
        {
            var clean = ExportText.Xml(actor.Id.Value);
            ids[actor.Id] = ReferenceEquals(clean, actor.Id.Value) ? clean : "n" + ExportText.Number(ids.Count);
        }

        return ids;
    }

    private static void Declare(XmlWriter xml, string ns, string target, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", ns);
        xml.WriteAttributeString("class", target);
        xml.WriteAttributeString("mode", "static");
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string ns, string attribute, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("attvalue", ns);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", ExportText.Xml(value));
        xml.WriteEndElement();
    }
}
