namespace ActorGraph.Worker.Tests.Support;

/// <summary>One file to drop into the inbox.</summary>
/// <param name="Name">Its name in the inbox.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="ArticleIds">The ids of the articles it should store.</param>
/// <param name="Problems">How many errors it should report.</param>
internal sealed record CorpusFile(string Name, byte[] Content, IReadOnlyList<string> ArticleIds, int Problems)
{
    /// <summary>A file with no storable article ends in failed/.</summary>
    public bool ShouldFail => ArticleIds.Count == 0;
}
