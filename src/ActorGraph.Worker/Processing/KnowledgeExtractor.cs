using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Knowledge;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Processing;

/// <summary>The shared <see cref="EventExtractor"/> over the shipped knowledge plus <c>Worker:Gazetteers</c>, loaded once.</summary>
internal sealed class KnowledgeExtractor(IOptions<WorkerOptions> options) : IArticleExtractor
{
    private readonly EventExtractor _extractor = new(ExtractionKnowledge.Load(options.Value.Gazetteers));

    public IReadOnlyList<ActorEvent> Extract(Article article) => _extractor.Extract(article);
}
