using System.Xml;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Query.Export;

/// <summary>
/// GraphML for yEd and Gephi: nodes <c>n0</c>, <c>n1</c>… (GraphML ids are XML name tokens, which actor ids are not)
/// with the actor id, name, kind and country as data; edges with type, quad, counts, dates, confidence and symmetric.
/// Every edge is directed: a symmetric type (CONSULT, COOPERATE ...) is one edge with <c>symmetric</c> true, since
/// networkx and igraph refuse undirected edges inside a directed graph.
/// </summary>
public sealed class GraphMLExporter : IGraphExporter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("actor", "node", "string"), ("name", "node", "string"), ("kind", "node", "string"), ("country", "node", "string"),
        .. EdgeAttributes.All.Select(a => (a.Id, "edge", a.Kind switch
        {
            EdgeAttributes.ValueKind.Integer => "int",
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
        using (var xml = XmlWriter.Create(output, ExportText.XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                $"{Namespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var (id, target, type) in Keys)
            {
                xml.WriteStartElement("key", Namespace);
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", target);
                xml.WriteAttributeString("attr.name", id);
                xml.WriteAttributeString("attr.type", type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "actorgraph");
            xml.WriteAttributeString("edgedefault", "directed");

            var nodeIds = new Dictionary<ActorId, string>();
            foreach (var actor in graph.Actors)
            {
                var nodeId = "n" + ExportText.Number(nodeIds.Count);
                nodeIds.Add(actor.Id, nodeId);
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", nodeId);
                Data(xml, "actor", actor.Id.Value);
                Data(xml, "name", actor.Name);
                Data(xml, "kind", actor.Kind.ToName());
                if (actor.Country is not null)
                {
                    Data(xml, "country", actor.Country);
                }

                xml.WriteEndElement();
            }

            var edge = 0;
            foreach (var relation in graph.Relations)
            {
                if ((edge & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", "e" + ExportText.Number(edge++));
                xml.WriteAttributeString("source", nodeIds[relation.Source]);
                xml.WriteAttributeString("target", nodeIds[relation.Target]);
                foreach (var (id, value) in EdgeAttributes.Of(relation))
                {
                    Data(xml, id, value);
                }
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await output.FlushAsync(cancellationToken);
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(ExportText.Xml(value));
        xml.WriteEndElement();
    }
}
