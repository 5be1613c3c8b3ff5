using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Sqlite.Writing;

/// <summary>Rejects an extracted article that cannot be stored as it stands.</summary>
internal static class ArticleValidation
{
    public static void ThrowIfInvalid(ExtractedArticle? item)
    {
        if (item?.Article is null || item.Events is null)
        {
            throw new ArgumentException("A batch item needs an article and a list of events.", nameof(item));
        }

        var id = item.Article.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("An article needs a non-blank id.", nameof(item));
        }

        for (var i = 0; i < item.Events.Count; i++)
        {
            var e = item.Events[i];
            if (e?.Evidence is null || e.Source is null || e.Target is null
                || e.Evidence.Sentence is null || e.Evidence.SourceText is null || e.Evidence.TargetText is null)
            {
                throw new ArgumentException($"Event {i} of article '{id}' is missing its actors or evidence text.", nameof(item));
            }

            if (e.ArticleId != id)
            {
                throw new ArgumentException($"Event {i} of article '{id}' says it comes from article '{e.ArticleId}'.", nameof(item));
            }

            if (!(e.Evidence.Confidence is >= 0 and <= 1))
            {
                throw new ArgumentException($"Event {i} of article '{id}' has confidence {e.Evidence.Confidence}, outside [0, 1].", nameof(item));
            }
        }
    }
}
