using System.Globalization;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests.Contract;

/// <summary>Everything a store can show through its reader, as comparable text: two equal snapshots mean nothing observable changed.</summary>
public sealed record StoreSnapshot(GraphStats Stats, IReadOnlyList<string> Actors, IReadOnlyList<string> Relations, IReadOnlyList<string> Events)
{
    /// <summary>Reads every actor, edge and event of a store.</summary>
    public static async Task<StoreSnapshot> TakeAsync(IGraphReader store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var actors = await store.ReadActorsAsync().Select(Describe).ToListAsync();
        var relations = await store.ReadRelationsAsync().Select(Describe).ToListAsync();
        var events = await store.ReadEventsAsync(new EventQuery(Limit: int.MaxValue)).Select(e => e.ToString()).ToListAsync();
        return new StoreSnapshot(await store.GetStatsAsync(), Sorted(actors), Sorted(relations), Sorted(events));
    }

    /// <summary>Asserts that nothing observable differs, field by field so a failure says what changed.</summary>
    public void AssertSameAs(StoreSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Assert.Equal(other.Stats, Stats);
        Assert.Equal(other.Actors, Actors);
        Assert.Equal(other.Relations, Relations);
        Assert.Equal(other.Events, Events);
    }

    /// <summary>An edge as one line of text, timeline included.</summary>
    public static string Describe(RelationSummary r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.Source} {r.Type} {r.Target} events={r.EventCount} articles={r.ArticleCount} {r.FirstDate:yyyy-MM-dd}..{r.LastDate:yyyy-MM-dd} "
            + $"confidence={r.MeanConfidence:R} timeline=[{string.Join(",", r.Timeline.Select(s => s.Packed))}]");
    }

    private static string Describe(StoredActor a) =>
        $"{a.Actor} aliases=[{string.Join("|", a.Aliases.Order(StringComparer.Ordinal))}] degree={a.Degree}";

    private static List<string> Sorted(List<string> lines) => [.. lines.Order(StringComparer.Ordinal)];
}
