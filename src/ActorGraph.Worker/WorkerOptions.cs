namespace ActorGraph.Worker;

/// <summary>The <c>Worker</c> configuration section: where the inbox and store are and how the inbox is worked.</summary>
public sealed class WorkerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Worker";

    /// <summary>The folder articles are dropped into; <c>claimed/</c>, <c>processed/</c> and <c>failed/</c> live inside it.</summary>
    public string Inbox { get; set; } = "./inbox";

    /// <summary>The SQLite store file.</summary>
    public string Store { get; set; } = "actorgraph.db";

    /// <summary>How many articles one store transaction holds at most (a file is never split, so one large file may exceed it).</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long the worker waits before looking at an idle inbox again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a file's size and modification time must stay unchanged before it counts as completely written.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Files larger than this are not read and go to <c>failed/</c>.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How long a dead worker's heartbeat must be silent before its claimed files are taken over.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The name of this worker's claim folder; two running workers must not share it.</summary>
    public string WorkerId { get; set; } = DefaultWorkerId();

    /// <summary>How often the throughput and queue summary is logged.</summary>
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest pause between two attempts to reach an unavailable store.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times the worker may die while reading or extracting one file before that file goes to <c>failed/</c>.</summary>
    public int MaxCrashAttempts { get; set; } = 3;

    /// <summary>The longest a file's read, or one article's extraction, may take before it is abandoned and failed.</summary>
    public TimeSpan ArticleTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a graceful stop may take before the host gives up waiting.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra gazetteer files or folders of <c>*.gaz</c> loaded on top of the shipped ones.</summary>
    public IList<string> Gazetteers { get; } = new List<string>();

    /// <summary>The machine name and process id, made safe for a folder name.</summary>
    public static string DefaultWorkerId() =>
        WorkerIds.Sanitize($"{Environment.MachineName}-{Environment.ProcessId}");
}
