namespace ActorGraph.Extraction.Input;

/// <summary>The kinds of input file, known by extension.</summary>
internal enum InputFormat
{
    /// <summary><c>.txt</c>: title line, then body.</summary>
    Text,

    /// <summary><c>.html</c> or <c>.htm</c>: a saved web page.</summary>
    Html,

    /// <summary><c>.json</c>: one article object.</summary>
    Json,

    /// <summary><c>.jsonl</c>: one article object per line.</summary>
    JsonLines,
}

/// <summary>Maps file extensions to input formats.</summary>
internal static class InputFormats
{
    /// <summary>The extensions understood, for messages.</summary>
    public const string Known = ".txt, .html, .htm, .json, .jsonl";

    /// <summary>Finds the format of a path from its extension, ignoring case.</summary>
    public static bool TryFromPath(string path, out InputFormat format)
    {
        var extension = Path.GetExtension(path.AsSpan());
        (var found, format) = extension switch
        {
            _ when extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) => (true, InputFormat.Text),
            _ when extension.Equals(".html", StringComparison.OrdinalIgnoreCase) => (true, InputFormat.Html),
            _ when extension.Equals(".htm", StringComparison.OrdinalIgnoreCase) => (true, InputFormat.Html),
            _ when extension.Equals(".json", StringComparison.OrdinalIgnoreCase) => (true, InputFormat.Json),
            _ when extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) => (true, InputFormat.JsonLines),
            _ => (false, default),
        };
        return found;
    }

    /// <summary>The reason given for a file whose extension is not understood.</summary>
    public static string UnknownExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length == 0
            ? $"unknown file kind: no extension (expected {Known})"
            : $"unknown extension '{extension}' (expected {Known})";
    }
}
