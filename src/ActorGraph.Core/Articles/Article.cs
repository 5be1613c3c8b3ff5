namespace ActorGraph.Core.Articles;

/// <summary>A news article as read from its input.</summary>
/// <param name="Id">The article id: the file name for text and HTML, the <c>id</c> field for JSON.</param>
/// <param name="Title">The title, if any.</param>
/// <param name="Text">The body text, boilerplate removed.</param>
/// <param name="Published">The publication date, if known.</param>
/// <param name="Url">Where it was published, if known.</param>
/// <param name="Source">The publisher, if known.</param>
public sealed record Article(string Id, string? Title, string Text, DateOnly? Published, string? Url = null, string? Source = null)
{
    /// <summary>A SHA-256 hex digest of title, text and publication date: the identity used to skip re-ingests.</summary>
    public string ContentHash => ArticleHash.Compute(this);
}
