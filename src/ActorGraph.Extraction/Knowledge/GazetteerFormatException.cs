namespace ActorGraph.Extraction.Knowledge;

/// <summary>A gazetteer or lexicon file that cannot be read; the message names the file and line.</summary>
public sealed class GazetteerFormatException : Exception
{
    /// <summary>Creates the exception for a file and line.</summary>
    public GazetteerFormatException(string path, int line, string reason)
        : base($"{path}:{line}: {reason}")
    {
        Path = path;
        Line = line;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }
}
