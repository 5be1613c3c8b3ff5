namespace ActorGraph.Core.Storage;

/// <summary>Counts of what a store holds.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Actors">Actors stored.</param>
/// <param name="Events">Events stored.</param>
/// <param name="Relations">Summary edges stored.</param>
public sealed record GraphStats(long Articles, long Actors, long Events, long Relations);
