namespace ActorGraph.Server.Api;

/// <summary>A request that cannot be answered, carried to the one place that writes it as RFC 7807 problem details.</summary>
internal sealed class ApiProblemException(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(detail)
{
    /// <summary>The HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>A short, fixed summary of the kind of problem.</summary>
    public string Title { get; } = title;

    /// <summary>Members added to the problem document: <c>errors</c> for validation, <c>suggestions</c> for unknown actors.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
