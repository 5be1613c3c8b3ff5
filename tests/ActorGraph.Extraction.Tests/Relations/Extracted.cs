using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Extraction.Tests.Relations;

/// <summary>The shipped knowledge, loaded once for all tests, and a one-call extractor for a passage.</summary>
public static class Extracted
{
    private static readonly Lazy<ExtractionKnowledge> Shared = new(() => ExtractionKnowledge.Load());

    /// <summary>The shipped gazetteer and lexicon.</summary>
    public static ExtractionKnowledge Knowledge => Shared.Value;

    /// <summary>The events in a passage published on a date.</summary>
    public static IReadOnlyList<ActorEvent> Of(string text, string published = "2025-06-02") =>
        new EventExtractor(Knowledge).Extract(new Article("test", null, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
}
