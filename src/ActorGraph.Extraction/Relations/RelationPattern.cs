using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Relations;

/// <summary>One lexicon line: a PLOVER type and mode with the word pattern that signals it.</summary>
/// <param name="Type">The type.</param>
/// <param name="Mode">The mode, or null.</param>
/// <param name="Elements">The pattern.</param>
/// <param name="Text">The line as written, for diagnostics.</param>
/// <param name="Origin">File and line it came from.</param>
public sealed record RelationPattern(PloverType Type, string? Mode, IReadOnlyList<PatternElement> Elements, string Text, string Origin)
{
    /// <summary>Whether the pattern names the target.</summary>
    public bool HasTarget => Elements.Any(e => e.Kind == PatternElementKind.Target);

    /// <summary>Whether the pattern names the source itself (passives, possessives).</summary>
    public bool HasSource => Elements.Any(e => e.Kind == PatternElementKind.Source);

    /// <summary>How many word elements it has: more words, more specific.</summary>
    public int Specificity => Elements.Count(e => e.Kind == PatternElementKind.Words && !e.Optional) * 2 + Elements.Count(e => e.Kind == PatternElementKind.Words);
}
