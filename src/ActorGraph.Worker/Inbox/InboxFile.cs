namespace ActorGraph.Worker.Inbox;

/// <summary>A file seen in the inbox, with the size and modification time it had when last looked at.</summary>
internal readonly record struct InboxFile(string Path, long Length, DateTime LastWriteUtc)
{
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>
    /// Whether another process holds the file open with a lock: a writer that denies sharing on Windows, or one that
    /// took a <c>flock</c> on Unix (as every .NET <see cref="FileStream"/> does). Writers that take no lock are caught by settling.
    /// </summary>
    public static bool IsLockedByAnother(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // Gone (another worker claimed it) or unreadable (the reader will report why): not a writer's doing.
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
