namespace ActorGraph.Server.Api.Contracts;

/// <summary>What the server holds and which snapshot it answers from.</summary>
/// <param name="Store">The store's kind and location.</param>
/// <param name="Articles">Articles in the store when the snapshot was taken.</param>
/// <param name="Actors">Actors in the snapshot.</param>
/// <param name="Events">Events in the store when the snapshot was taken.</param>
/// <param name="Relations">Summary edges in the snapshot.</param>
/// <param name="Snapshot">The snapshot served.</param>
/// <param name="Refreshing">Whether a newer snapshot is being built.</param>
/// <param name="LastError">The last refresh failure, if the last refresh failed.</param>
public sealed record StatsDto(string Store, long Articles, long Actors, long Events, long Relations, SnapshotDto Snapshot, bool Refreshing, string? LastError);

/// <summary>One immutable snapshot of the store.</summary>
/// <param name="Version">Counts up from 1 with every snapshot swapped in.</param>
/// <param name="LoadedAt">When it was swapped in.</param>
/// <param name="LoadMilliseconds">How long it took to build.</param>
/// <param name="Fingerprint">The store state it was built from.</param>
/// <param name="LatestDate">The latest event date in it.</param>
public sealed record SnapshotDto(long Version, DateTimeOffset LoadedAt, long LoadMilliseconds, string Fingerprint, DateOnly? LatestDate);

/// <summary>A health answer.</summary>
/// <param name="Status">live, ready or loading.</param>
/// <param name="Snapshot">The snapshot version served, if any.</param>
public sealed record HealthDto(string Status, long? Snapshot);
