namespace ActorGraph.Extraction;

/// <summary>How long one article's extraction may run before it is given up, checked between sentences.</summary>
/// <param name="PerArticle">The time one article may take.</param>
/// <param name="Clock">The clock that measures it; tests pass one they control.</param>
public sealed record ExtractionBudget(TimeSpan PerArticle, TimeProvider Clock)
{
    /// <summary>Thirty seconds on the system clock: extraction is linear, and the largest file read (20 MiB) takes a few seconds.</summary>
    public static ExtractionBudget Default { get; } = new(TimeSpan.FromSeconds(30), TimeProvider.System);
}
