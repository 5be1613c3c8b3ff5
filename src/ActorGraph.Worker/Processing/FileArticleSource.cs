using ActorGraph.Extraction.Input;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Processing;

/// <summary>Reads inbox files with the shared <see cref="ArticleFileReader"/>, limited to <c>Worker:MaxFileBytes</c>.</summary>
internal sealed class FileArticleSource(IOptions<WorkerOptions> options) : IArticleSource
{
    private readonly ArticleFileReader _reader = new(new ArticleInputOptions { MaxFileBytes = options.Value.MaxFileBytes });

    public async Task<FileArticles> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await _reader.ReadFileAsync(path, cancellationToken);
        return new FileArticles(result.Articles, result.Errors.Select(error => new FileError(error.Line, error.Reason)).ToList());
    }
}
