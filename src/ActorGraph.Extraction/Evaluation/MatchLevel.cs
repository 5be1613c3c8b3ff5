namespace ActorGraph.Extraction.Evaluation;

/// <summary>How much of an event must agree with a gold event to count as a match.</summary>
public enum MatchLevel
{
    /// <summary>Actors right and the same PLOVER type.</summary>
    Type,

    /// <summary>Actors right and the same quad class.</summary>
    Quad,

    /// <summary>Actors right, any type.</summary>
    Pair,
}
