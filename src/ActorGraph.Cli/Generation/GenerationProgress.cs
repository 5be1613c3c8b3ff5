namespace ActorGraph.Cli.Generation;

/// <summary>How far a generation has got.</summary>
/// <param name="Actors">Actors written.</param>
/// <param name="Relations">Summary edges written.</param>
/// <param name="TotalRelations">Summary edges to write in all.</param>
/// <param name="Elapsed">Time since writing began.</param>
public sealed record GenerationProgress(int Actors, int Relations, int TotalRelations, TimeSpan Elapsed);
