namespace ActorGraph.Worker.Inbox;

/// <summary>A file seen in the inbox, with the size and modification time it had when last looked at.</summary>
internal readonly record struct InboxFile(string Path, long Length, DateTime LastWriteUtc)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
