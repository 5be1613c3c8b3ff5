using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Generation;

/// <summary>Where generated chunks go: a store's bulk insert, or anything that takes actors and edges in one call.</summary>
public delegate Task BulkSink(IReadOnlyList<StoredActor> actors, IReadOnlyList<RelationSummary> relations, CancellationToken cancellationToken);
