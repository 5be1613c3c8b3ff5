using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>One human-coded event of a gold sentence.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="SourceName">The text that names the source actor.</param>
/// <param name="SourceCountry">The source's ISO3 country, or null for actors without one (organisations).</param>
/// <param name="TargetName">The text that names the target actor.</param>
/// <param name="TargetCountry">The target's ISO3 country, or null.</param>
public sealed record GoldEvent(PloverType Type, string SourceName, string? SourceCountry, string TargetName, string? TargetCountry);
