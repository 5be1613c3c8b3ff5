namespace ActorGraph.Cli.Bench;

/// <summary>What a query bench measured.</summary>
/// <param name="Actors">Actors in the loaded graph.</param>
/// <param name="Relations">Summary edges in the loaded graph.</param>
/// <param name="LoadSeconds">Time to read the store into a snapshot.</param>
/// <param name="Pairs">Actor pairs queried; every kind ran once per pair.</param>
/// <param name="Seed">The seed of the pairs and filters.</param>
/// <param name="Latencies">Latency per kind of query, in the order of <see cref="QueryKind"/>.</param>
/// <param name="Found">Per kind, how many queries found something (a path, a neighbour, an event).</param>
/// <param name="AfterLoad">Memory right after loading: the managed heap is then mostly the snapshot.</param>
/// <param name="AtEnd">Memory after every query: the peak covers the whole run.</param>
public sealed record QueryBenchReport(
    int Actors,
    int Relations,
    double LoadSeconds,
    int Pairs,
    ulong Seed,
    IReadOnlyList<LatencySummary> Latencies,
    IReadOnlyDictionary<QueryKind, int> Found,
    MemoryReading AfterLoad,
    MemoryReading AtEnd);
