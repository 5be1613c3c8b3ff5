using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;

namespace ActorGraph.Core.Storage;

/// <summary>An article with every event extracted from it: the unit a store ingests atomically.</summary>
/// <param name="Article">The article.</param>
/// <param name="Events">Its events (possibly none).</param>
public sealed record ExtractedArticle(Article Article, IReadOnlyList<ActorEvent> Events);
