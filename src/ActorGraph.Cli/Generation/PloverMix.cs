using ActorGraph.Core.Events;

namespace ActorGraph.Cli.Generation;

/// <summary>
/// How often each PLOVER type occurs, roughly as in machine-coded news event data: meetings and accusations are
/// everyday, violence and concessions rare.
/// </summary>
public static class PloverMix
{
    /// <summary>Share of summary edges of each type, in percent; sums to 100.</summary>
    public static IReadOnlyDictionary<PloverType, double> Percent { get; } = new Dictionary<PloverType, double>
    {
        [PloverType.Consult] = 24,
        [PloverType.Accuse] = 14,
        [PloverType.Support] = 9,
        [PloverType.Request] = 8,
        [PloverType.Cooperate] = 6,
        [PloverType.Agree] = 6,
        [PloverType.Aid] = 5,
        [PloverType.Reject] = 5,
        [PloverType.Threaten] = 4,
        [PloverType.Coerce] = 4,
        [PloverType.Sanction] = 3.5,
        [PloverType.Assault] = 3,
        [PloverType.Protest] = 2.5,
        [PloverType.Concede] = 2,
        [PloverType.Mobilize] = 2,
        [PloverType.Retreat] = 2,
    };

    /// <summary>A sampler over <see cref="Plover.Types"/> (indexed in that order) with these shares.</summary>
    public static AliasSampler CreateSampler() => new([.. Plover.Types.Select(t => Percent[t])]);
}
