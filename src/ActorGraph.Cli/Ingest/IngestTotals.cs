using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Ingest;

/// <summary>What an ingest run did, and every input that failed with its reason.</summary>
internal sealed class IngestTotals
{
    private readonly List<InputError> _failures = [];

    /// <summary>What the store reported for the batches written so far.</summary>
    public IngestReport Stored { get; private set; } = IngestReport.Empty;

    /// <summary>The inputs that could not be ingested, in the order they failed.</summary>
    public IReadOnlyList<InputError> Failures => _failures;

    /// <summary>Adds what one batch did.</summary>
    public void Add(IngestReport report) => Stored = Stored.Add(report);

    /// <summary>Records an input that failed.</summary>
    public void Fail(InputError error) => _failures.Add(error);
}
