namespace ActorGraph.Extraction.Frames;

/// <summary>What sort of word a frame's predicate is.</summary>
public enum FramePredicateKind
{
    /// <summary>A verb lemma: <c>meet</c>.</summary>
    Verb,

    /// <summary>A verb and its particle: <c>beat up</c>.</summary>
    Phrasal,

    /// <summary>A light verb and its object noun: <c>hold talk</c>; the slots are the verb's.</summary>
    LightVerb,

    /// <summary>A nominalisation: <c>n:visit</c>; the slots are the noun's.</summary>
    Noun,

    /// <summary>An outer verb controlling an inner one that decides the type: <c>refuse &gt; meet</c>.</summary>
    Control,
}
