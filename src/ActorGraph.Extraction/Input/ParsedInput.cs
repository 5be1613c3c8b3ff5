using ActorGraph.Core.Articles;

namespace ActorGraph.Extraction.Input;

/// <summary>The result of parsing one input unit (a file, or one JSONL line): an article or an error.</summary>
internal readonly record struct ParsedInput(Article? Article, InputError? Error)
{
    public static ParsedInput Ok(Article article) => new(article, null);

    public static ParsedInput Fail(string path, int? line, string reason) => new(null, new InputError(path, line, reason));
}
