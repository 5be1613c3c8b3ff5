namespace ActorGraph.Query.Export;

/// <summary>Writes a subgraph in one file format.</summary>
public interface IGraphExporter
{
    /// <summary>Writes the subgraph to a stream as UTF-8 text, leaving the stream open.</summary>
    Task WriteAsync(ActorSubgraph graph, Stream output, CancellationToken cancellationToken = default);
}
