namespace ActorGraph.Worker.Inbox;

/// <summary>Which names in the inbox are still being written (or are reports) and must be left alone.</summary>
internal static class InboxNames
{
    /// <summary>The suffix of the report written beside a file that had errors.</summary>
    public const string ErrorSuffix = ".error.txt";

    private static readonly string[] InProgressSuffixes = [".tmp", ".partial", ".part"];

    /// <summary>Dotfiles, <c>*.tmp</c>, <c>*.partial</c> and <c>*.part</c> are being written; <c>*.error.txt</c> are reports.</summary>
    public static bool IsIgnored(string fileName) =>
        fileName.StartsWith('.')
        || InProgressSuffixes.Any(suffix => fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        || fileName.EndsWith(ErrorSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The n-th alternative name for a taken one: <c>report.json</c> becomes <c>report~2.json</c>.</summary>
    public static string WithSuffix(string fileName, int n)
    {
        if (n <= 1)
        {
            return fileName;
        }

        var extension = Path.GetExtension(fileName);
        var stem = fileName[..^extension.Length];
        return $"{stem}~{n}{extension}";
    }
}
