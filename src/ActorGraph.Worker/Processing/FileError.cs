using System.Globalization;

namespace ActorGraph.Worker.Processing;

/// <summary>One problem with a file: on a line when it is on one.</summary>
/// <param name="Line">The 1-based line, if any.</param>
/// <param name="Reason">What is wrong.</param>
internal sealed record FileError(int? Line, string Reason)
{
    /// <summary>The line of an error report: <c>name:line: reason</c>, or <c>name: reason</c>.</summary>
    public string Format(string fileName) =>
        Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{fileName}:{line}: {Reason}") : $"{fileName}: {Reason}";
}
