using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Dates;

/// <summary>The date an event sentence refers to, and how it was found.</summary>
/// <param name="Date">The date: the first day of the month or year when less precise than a day.</param>
/// <param name="Precision">How precisely the date is known.</param>
/// <param name="Explicit">Whether the sentence itself dates the event; false when it fell back to the published date.</param>
public sealed record ResolvedDate(DateOnly Date, DatePrecision Precision, bool Explicit)
{
    /// <summary>Where the date expression lies in the sentence; an empty range when nothing in the sentence dated it.</summary>
    public Range Expression { get; init; }
}
