using ActorGraph.Core.Articles;

namespace ActorGraph.Worker.Processing;

/// <summary>What one file yielded: its articles and the problems found, in file order.</summary>
internal sealed record FileArticles(IReadOnlyList<Article> Articles, IReadOnlyList<FileError> Errors);
