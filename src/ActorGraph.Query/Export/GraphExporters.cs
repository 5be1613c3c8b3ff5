using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Export;

/// <summary>Picks the exporter for a single-stream format.</summary>
public static class GraphExporters
{
    /// <summary>The exporter for a format; the reader, when given, adds evidence to JSON links; GEXF is written in <paramref name="gexfVersion"/>.</summary>
    /// <exception cref="ArgumentException">CSV, which writes two files: use <see cref="Neo4jCsvExporter"/>.</exception>
    public static IGraphExporter For(GraphExportFormat format, IGraphReader? evidenceReader = null, int evidencePerLink = 3, GexfVersion gexfVersion = GexfVersion.V1_2Draft) => format switch
    {
        GraphExportFormat.GraphML => new GraphMLExporter(),
        GraphExportFormat.Gexf => new GexfExporter(gexfVersion),
        GraphExportFormat.Dot => new DotExporter(),
        GraphExportFormat.Json => new JsonNodeLinkExporter(evidenceReader, evidencePerLink),
        GraphExportFormat.Cypher => new CypherExporter(),
        GraphExportFormat.Csv => throw new ArgumentException("CSV export writes two files; use Neo4jCsvExporter.", nameof(format)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
