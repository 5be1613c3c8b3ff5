namespace ActorGraph.Cli.Generation;

/// <summary>What to generate: how many actors and summary edges, and the seed that fixes every draw.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Validates and creates the options.</summary>
    public GeneratorOptions(int actors, int relations, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(actors, MaxActors);
        ArgumentOutOfRangeException.ThrowIfNegative(relations);
        // Far below the number of possible keys, so rejection sampling of duplicates stays cheap.
        var possible = (double)actors * (actors - 1) * 16;
        if (relations > possible / 4)
        {
            throw new ArgumentOutOfRangeException(
                nameof(relations), relations, $"{relations} relations are too dense for {actors} actors: use at most {(long)(possible / 4)}.");
        }

        Actors = actors;
        Relations = relations;
        Seed = seed;
    }

    /// <summary>The most actors a graph may have: relation keys pack two actor indices into 27 bits each.</summary>
    public const int MaxActors = 1 << 27;

    /// <summary>Number of actors, hubs included.</summary>
    public int Actors { get; }

    /// <summary>Number of distinct summary edges.</summary>
    public int Relations { get; }

    /// <summary>The seed: the same seed gives the same graph.</summary>
    public ulong Seed { get; }

    /// <summary>Zipf exponent of actor weights: an actor's expected degree falls as rank to this negative power.</summary>
    public double Skew { get; init; } = 0.85;

    /// <summary>How much busier the hubs are than their Zipf rank alone would make them.</summary>
    public double HubBoost { get; init; } = 3;

    /// <summary>The first day events may fall on.</summary>
    public DateOnly From { get; init; } = new(2016, 1, 1);

    /// <summary>The last day events may fall on.</summary>
    public DateOnly To { get; init; } = new(2025, 12, 31);
}
