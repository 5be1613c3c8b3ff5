namespace ActorGraph.Query.Export;

/// <summary>The GEXF version an export is written in.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.2draft: what Gephi, networkx and igraph all read; the default.</summary>
    V1_2Draft,

    /// <summary>GEXF 1.3: for Gephi 0.9 and later, adds the edge <c>kind</c>; networkx does not read it.</summary>
    V1_3,
}
