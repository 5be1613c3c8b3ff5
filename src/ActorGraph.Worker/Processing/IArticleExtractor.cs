using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;

namespace ActorGraph.Worker.Processing;

/// <summary>Finds the actor events in an article.</summary>
internal interface IArticleExtractor
{
    /// <summary>The events of one article, possibly none.</summary>
    IReadOnlyList<ActorEvent> Extract(Article article);
}
