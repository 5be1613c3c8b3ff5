using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Ingest;

/// <summary>What an ingest run did, and every input that failed with its reason.</summary>
internal sealed class IngestTotals
{
    private readonly List<InputError> _failures = [];
    private readonly HashSet<(string Path, int? Line, string? Article)> _failedInputs = [];

    /// <summary>What the store reported for the batches written so far.</summary>
    public IngestReport Stored { get; private set; } = IngestReport.Empty;

    /// <summary>The inputs that could not be ingested, in the order they failed.</summary>
    public IReadOnlyList<InputError> Failures => _failures;

    /// <summary>Adds what one batch did.</summary>
    public void Add(IngestReport report) => Stored = Stored.Add(report);

    /// <summary>How many inputs failed: files, JSONL lines and articles, each counted once however many errors it had.</summary>
    public int FailedInputs => _failedInputs.Count;

    /// <summary>Records an input that failed: a file, a line of one, or one article of a file when <paramref name="article"/> names it.</summary>
    public void Fail(InputError error, string? article = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        _failures.Add(error);
        _failedInputs.Add((error.Path, error.Line, article));
    }
}
