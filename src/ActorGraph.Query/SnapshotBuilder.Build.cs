using System.Runtime.InteropServices;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>Packing: numbering the vertices, sorting the edges, and laying out adjacency and timelines.</summary>
internal sealed partial class SnapshotBuilder
{
    /// <summary>Sorts and packs everything collected into a snapshot; the builder is spent afterwards.</summary>
    /// <exception cref="ArgumentException">A relation key appears twice.</exception>
    /// <exception cref="InvalidDataException">Fed by key, an edge names a key no actor was given under.</exception>
    public ActorGraphSnapshot Build()
    {
        numbering ??= NumberVertices();
        var edgeCount = sources.Count;
        var vertexCount = actors.Count;
        ToFinalVertices(CollectionsMarshal.AsSpan(sources), numbering);
        ToFinalVertices(CollectionsMarshal.AsSpan(targets), numbering);

        // Edges are ordered by (source, target, type): the out-adjacency of a vertex is then a contiguous range.
        var keys = new long[edgeCount];
        var edgeOrder = new int[edgeCount];
        for (var e = 0; e < edgeCount; e++)
        {
            keys[e] = ((((long)sources[e] * vertexCount) + targets[e]) << 4) | types[e];
            edgeOrder[e] = e;
        }

        RadixSort.Sort(keys, edgeOrder, Math.Max(1, ((long)vertexCount * vertexCount) << 4));
        ThrowIfAnyTwice(keys, edgeOrder);

        // Each task gathers whole columns, so its loads stay independent; the two cores of a small machine share them.
        var data = new EdgeData(edgeCount, stamps.Count);
        var latestStamp = int.MinValue;
        Parallel.Invoke(
            () =>
            {
                Gather(sources, edgeOrder, data.Sources);
                Gather(targets, edgeOrder, data.Targets);
                Gather(types, edgeOrder, data.Types);
                Gather(eventCounts, edgeOrder, data.EventCounts);
            },
            () =>
            {
                Gather(articleCounts, edgeOrder, data.ArticleCounts);
                Gather(firstDays, edgeOrder, data.FirstDays);
                Gather(lastDays, edgeOrder, data.LastDays);
                Gather(confidences, edgeOrder, data.Confidences);
            },
            () => latestStamp = CopyTimelines(edgeOrder, data));

        int[] outOffsets = [], inOffsets = [], inEdges = [];
        StoredActor[] stored = [];
        Parallel.Invoke(
            () => outOffsets = Offsets(data.Sources, vertexCount),
            () => (inOffsets, inEdges) = InAdjacency(data.Targets, vertexCount),
            () => stored = StoredActors(numbering.Order, data));

        var outEdges = new int[edgeCount];
        for (var e = 0; e < edgeCount; e++)
        {
            outEdges[e] = e;
        }

        var latest = Math.Max(latestStamp >> 2, edgeCount == 0 ? 0 : Max(data.LastDays));
        DateOnly? latestDate = edgeCount == 0 ? null : DateOnly.FromDayNumber(latest);
        return new ActorGraphSnapshot(stored, numbering.VertexOf, data, outOffsets, outEdges, inOffsets, inEdges, latestDate);
    }

    /// <summary>
    /// Numbers the vertices in ordinal id order, so results never depend on the order a store streams rows in, and,
    /// fed by key, points every key at its final vertex.
    /// </summary>
    private VertexNumbering NumberVertices()
    {
        var vertexCount = actors.Count;
        var order = new int[vertexCount];
        var ids = new string[vertexCount];
        for (var i = 0; i < vertexCount; i++)
        {
            order[i] = i;
            ids[i] = actors[i].Id.Value;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        var final = new int[vertexCount];
        var vertexOfId = new Dictionary<string, int>(vertexCount);
        for (var vertex = 0; vertex < vertexCount; vertex++)
        {
            final[order[vertex]] = vertex;
            vertexOfId.Add(ids[vertex], vertex);
        }

        foreach (ref var vertex in vertexOfKey.AsSpan())
        {
            if (vertex >= 0)
            {
                vertex = final[vertex];
            }
        }

        return new VertexNumbering(order, final, vertexOfId);
    }

    /// <summary>Rewrites edge ends, in place, from store keys or provisional vertices to final vertices.</summary>
    private void ToFinalVertices(Span<int> ends, VertexNumbering vertices)
    {
        if (feed != Feed.ByKey)
        {
            foreach (ref var end in ends)
            {
                end = vertices.Final[end];
            }

            return;
        }

        foreach (ref var key in ends)
        {
            var vertex = key < vertexOfKey.Length ? vertexOfKey[key] : -1;
            if (vertex < 0)
            {
                throw new InvalidDataException($"The store sent a relation naming actor key {key}, which it did not list.");
            }

            key = vertex;
        }
    }

    private void ThrowIfAnyTwice(long[] keys, int[] edgeOrder)
    {
        for (var e = 1; e < keys.Length; e++)
        {
            if (keys[e] == keys[e - 1])
            {
                var edge = edgeOrder[e];
                var source = actors[numbering!.Order[sources[edge]]].Id;
                var target = actors[numbering.Order[targets[edge]]].Id;
                throw new ArgumentException($"The relation {source} {((PloverType)types[edge]).ToName()} {target} appears twice.");
            }
        }
    }

    /// <summary>Copies each edge's timeline into place in edge order, sorting any that came unsorted; returns the latest stamp.</summary>
    private int CopyTimelines(int[] edgeOrder, EdgeData data)
    {
        var allStamps = CollectionsMarshal.AsSpan(stamps);
        var starts = CollectionsMarshal.AsSpan(timelineStarts);
        var edgeCount = edgeOrder.Length;
        var latest = int.MinValue;
        var cursor = 0;
        for (var e = 0; e < edgeCount; e++)
        {
            var old = edgeOrder[e];
            var start = starts[old];
            var length = (old + 1 < edgeCount ? starts[old + 1] : allStamps.Length) - start;
            data.TimelineStarts[e] = cursor;
            var slice = data.Stamps.AsSpan(cursor, length);
            allStamps.Slice(start, length).CopyTo(slice);
            if (!IsSorted(slice))
            {
                slice.Sort();
            }

            if (length > 0)
            {
                latest = Math.Max(latest, slice[^1]);
            }

            cursor += length;
        }

        data.TimelineStarts[edgeCount] = cursor;
        return latest;
    }

    /// <summary>CSR offsets: where each vertex's run starts in edges sorted by <paramref name="ends"/>.</summary>
    private static int[] Offsets(int[] ends, int vertexCount)
    {
        var offsets = new int[vertexCount + 1];
        foreach (var end in ends)
        {
            offsets[end + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        return offsets;
    }

    /// <summary>In-edges by counting sort on target; scanning edges in (source, type) order keeps each list sorted that way.</summary>
    private static (int[] Offsets, int[] Edges) InAdjacency(int[] targets, int vertexCount)
    {
        var offsets = Offsets(targets, vertexCount);
        var edges = new int[targets.Length];
        var fill = offsets.AsSpan(0, vertexCount).ToArray();
        for (var e = 0; e < targets.Length; e++)
        {
            edges[fill[targets[e]]++] = e;
        }

        return (offsets, edges);
    }

    /// <summary>The actors in vertex order, each with its degree counted from the edges: a self-loop counts once.</summary>
    private StoredActor[] StoredActors(int[] order, EdgeData data)
    {
        var degrees = new int[order.Length];
        for (var e = 0; e < data.Sources.Length; e++)
        {
            var source = data.Sources[e];
            var target = data.Targets[e];
            degrees[source]++;
            if (target != source)
            {
                degrees[target]++;
            }
        }

        var stored = new StoredActor[order.Length];
        for (var v = 0; v < order.Length; v++)
        {
            stored[v] = new StoredActor(actors[order[v]], aliases[order[v]], degrees[v]);
        }

        return stored;
    }

    private static void Gather<T>(List<T> source, int[] order, T[] destination)
    {
        var from = CollectionsMarshal.AsSpan(source);
        for (var i = 0; i < order.Length; i++)
        {
            destination[i] = from[order[i]];
        }
    }

    private static int Max(int[] values)
    {
        var max = int.MinValue;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        return max;
    }

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

    /// <summary>Vertex numbers in ordinal id order.</summary>
    /// <param name="Order">For each final vertex, the actor's arrival index.</param>
    /// <param name="Final">For each arrival index, the final vertex.</param>
    /// <param name="VertexOf">Final vertex by id text.</param>
    private sealed record VertexNumbering(int[] Order, int[] Final, Dictionary<string, int> VertexOf);
}
