using ActorGraph.Core.Articles;

namespace ActorGraph.Extraction.Input;

/// <summary>Reads a <c>.txt</c> article: the first non-empty line is the title, the rest is the body.</summary>
internal static class TextArticleParser
{
    /// <summary>Parses the decoded content of a text file.</summary>
    public static ParsedInput Parse(string path, string content, ArticleInputOptions options)
    {
        var titleStart = 0;
        while (titleStart < content.Length && char.IsWhiteSpace(content[titleStart]))
        {
            titleStart++;
        }

        if (titleStart == content.Length)
        {
            return ParsedInput.Fail(path, null, "empty file: expected a title line followed by the article text");
        }

        var titleEnd = content.IndexOf('\n', titleStart);
        if (titleEnd < 0)
        {
            return ParsedInput.Fail(path, null, "missing text: the file has only a title line");
        }

        var title = ArticleBody.Title(content[titleStart..titleEnd]);
        var text = ArticleBody.Clean(content[(titleEnd + 1)..]);
        if (text.Length == 0)
        {
            return ParsedInput.Fail(path, null, "missing text: nothing follows the title line once boilerplate is removed");
        }

        return ParsedInput.Ok(new Article(Path.GetFileName(path), title, text, options.DefaultPublished));
    }
}
