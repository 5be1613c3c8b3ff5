namespace ActorGraph.Cli.Bench;

/// <summary>What a bench query answered, reduced to numbers a test can compare with the query library's own answer.</summary>
/// <param name="Kind">The kind of query.</param>
/// <param name="PathLengths">Hop counts of the paths found, shortest first (empty when none, or not a path query).</param>
/// <param name="Nodes">Actors in the neighbourhood, the centre included (zero for other kinds).</param>
/// <param name="Relations">Edges in the neighbourhood (zero for other kinds).</param>
/// <param name="Score">The alignment score (zero for other kinds).</param>
/// <param name="Events">Events behind the alignment score (zero for other kinds).</param>
public sealed record QueryOutcome(QueryKind Kind, IReadOnlyList<int> PathLengths, int Nodes, int Relations, double Score, int Events)
{
    /// <summary>Whether the query found something: a path, a neighbour, or an event between the pair.</summary>
    public bool Found => Kind switch
    {
        QueryKind.ShortestPath or QueryKind.KShortestPaths => PathLengths.Count > 0,
        QueryKind.Neighbourhood or QueryKind.BusyNeighbourhood => Nodes > 1,
        _ => Events > 0,
    };
}
