namespace ActorGraph.Extraction.Relations;

/// <summary>What one element of a lexicon pattern matches.</summary>
public enum PatternElementKind
{
    /// <summary>One of a set of words.</summary>
    Words,

    /// <summary>Up to three words that are neither actors nor clause punctuation.</summary>
    Gap,

    /// <summary>The target actor(s).</summary>
    Target,

    /// <summary>The source actor(s).</summary>
    Source,
}

/// <summary>One element of a pattern.</summary>
/// <param name="Kind">What it matches.</param>
/// <param name="Words">For <see cref="PatternElementKind.Words"/>, the folded words accepted.</param>
/// <param name="Optional">Whether it may be absent.</param>
/// <param name="IsVerb">Whether the words are a verb's inflections (written <c>verb~</c>), which also yields the passive form.</param>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlySet<string>? Words, bool Optional, bool IsVerb = false);
