using System.Runtime.InteropServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>Collects actors and summaries into growable primitive lists, then sorts and packs them into a snapshot.</summary>
internal sealed class SnapshotBuilder
{
    private readonly List<StoredActor> actors = [];
    private readonly Dictionary<ActorId, int> vertexOf = [];
    private readonly List<int> sources = [];
    private readonly List<int> targets = [];
    private readonly List<byte> types = [];
    private readonly List<int> eventCounts = [];
    private readonly List<int> articleCounts = [];
    private readonly List<int> firstDays = [];
    private readonly List<int> lastDays = [];
    private readonly List<double> confidences = [];
    private readonly List<int> timelineStarts = [];
    private readonly List<int> stamps = [];

    public void AddActor(StoredActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!vertexOf.TryAdd(actor.Actor.Id, actors.Count))
        {
            throw new ArgumentException($"Actor '{actor.Actor.Id}' appears twice.", nameof(actor));
        }

        actors.Add(actor);
    }

    public void AddRelation(RelationSummary relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var key = relation.Key;
        sources.Add(VertexOf(key.Source));
        targets.Add(VertexOf(key.Target));
        types.Add((byte)relation.Type);
        eventCounts.Add(relation.EventCount);
        articleCounts.Add(relation.ArticleCount);
        firstDays.Add(relation.FirstDate.DayNumber);
        lastDays.Add(relation.LastDate.DayNumber);
        confidences.Add(relation.MeanConfidence);
        timelineStarts.Add(stamps.Count);
        foreach (var stamp in relation.Timeline)
        {
            stamps.Add(stamp.Packed);
        }
    }

    public ActorGraphSnapshot Build()
    {
        var vertexCount = actors.Count;

        // Vertices are numbered in ordinal id order so results never depend on the order a store streams rows in.
        var order = new int[vertexCount];
        var ids = new string[vertexCount];
        for (var i = 0; i < vertexCount; i++)
        {
            order[i] = i;
            ids[i] = actors[i].Actor.Id.Value;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        var renumber = new int[vertexCount];
        var sortedActors = new StoredActor[vertexCount];
        for (var newIndex = 0; newIndex < vertexCount; newIndex++)
        {
            renumber[order[newIndex]] = newIndex;
            sortedActors[newIndex] = actors[order[newIndex]];
        }

        // Edges are ordered by (source, target, type): the out-adjacency of a vertex is then a contiguous range.
        var edgeCount = sources.Count;
        var keys = new long[edgeCount];
        var edgeOrder = new int[edgeCount];
        for (var e = 0; e < edgeCount; e++)
        {
            keys[e] = ((((long)renumber[sources[e]] * vertexCount) + renumber[targets[e]]) << 4) | types[e];
            edgeOrder[e] = e;
        }

        Array.Sort(keys, edgeOrder);
        for (var e = 1; e < edgeCount; e++)
        {
            if (keys[e] == keys[e - 1])
            {
                var old = edgeOrder[e];
                throw new ArgumentException(
                    $"The relation {actors[sources[old]].Actor.Id} {((PloverType)types[old]).ToName()} {actors[targets[old]].Actor.Id} appears twice.");
            }
        }

        var data = new EdgeData(edgeCount, stamps.Count);
        var outOffsets = new int[vertexCount + 1];
        var cursor = 0;
        var latest = int.MinValue;
        for (var e = 0; e < edgeCount; e++)
        {
            var old = edgeOrder[e];
            var source = renumber[sources[old]];
            data.Sources[e] = source;
            data.Targets[e] = renumber[targets[old]];
            data.Types[e] = types[old];
            data.EventCounts[e] = eventCounts[old];
            data.ArticleCounts[e] = articleCounts[old];
            data.FirstDays[e] = firstDays[old];
            data.LastDays[e] = lastDays[old];
            data.Confidences[e] = confidences[old];
            latest = Math.Max(latest, lastDays[old]);
            outOffsets[source + 1]++;

            var start = timelineStarts[old];
            var end = old + 1 < edgeCount ? timelineStarts[old + 1] : stamps.Count;
            data.TimelineStarts[e] = cursor;
            var slice = data.Stamps.AsSpan(cursor, end - start);
            CollectionsMarshal.AsSpan(stamps).Slice(start, end - start).CopyTo(slice);
            if (!IsSorted(slice))
            {
                slice.Sort();
            }

            if (slice.Length > 0)
            {
                latest = Math.Max(latest, slice[^1] >> 2);
            }

            cursor += slice.Length;
        }

        data.TimelineStarts[edgeCount] = cursor;
        for (var v = 0; v < vertexCount; v++)
        {
            outOffsets[v + 1] += outOffsets[v];
        }

        // In-edges by counting sort on target; scanning edges in (source, type) order keeps each list sorted that way.
        var inOffsets = new int[vertexCount + 1];
        foreach (var target in data.Targets)
        {
            inOffsets[target + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            inOffsets[v + 1] += inOffsets[v];
        }

        var inEdges = new int[edgeCount];
        var fill = inOffsets.AsSpan(0, vertexCount).ToArray();
        for (var e = 0; e < edgeCount; e++)
        {
            inEdges[fill[data.Targets[e]]++] = e;
        }

        var outEdges = new int[edgeCount];
        for (var e = 0; e < edgeCount; e++)
        {
            outEdges[e] = e;
        }

        DateOnly? latestDate = edgeCount == 0 ? null : DateOnly.FromDayNumber(latest);
        return new ActorGraphSnapshot(sortedActors, data, outOffsets, outEdges, inOffsets, inEdges, latestDate);
    }

    private int VertexOf(ActorId id)
    {
        if (!vertexOf.TryGetValue(id, out var vertex))
        {
            // A summary naming an actor the store did not list still loads, under a stand-in named by its id.
            vertex = actors.Count;
            vertexOf.Add(id, vertex);
            actors.Add(new StoredActor(new Actor(id, id.Value, KindOf(id), null), [id.Value], 0));
        }

        return vertex;
    }

    private static ActorKind KindOf(ActorId id) => id.Prefix switch
    {
        "country" => ActorKind.State,
        "person" => ActorKind.Person,
        "group" => ActorKind.Group,
        _ => ActorKind.Organisation,
    };

    private static bool IsSorted(ReadOnlySpan<int> span)
    {
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i] < span[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Per-edge columns: one array per field, indexed by edge, so a million edges are a handful of objects.</summary>
internal sealed class EdgeData(int edgeCount, int stampCount)
{
    public int[] Sources { get; } = new int[edgeCount];

    public int[] Targets { get; } = new int[edgeCount];

    public byte[] Types { get; } = new byte[edgeCount];

    public int[] EventCounts { get; } = new int[edgeCount];

    public int[] ArticleCounts { get; } = new int[edgeCount];

    public int[] FirstDays { get; } = new int[edgeCount];

    public int[] LastDays { get; } = new int[edgeCount];

    public double[] Confidences { get; } = new double[edgeCount];

    public int[] TimelineStarts { get; } = new int[edgeCount + 1];

    public int[] Stamps { get; } = new int[stampCount];
}
