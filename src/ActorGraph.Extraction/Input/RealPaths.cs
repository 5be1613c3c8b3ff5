namespace ActorGraph.Extraction.Input;

/// <summary>The real path of a file or folder, every symbolic link on the way resolved, so that one folder reached two ways is known as one.</summary>
internal static class RealPaths
{
    // Like the kernel's ELOOP limit: a chain of links longer than this is left unresolved.
    private const int MaxLinks = 40;

    /// <summary>Returns the absolute path with every symbolic link component resolved.</summary>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    private static string Resolve(string full, int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable link is kept as written; reading through it fails later with its own error.
            }

            if (target is not null && links < MaxLinks)
            {
                next = Resolve(Path.GetFullPath(target, current), links + 1);
            }

            current = next;
        }

        return current;
    }
}
