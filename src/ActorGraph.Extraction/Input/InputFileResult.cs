using ActorGraph.Core.Articles;

namespace ActorGraph.Extraction.Input;

/// <summary>What one input file yielded: the articles that loaded and the errors for those that did not.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="Articles">The articles read, in file order.</param>
/// <param name="Errors">The problems found, in file order.</param>
public sealed record InputFileResult(string Path, IReadOnlyList<Article> Articles, IReadOnlyList<InputError> Errors);
