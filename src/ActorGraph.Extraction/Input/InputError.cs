using System.Globalization;

namespace ActorGraph.Extraction.Input;

/// <summary>One input that could not be read as an article, and why.</summary>
/// <param name="Path">The file or path as given.</param>
/// <param name="Line">The 1-based line the problem is on, when it is on one.</param>
/// <param name="Reason">What is wrong, in a short lowercase phrase.</param>
public sealed record InputError(string Path, int? Line, string Reason)
{
    /// <summary>Formats the error as <c>path:line: reason</c>, or <c>path: reason</c> without a line.</summary>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}: {Reason}")
            : $"{Path}: {Reason}";
}
