namespace ActorGraph.Worker.Processing;

/// <summary>Reads the articles of one file.</summary>
internal interface IArticleSource
{
    /// <summary>Reads a file; problems come back as errors in the result, never as exceptions.</summary>
    Task<FileArticles> ReadAsync(string path, CancellationToken cancellationToken = default);
}
