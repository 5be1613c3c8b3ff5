namespace ActorGraph.Syntax.Training;

/// <summary>Settings of a training run; the defaults made the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>The seed of every shuffle and exploration draw.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Tagger epochs (the best on the development set is kept).</summary>
    public int TaggerEpochs { get; init; } = 8;

    /// <summary>Parser epochs (the best on the development set is kept).</summary>
    public int ParserEpochs { get; init; } = 10;

    /// <summary>Folds for jackknifed training tags, so the parser learns from tags as good as the tagger gives at run
    /// time (0 or 1: train the parser on gold tags).</summary>
    public int JackknifeFolds { get; init; } = 4;

    /// <summary>The first parser epoch (0-based) that follows its own mistakes with the dynamic oracle.</summary>
    public int ExplorationStart { get; init; } = 1;

    /// <summary>How often, from that epoch on, a wrong prediction is followed rather than the oracle's best.</summary>
    public double ExplorationRate { get; init; } = 0.9;

    /// <summary>Averaged weights smaller than this are dropped from the model.</summary>
    public float Prune { get; init; } = 0.01f;
}
