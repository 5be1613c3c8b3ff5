using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Frames;

/// <summary>One lexicon entry: a predicate, the PLOVER type it signals and where its source and target sit.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The mode, or null.</param>
/// <param name="Kind">The predicate's kind.</param>
/// <param name="Head">What the entry is looked up by: the verb with its particle if any (<c>beat up</c>), the noun of an <c>n:</c> entry, the outer verb of a control entry.</param>
/// <param name="Second">The light verb's object noun, or the controlled verb; null for a plain or phrasal verb and a noun.</param>
/// <param name="SourceSlots">Where the source may sit, in order of preference.</param>
/// <param name="TargetSlots">Where the target may sit; <c>none</c> for a reciprocal event between the subject's conjuncts.</param>
/// <param name="Recip">Whether the relation is read both ways.</param>
/// <param name="Weak">Whether the predicate is ambiguous, so events get a lower confidence.</param>
/// <param name="Needs">A lemma that must be among the predicate's dependents, or null.</param>
/// <param name="Location">The file and line, for messages.</param>
public sealed record Frame(
    PloverType Type,
    string? Mode,
    FramePredicateKind Kind,
    string Head,
    string? Second,
    IReadOnlyList<string> SourceSlots,
    IReadOnlyList<string> TargetSlots,
    bool Recip,
    bool Weak,
    string? Needs,
    string Location)
{
    /// <summary>Whether the target slot is <c>none</c>: the event holds between the subject's conjuncts.</summary>
    public bool Reciprocal => TargetSlots.Count == 1 && TargetSlots[0] == "none";
}
