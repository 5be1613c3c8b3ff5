using System.Collections;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Query.Lookup;

namespace ActorGraph.Query;

/// <summary>
/// An immutable in-memory graph of a store: actors interned to vertex indices in id order, edges as columns sorted by
/// (source, target, type), with CSR out- and in-adjacency and every edge's timeline packed into one array.
/// </summary>
/// <remarks>Safe to query from many threads at once.</remarks>
public sealed class ActorGraphSnapshot : IRelationIncidenceGraph
{
    private readonly StoredActor[] actors;
    // Keyed by the id text: string keys get the runtime's fast non-randomised hashing until collisions say otherwise.
    private readonly Dictionary<string, int> vertexOf;
    private readonly EdgeData edges;
    private readonly int[] outOffsets;
    private readonly int[] outEdges;
    private readonly int[] inOffsets;
    private readonly int[] inEdges;
    private readonly Lazy<ActorLookup> lookup;

    internal ActorGraphSnapshot(
        StoredActor[] actors,
        Dictionary<string, int> vertexOf,
        EdgeData edges,
        int[] outOffsets,
        int[] outEdges,
        int[] inOffsets,
        int[] inEdges,
        DateOnly? latestDate)
    {
        this.actors = actors;
        this.edges = edges;
        this.outOffsets = outOffsets;
        this.outEdges = outEdges;
        this.inOffsets = inOffsets;
        this.inEdges = inEdges;
        LatestDate = latestDate;
        this.vertexOf = vertexOf;
        lookup = new Lazy<ActorLookup>(() => new ActorLookup(actors), LazyThreadSafetyMode.ExecutionAndPublication);
        Relations = new RelationList(this);
    }

    /// <inheritdoc />
    public int ActorCount => actors.Length;

    /// <inheritdoc />
    public int RelationCount => edges.Sources.Length;

    /// <inheritdoc />
    public DateOnly? LatestDate { get; }

    /// <summary>Every actor, in ordinal id order (the vertex order).</summary>
    public IReadOnlyList<StoredActor> Actors => actors;

    /// <summary>Every summary edge in (source, target, type) order, materialised on access.</summary>
    public IReadOnlyList<RelationSummary> Relations { get; }

    /// <summary>Finds actors by id, name or alias; built on first use.</summary>
    public ActorLookup Lookup => lookup.Value;

    /// <summary>
    /// Reads a whole store into a snapshot: in one integer-keyed pass when the store is an <see cref="IBulkGraphReader"/>,
    /// otherwise actors first, then summaries streamed into columns. Degrees are counted from the edges read.
    /// </summary>
    public static async Task<ActorGraphSnapshot> LoadAsync(IGraphReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        cancellationToken.ThrowIfCancellationRequested();
        var builder = new SnapshotBuilder();
        if (reader is IBulkGraphReader bulk)
        {
            await bulk.ReadGraphAsync(builder, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return builder.Build();
        }

        var stats = await reader.GetStatsAsync(cancellationToken);
        builder.Reserve(stats.Actors, stats.Relations, stats.Events);
        await foreach (var actor in reader.ReadActorsAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            builder.AddActor(actor);
        }

        // A reader may not check the token itself; checking every few thousand rows keeps cancellation prompt and cheap.
        var read = 0;
        await foreach (var relation in reader.ReadRelationsAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            if ((++read & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            builder.AddRelation(relation);
        }

        cancellationToken.ThrowIfCancellationRequested();

        return builder.Build();
    }

    /// <summary>
    /// Builds a snapshot from actors and summaries; summaries may name actors not listed, which get stand-ins. Degrees
    /// are counted from the summaries given.
    /// </summary>
    /// <exception cref="ArgumentException">An actor id or a relation key appears twice.</exception>
    public static ActorGraphSnapshot Build(IEnumerable<StoredActor> actors, IEnumerable<RelationSummary> relations)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(relations);
        var builder = new SnapshotBuilder();
        if (relations.TryGetNonEnumeratedCount(out var relationCount))
        {
            builder.Reserve(actors.TryGetNonEnumeratedCount(out var actorCount) ? actorCount : 0, relationCount, relationCount);
        }

        foreach (var actor in actors)
        {
            builder.AddActor(actor);
        }

        foreach (var relation in relations)
        {
            builder.AddRelation(relation);
        }

        return builder.Build();
    }

    /// <inheritdoc />
    public StoredActor GetActor(int vertex) => actors[vertex];

    /// <inheritdoc />
    public bool TryGetVertex(ActorId id, out int vertex)
    {
        vertex = -1;
        return id.Value is not null && vertexOf.TryGetValue(id.Value, out vertex);
    }

    /// <inheritdoc />
    public int SourceOf(int edge) => edges.Sources[edge];

    /// <inheritdoc />
    public int TargetOf(int edge) => edges.Targets[edge];

    /// <inheritdoc />
    public PloverType TypeOf(int edge) => (PloverType)edges.Types[edge];

    /// <inheritdoc />
    public ReadOnlySpan<int> TimelineOf(int edge)
    {
        var start = edges.TimelineStarts[edge];
        return edges.Stamps.AsSpan(start, edges.TimelineStarts[edge + 1] - start);
    }

    /// <inheritdoc />
    public ReadOnlySpan<int> OutEdges(int vertex) => outEdges.AsSpan(outOffsets[vertex], outOffsets[vertex + 1] - outOffsets[vertex]);

    /// <inheritdoc />
    public ReadOnlySpan<int> InEdges(int vertex) => inEdges.AsSpan(inOffsets[vertex], inOffsets[vertex + 1] - inOffsets[vertex]);

    /// <inheritdoc />
    public RelationSummary GetRelation(int edge)
    {
        var start = edges.TimelineStarts[edge];
        return new RelationSummary(
            actors[edges.Sources[edge]].Actor.Id,
            actors[edges.Targets[edge]].Actor.Id,
            (PloverType)edges.Types[edge],
            edges.EventCounts[edge],
            edges.ArticleCounts[edge],
            DateOnly.FromDayNumber(edges.FirstDays[edge]),
            DateOnly.FromDayNumber(edges.LastDays[edge]),
            edges.Confidences[edge],
            new TimelineView(edges.Stamps, start, edges.TimelineStarts[edge + 1] - start));
    }

    private sealed class RelationList(ActorGraphSnapshot snapshot) : IReadOnlyList<RelationSummary>
    {
        public int Count => snapshot.RelationCount;

        public RelationSummary this[int index] => snapshot.GetRelation(index);

        public IEnumerator<RelationSummary> GetEnumerator()
        {
            for (var e = 0; e < snapshot.RelationCount; e++)
            {
                yield return snapshot.GetRelation(e);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
