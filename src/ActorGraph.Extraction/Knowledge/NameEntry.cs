namespace ActorGraph.Extraction.Knowledge;

/// <summary>One name in the index: its folded tokens, which of them must be capitalised, and the record it names.</summary>
/// <param name="Norms">Folded tokens.</param>
/// <param name="Capitalized">Per token: the text must start with a capital letter.</param>
/// <param name="ExactCase">The raw tokens, when the name is an acronym that must match case exactly (US, WHO); else null.</param>
/// <param name="Kind">How the name refers.</param>
/// <param name="Record">The record named.</param>
public sealed record NameEntry(string[] Norms, bool[] Capitalized, string[]? ExactCase, NameKind Kind, GazetteerRecord Record);
