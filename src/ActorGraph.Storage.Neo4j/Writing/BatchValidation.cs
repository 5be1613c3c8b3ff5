using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j.Writing;

/// <summary>Rejects a batch that cannot be stored as it stands, before anything is sent, so a bad batch changes nothing.</summary>
internal static class BatchValidation
{
    public static void ThrowIfInvalid(IReadOnlyList<ExtractedArticle> batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (item?.Article is null || item.Events is null)
            {
                throw new ArgumentException($"Batch item {i} needs an article and a list of events.", nameof(batch));
            }

            var id = item.Article.Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"Batch item {i} has an article without an id.", nameof(batch));
            }

            for (var j = 0; j < item.Events.Count; j++)
            {
                ThrowIfInvalid(item.Events[j], id, j);
            }
        }
    }

    private static void ThrowIfInvalid(ActorEvent? e, string articleId, int index)
    {
        if (e?.Evidence is null || e.Source is null || e.Target is null
            || e.Evidence.Sentence is null || e.Evidence.SourceText is null || e.Evidence.TargetText is null)
        {
            throw new ArgumentException($"Event {index} of article '{articleId}' is missing its actors or evidence text.", "batch");
        }

        if (e.ArticleId != articleId)
        {
            throw new ArgumentException($"Event {index} of article '{articleId}' says it comes from article '{e.ArticleId}'.", "batch");
        }

        if (!(e.Evidence.Confidence is >= 0 and <= 1))
        {
            throw new ArgumentException($"Event {index} of article '{articleId}' has confidence {e.Evidence.Confidence}, outside [0, 1].", "batch");
        }

        if (!Enum.IsDefined(e.Type) || !Enum.IsDefined(e.Modality) || !Enum.IsDefined(e.DatePrecision))
        {
            throw new ArgumentException($"Event {index} of article '{articleId}' has an undefined type, modality or date precision.", "batch");
        }
    }
}
