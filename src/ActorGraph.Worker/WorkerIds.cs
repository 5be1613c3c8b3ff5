namespace ActorGraph.Worker;

/// <summary>Worker ids name folders, so they keep to letters, digits, '.', '_' and '-'.</summary>
internal static class WorkerIds
{
    public const int MaxLength = 100;

    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength && id[0] != '.' && id.All(IsAllowed);

    public static string Sanitize(string id)
    {
        var safe = new string(id.Select(c => IsAllowed(c) ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "worker" : safe[..Math.Min(safe.Length, MaxLength)];
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
