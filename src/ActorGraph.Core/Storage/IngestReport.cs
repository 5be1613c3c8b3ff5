namespace ActorGraph.Core.Storage;

/// <summary>What an ingest did.</summary>
/// <param name="ArticlesNew">Articles stored for the first time.</param>
/// <param name="ArticlesSkipped">Articles already stored with the same content hash: nothing changed.</param>
/// <param name="ArticlesReplaced">Articles whose content changed: their events were replaced.</param>
/// <param name="EventsStored">Events written.</param>
public sealed record IngestReport(int ArticlesNew, int ArticlesSkipped, int ArticlesReplaced, int EventsStored)
{
    /// <summary>An ingest that did nothing.</summary>
    public static IngestReport Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Adds two reports.</summary>
    public IngestReport Add(IngestReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(ArticlesNew + other.ArticlesNew, ArticlesSkipped + other.ArticlesSkipped,
            ArticlesReplaced + other.ArticlesReplaced, EventsStored + other.EventsStored);
    }
}
