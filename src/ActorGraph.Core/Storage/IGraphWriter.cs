namespace ActorGraph.Core.Storage;

/// <summary>Writes extracted articles into a store.</summary>
public interface IGraphWriter
{
    /// <summary>
    /// Stores a batch atomically: all of it or, on failure, none of it. An article whose content hash is already
    /// stored is skipped; one whose content changed has its events replaced. Summaries stay consistent with events.
    /// </summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken = default);
}
