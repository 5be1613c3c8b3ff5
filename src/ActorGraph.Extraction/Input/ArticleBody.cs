using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Input;

/// <summary>The text normalisation every reader applies to bodies and titles.</summary>
internal static class ArticleBody
{
    /// <summary>Decodes entities, tidies whitespace into paragraphs separated by a blank line, and removes boilerplate.</summary>
    public static string Clean(string raw) => BoilerplateFilter.Clean(TextNormalizer.Normalize(raw));

    /// <summary>Makes a title one tidy line, or null when nothing is left.</summary>
    public static string? Title(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var title = TextNormalizer.Normalize(raw).Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
        return title.Length == 0 ? null : title;
    }

    /// <summary>Drops a first paragraph that only repeats the title, as pages often do with their headline.</summary>
    public static string WithoutLeadingTitle(string body, string? title)
    {
        if (title is null)
        {
            return body;
        }

        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? body.AsSpan() : body.AsSpan(0, end);
        return first.Equals(title, StringComparison.OrdinalIgnoreCase) ? (end < 0 ? string.Empty : body[(end + 2)..]) : body;
    }
}
