namespace ActorGraph.Query.Paths;

/// <summary>What makes a path short.</summary>
public enum PathWeighting
{
    /// <summary>Fewest hops; every passing edge has length one.</summary>
    Hops,

    /// <summary>
    /// Strong, recent ties are short: an edge with n counted events, the latest <c>age</c> days before the window's end
    /// (or the graph's latest event), has length <c>1 / (1 + ln(1 + n)) × (1 + age / 365)</c>; a hop takes its cheapest edge.
    /// </summary>
    Evidence,
}
