namespace ActorGraph.Extraction.Input;

/// <summary>Lists the input files under folders without recursion, reading each real folder once, so that symbolic link loops end.</summary>
internal sealed class InputFolderWalk(List<InputError> errors)
{
    private readonly HashSet<string> _visited = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>The input files under a folder as (path shown, real path), sorted by the path shown; folders already read are skipped.</summary>
    public IEnumerable<(string Path, string Real)> Files(string folder)
    {
        var found = new List<(string Path, string Real)>();
        var pending = new Stack<(string Path, string Real)>();
        var root = RealPaths.Of(folder);
        if (_visited.Add(root))
        {
            pending.Push((folder, root));
        }

        while (pending.TryPop(out var current))
        {
            foreach (var entry in List(current.Path))
            {
                // Hidden entries (".git", ".DS_Store") are skipped.
                if (entry.Name.StartsWith('.') || (entry.Attributes & (FileAttributes.Hidden | FileAttributes.System)) != 0)
                {
                    continue;
                }

                var shown = Path.Combine(current.Path, entry.Name);
                var real = entry.LinkTarget is null ? Path.Combine(current.Real, entry.Name) : RealPaths.Of(shown);
                if (entry is DirectoryInfo)
                {
                    if (_visited.Add(real))
                    {
                        pending.Push((shown, real));
                    }
                }
                else if (InputFormats.TryFromPath(entry.Name, out _))
                {
                    if (entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                    {
                        errors.Add(new InputError(shown, null, "broken symbolic link: it points to no file"));
                        continue;
                    }

                    found.Add((shown, real));
                }
            }
        }

        // Ordinal order keeps runs reproducible across machines.
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private List<FileSystemInfo> List(string folder)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
            return [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            errors.Add(new InputError(folder, null, $"cannot read folder: {ex.Message}"));
            return [];
        }
    }
}
