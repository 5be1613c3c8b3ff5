namespace ActorGraph.Query.Search;

/// <summary>Which way a search walks edges: along them, against them, or either way.</summary>
internal enum Traversal
{
    /// <summary>From source to target; symmetric edges either way.</summary>
    Forward,

    /// <summary>From target to source; symmetric edges either way.</summary>
    Backward,

    /// <summary>Either way.</summary>
    Both,
}
