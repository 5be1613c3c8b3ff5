using ActorGraph.Query;
using ActorGraph.Query.Alignment;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Paths;

namespace ActorGraph.Cli.Bench;

/// <summary>Answers bench queries with the query library, exactly as the query commands would.</summary>
public sealed class QueryBenchRunner(IRelationIncidenceGraph graph)
{
    /// <summary>How many paths the k-shortest-paths query asks for.</summary>
    public const int K = 3;

    /// <summary>How many hops the neighbourhood query reaches.</summary>
    public const int NeighbourhoodDepth = 2;

    /// <summary>Runs one query.</summary>
    public QueryOutcome Run(BenchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        switch (query.Kind)
        {
            case QueryKind.ShortestPath:
                var path = graph.ShortestPath(query.From, query.To);
                return Paths(query.Kind, path is null ? [] : [path.Length]);
            case QueryKind.KShortestPaths:
                return Paths(query.Kind, [.. graph.KShortestPaths(query.From, query.To, K).Select(p => p.Length)]);
            case QueryKind.Neighbourhood or QueryKind.BusyNeighbourhood:
                var ego = graph.Neighbourhood(query.From, NeighbourhoodDepth, query.Filter);
                return new QueryOutcome(query.Kind, [], ego.Nodes.Count, ego.Relations.Count, 0, 0);
            case QueryKind.Alignment:
                var alignment = graph.Alignment(query.From, query.To);
                return new QueryOutcome(query.Kind, [], 0, 0, alignment.Score, alignment.Events);
            default:
                throw new ArgumentOutOfRangeException(nameof(query), query.Kind, "Unknown query kind.");
        }
    }

    private static QueryOutcome Paths(QueryKind kind, int[] lengths) => new(kind, lengths, 0, 0, 0, 0);
}
