using ActorGraph.Core.Storage;

namespace ActorGraph.Worker.Processing;

/// <summary>A file in this worker's claim folder, read and extracted, waiting for its batch to commit.</summary>
/// <param name="Name">The name it was dropped under (kept while claimed, since a text article's id is its file name).</param>
/// <param name="ClaimedPath">Where it is now.</param>
/// <param name="Articles">Its articles with their events.</param>
/// <param name="Errors">What was wrong with it.</param>
internal sealed record ClaimedFile(string Name, string ClaimedPath, IReadOnlyList<ExtractedArticle> Articles, IReadOnlyList<FileError> Errors)
{
    /// <summary>A file with no article goes to <c>failed/</c>.</summary>
    public bool Failed => Articles.Count == 0;

    public int EventCount => Articles.Sum(article => article.Events.Count);
}
