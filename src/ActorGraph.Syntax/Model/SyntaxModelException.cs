namespace ActorGraph.Syntax.Model;

/// <summary>A model file that cannot be used: missing, foreign, of another format version, truncated or corrupt.
/// The message names the file and the problem.</summary>
public sealed class SyntaxModelException : Exception
{
    /// <summary>Creates the exception for a file and a problem.</summary>
    public SyntaxModelException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
    }

    /// <summary>The model file.</summary>
    public string Path { get; }
}
