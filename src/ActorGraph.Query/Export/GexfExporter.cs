using System.Xml;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Query.Export;

/// <summary>
/// GEXF 1.3 for Gephi: a dynamic graph (<c>timeformat="date"</c>) whose edges live from their first to their last
/// event, so Gephi's timeline can play the relations; actor ids are the node ids, the edge's type its <c>kind</c>
/// (which lets two types join the same pair), and symmetric types are undirected edges.
/// </summary>
public sealed class GexfExporter : IGraphExporter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

    private static readonly (string Id, string Type)[] NodeAttributes = [("kind", "string"), ("country", "string"), ("sector", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributeTypes =
    [
        .. EdgeAttributes.All.Select(a => (a.Id, a.Kind switch
        {
            EdgeAttributes.ValueKind.Integer => "integer",
            EdgeAttributes.ValueKind.Real => "double",
            _ => "string",
        })),
    ];

    /// <inheritdoc />
    public async Task WriteAsync(ActorSubgraph graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Encoding = ExportText.Utf8, Indent = true, CloseOutput = false };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                $"{Namespace} http://gexf.net/1.3/gexf.xsd");
            xml.WriteAttributeString("version", "1.3");

            xml.WriteStartElement("meta", Namespace);
            xml.WriteElementString("creator", Namespace, "ActorGraph");
            xml.WriteElementString("description", Namespace, "Geopolitical actors and their PLOVER relations");
            xml.WriteEndElement();

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("mode", "dynamic");
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("timeformat", "date");
            xml.WriteAttributeString("timerepresentation", "interval");
            Declare(xml, "node", NodeAttributes);
            Declare(xml, "edge", EdgeAttributeTypes);

            xml.WriteStartElement("nodes", Namespace);
            xml.WriteAttributeString("count", ExportText.Number(graph.Actors.Count));
            foreach (var actor in graph.Actors)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", ExportText.Xml(actor.Id.Value));
                xml.WriteAttributeString("label", ExportText.Xml(actor.Name));
                xml.WriteStartElement("attvalues", Namespace);
                Value(xml, "kind", actor.Kind.ToName());
                Value(xml, "country", actor.Country);
                Value(xml, "sector", actor.Sector);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("edges", Namespace);
            xml.WriteAttributeString("count", ExportText.Number(graph.Relations.Count));
            var edge = 0;
            foreach (var relation in graph.Relations)
            {
                if ((edge & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", "e" + ExportText.Number(edge++));
                xml.WriteAttributeString("source", ExportText.Xml(relation.Source.Value));
                xml.WriteAttributeString("target", ExportText.Xml(relation.Target.Value));
                if (relation.Type.IsSymmetric())
                {
                    xml.WriteAttributeString("type", "undirected");
                }

                xml.WriteAttributeString("kind", relation.Type.ToName());
                xml.WriteAttributeString("label", relation.Type.ToName());
                xml.WriteAttributeString("weight", ExportText.Number(relation.EventCount));
                xml.WriteAttributeString("start", ExportText.Date(relation.FirstDate));
                xml.WriteAttributeString("end", ExportText.Date(relation.LastDate));
                xml.WriteStartElement("attvalues", Namespace);
                foreach (var (id, value) in EdgeAttributes.Of(relation))
                {
                    Value(xml, id, value);
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

    private static void Declare(XmlWriter xml, string target, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", target);
        xml.WriteAttributeString("mode", "static");
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string attribute, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", ExportText.Xml(value));
        xml.WriteEndElement();
    }
}
