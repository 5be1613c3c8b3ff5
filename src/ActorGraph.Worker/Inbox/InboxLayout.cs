namespace ActorGraph.Worker.Inbox;

/// <summary>The folders of one inbox: all inside it, so every move between them is a rename on one file system.</summary>
internal sealed class InboxLayout
{
    public InboxLayout(string inbox, string workerId)
    {
        Root = Path.GetFullPath(inbox);
        WorkerId = workerId;
        Claimed = Path.Combine(Root, "claimed");
        Processed = Path.Combine(Root, "processed");
        Failed = Path.Combine(Root, "failed");
        Mine = ClaimFolderOf(workerId);
        MyLock = LockFileOf(workerId);
    }

    /// <summary>The inbox itself, where files are dropped.</summary>
    public string Root { get; }

    /// <summary>This worker's id.</summary>
    public string WorkerId { get; }

    /// <summary>The parent of every worker's claim folder and lock file.</summary>
    public string Claimed { get; }

    /// <summary>Where files go once their articles are committed.</summary>
    public string Processed { get; }

    /// <summary>Where files go that yielded no article.</summary>
    public string Failed { get; }

    /// <summary>This worker's claim folder.</summary>
    public string Mine { get; }

    /// <summary>The file this worker keeps locked while it runs.</summary>
    public string MyLock { get; }

    public string ClaimFolderOf(string workerId) => Path.Combine(Claimed, workerId);

    public string LockFileOf(string workerId) => Path.Combine(Claimed, workerId + ".lock");

    /// <summary>Creates the inbox and its folders where missing.</summary>
    public void Create()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Claimed);
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
    }
}
