namespace ActorGraph.Cli.Bench;

/// <summary>The kinds of query the query bench times.</summary>
public enum QueryKind
{
    /// <summary>Fewest-hop path between two actors, default filter.</summary>
    ShortestPath,

    /// <summary>The three shortest loopless paths (Yen), default filter and hop limit.</summary>
    KShortestPaths,

    /// <summary>The two-hop ego network of an actor over one PLOVER type in a two-year window.</summary>
    Neighbourhood,

    /// <summary>The same neighbourhood query centred on a busy actor: an end of a random edge, so hubs come up often.</summary>
    BusyNeighbourhood,

    /// <summary>The alignment score of two actors over all time.</summary>
    Alignment,
}
