using System.Globalization;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>A temporary folder holding one inbox and one store, and what the tests look at inside them.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "actorgraph-worker-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Inbox = Path.Combine(Root, "inbox");
        Store = Path.Combine(Root, "graph.db");
    }

    public string Root { get; }

    public string Inbox { get; }

    public string Store { get; }

    public string Processed => Path.Combine(Inbox, "processed");

    public string Failed => Path.Combine(Inbox, "failed");

    public string Claimed => Path.Combine(Inbox, "claimed");

    /// <summary>Worker settings as environment variables: quick polling and settling, short claim timeout, small batches.</summary>
    public Dictionary<string, string> Settings(string? workerId = null, int batchSize = 10) => new()
    {
        ["Worker__Inbox"] = Inbox,
        ["Worker__Store"] = Store,
        ["Worker__BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        ["Worker__PollInterval"] = "00:00:00.100",
        ["Worker__SettleTime"] = "00:00:00.500",
        ["Worker__ClaimTimeout"] = "00:00:02",
        ["Worker__SummaryInterval"] = "00:00:02",
        ["Worker__MaxFileBytes"] = Corpus.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
        ["Worker__WorkerId"] = workerId ?? "w" + Guid.NewGuid().ToString("N")[..8],
    };

    /// <summary>Files (not reports) in processed/.</summary>
    public IReadOnlyList<string> ProcessedFiles() => DataFiles(Processed);

    /// <summary>Files (not reports) in failed/.</summary>
    public IReadOnlyList<string> FailedFiles() => DataFiles(Failed);

    /// <summary>Files dropped in the inbox and not yet taken, temporary names included.</summary>
    public IReadOnlyList<string> InboxFiles() =>
        Directory.Exists(Inbox) ? Directory.EnumerateFiles(Inbox).Select(path => Path.GetFileName(path)).ToList() : [];

    /// <summary>Files held in any worker's claim folder (lock files are not claims).</summary>
    public IReadOnlyList<string> ClaimedFiles() =>
        Directory.Exists(Claimed)
            ? Directory.EnumerateFiles(Claimed, "*", SearchOption.AllDirectories).Where(path => !path.EndsWith(".lock", StringComparison.Ordinal)).ToList()
            : [];

    /// <summary>The lines of every error report in a folder.</summary>
    public IReadOnlyList<string> ReportLines(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.error.txt").SelectMany(File.ReadAllLines).Where(line => line.Length > 0).ToList()
            : [];

    public bool AllFinished(Corpus corpus) =>
        ProcessedFiles().Count + FailedFiles().Count >= corpus.Files.Count && InboxFiles().Count == 0 && ClaimedFiles().Count == 0;

    public string Describe() =>
        $"inbox {InboxFiles().Count}, claimed {ClaimedFiles().Count}, processed {ProcessedFiles().Count}, failed {FailedFiles().Count}";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static List<string> DataFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(path => Path.GetFileName(path)).Where(name => !name.EndsWith(".error.txt", StringComparison.Ordinal)).ToList()
            : [];
}
