using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Generation;

/// <summary>
/// Makes a graph with the shape of news event data: real hubs (the great powers, the UN, NATO ...) followed by
/// synthetic people, organisations and groups with Zipf-distributed weights; each edge joins two actors drawn by
/// weight (a Chung–Lu graph, so degrees are heavy-tailed), has a PLOVER type drawn from <see cref="PloverMix"/> and a
/// heavy-tailed timeline of mostly asserted events. Everything follows from the seed.
/// </summary>
public sealed class SyntheticGraphGenerator
{
    /// <summary>The most events one edge gets.</summary>
    public const int MaxEvents = 5000;

    private const ulong ActorStream = 0;
    private const ulong RelationStream = 1;
    private const ulong DetailStreams = 1UL << 62;

    private readonly GeneratorOptions options;
    private readonly StoredActor[] actors;
    private readonly AliasSampler endpoints;
    private readonly int hubCount;

    /// <summary>Creates the actors; relations are made as they are enumerated.</summary>
    public SyntheticGraphGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        var random = SeededRandom.ForStream(options.Seed, ActorStream);
        hubCount = Math.Min(Hubs.All.Count, options.Actors);
        actors = new StoredActor[options.Actors];
        var weights = new double[options.Actors];
        for (var i = 0; i < actors.Length; i++)
        {
            var actor = i < hubCount ? Hubs.All[i] : Synthetic(i, random);
            actors[i] = new StoredActor(actor, [actor.Name], 0);
            weights[i] = Math.Pow(i + 1, -options.Skew) * (i < hubCount ? options.HubBoost : 1);
        }

        endpoints = new AliasSampler(weights);
    }

    /// <summary>The options the graph is made with.</summary>
    public GeneratorOptions Options => options;

    /// <summary>Every actor, hubs first; degrees are left at zero (stores count them).</summary>
    public IReadOnlyList<StoredActor> Actors => actors;

    /// <summary>How many of the first actors are hubs.</summary>
    public int HubCount => hubCount;

    /// <summary>
    /// The summary edges: no two share a <see cref="RelationKey"/>, and each enumeration yields the same sequence,
    /// ordered by (source, target, type) in actor order so a store appends them to its key order instead of
    /// scattering them. The keys are all drawn first; each edge's details then come from its own seeded stream.
    /// </summary>
    public IEnumerable<RelationSummary> Relations()
    {
        var keys = DrawKeys();
        var firstDay = options.From.DayNumber;
        var days = options.To.DayNumber - firstDay + 1;
        var stamps = new List<int>();
        foreach (var key in keys)
        {
            var type = (PloverType)(key & 15);
            var target = (int)((key >> 4) & ((1L << 27) - 1));
            var source = (int)(key >> 31);
            var random = SeededRandom.ForStream(options.Seed, DetailStreams + (ulong)key);
            yield return Summary(random, source, target, type, firstDay, days, stamps);
        }
    }

    /// <summary>Draws the distinct keys (source index, target index, type), packed and sorted.</summary>
    private long[] DrawKeys()
    {
        var random = SeededRandom.ForStream(options.Seed, RelationStream);
        var types = PloverMix.CreateSampler();
        var seen = new KeySet(options.Relations);
        // Drawing an existing key again is rare in a graph far from full; the budget only stops a pathological case.
        var budget = (options.Relations * 20L) + 1_000_000;
        while (seen.Count < options.Relations)
        {
            if (--budget < 0)
            {
                throw new InvalidOperationException($"Could not draw {options.Relations} distinct relations among {options.Actors} actors.");
            }

            var source = endpoints.Next(random);
            var target = endpoints.Next(random);
            var type = Plover.Types[types.Next(random)];
            if (source == target)
            {
                continue;
            }

            if (type.IsSymmetric() && actors[source].Actor.Id > actors[target].Actor.Id)
            {
                (source, target) = (target, source);
            }

            seen.Add((((long)source << 27) | (long)target) << 4 | (long)type);
        }

        return seen.ToSortedArray();
    }

    private RelationSummary Summary(SeededRandom random, int source, int target, PloverType type, int firstDay, int days, List<int> stamps)
    {
        // Pareto with exponent 1.5: most edges have one or two events, a few have hundreds; ties between hubs more.
        var events = Math.Min(MaxEvents, (int)Math.Pow(random.NextDoubleNonZero(), -1 / 1.5));
        if (source < hubCount && target < hubCount)
        {
            events = Math.Min(MaxEvents, events * 8);
        }

        // Most relations are short episodes, some last years; episodes start evenly over the range.
        var offset = random.NextInt(days);
        var u = random.NextDouble();
        var window = Math.Min(days - offset, 1 + (int)(days * u * u));
        var start = firstDay + offset;
        stamps.Clear();
        for (var i = 0; i < events; i++)
        {
            var roll = random.NextInt(100);
            var modality = roll < 90 ? Modality.Asserted : roll < 97 ? Modality.Future : Modality.Hypothetical;
            stamps.Add(new EventStamp(DateOnly.FromDayNumber(start + random.NextInt(window)), modality).Packed);
        }

        stamps.Sort();
        var timeline = new EventStamp[events];
        for (var i = 0; i < events; i++)
        {
            timeline[i] = EventStamp.FromPacked(stamps[i]);
        }

        var articles = Math.Max(1, events - (int)(events * 0.3 * random.NextDouble()));
        var confidence = Math.Round(0.55 + (0.2 * (random.NextDouble() + random.NextDouble())), 3);
        return new RelationSummary(
            actors[source].Actor.Id, actors[target].Actor.Id, type, events, articles,
            timeline[0].Date, timeline[^1].Date, confidence, timeline);
    }

    private static Actor Synthetic(int index, SeededRandom random)
    {
        var roll = random.NextInt(100);
        var country = Hubs.States[random.NextInt(Hubs.States.Count)].Country;
        return roll switch
        {
            < 70 => new Actor(new ActorId($"person/synthetic-{index:D7}"), $"Synthetic Person {index}", ActorKind.Person, country),
            < 97 => new Actor(new ActorId($"org/synthetic-{index:D7}"), $"Synthetic Organisation {index}", ActorKind.Organisation, roll < 85 ? country : null),
            _ => new Actor(new ActorId($"group/synthetic-{index:D7}"), $"Synthetic Group {index}", ActorKind.Group, null),
        };
    }
}
