using System.Runtime.InteropServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>
/// Collects actors and summaries into growable primitive lists, then sorts and packs them into a snapshot. Fed either
/// by id (<see cref="AddActor(StoredActor)"/>, <see cref="AddRelation(RelationSummary)"/>) or, as an
/// <see cref="IGraphSink"/>, by store key; not both.
/// </summary>
internal sealed partial class SnapshotBuilder : IGraphSink
{
    private readonly List<Actor> actors = [];
    private readonly List<IReadOnlyList<string>> aliases = [];
    private Feed feed;

    // Fed by id: provisional vertices by id text, and the last source seen (stores stream edges grouped by source).
    private readonly Dictionary<string, int> vertexOf = [];
    private string? lastSource;
    private int lastSourceVertex;

    // Fed by key: vertex by store key, -1 where no actor has the key; edges hold keys until Build. Vertices are
    // provisional (arrival order) until the actors are numbered, final after.
    private int[] vertexOfKey = [];
    private VertexNumbering? numbering;

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

    private enum Feed
    {
        None,
        ById,
        ByKey,
    }

    public void AddActor(StoredActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Use(Feed.ById);
        if (!vertexOf.TryAdd(actor.Actor.Id.Value, actors.Count))
        {
            throw new ArgumentException($"Actor '{actor.Actor.Id}' appears twice.", nameof(actor));
        }

        actors.Add(actor.Actor);
        aliases.Add(actor.Aliases);
    }

    /// <inheritdoc />
    public void AddActor(int key, Actor actor, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        Use(Feed.ByKey);
        if (numbering is not null)
        {
            throw new InvalidOperationException("An actor came after the end of the actors.");
        }

        if (key >= vertexOfKey.Length)
        {
            var grown = new int[Math.Max(key + 1, vertexOfKey.Length * 2)];
            vertexOfKey.CopyTo(grown, 0);
            grown.AsSpan(vertexOfKey.Length).Fill(-1);
            vertexOfKey = grown;
        }

        if (vertexOfKey[key] >= 0)
        {
            throw new ArgumentException($"Actor key {key} appears twice ('{actors[vertexOfKey[key]].Id}' and '{actor.Id}').", nameof(key));
        }

        vertexOfKey[key] = actors.Count;
        actors.Add(actor);
        aliases.Add(names);
    }

    /// <inheritdoc />
    /// <remarks>Numbers the vertices here, on the actors' thread, while edges may still be arriving on another.</remarks>
    public void EndActors()
    {
        Use(Feed.ByKey);
        numbering ??= NumberVertices();
    }

    /// <summary>Sizes the columns up front when the store can say how much is coming.</summary>
    public void Reserve(long actorCount, long relationCount) => Reserve(actorCount, relationCount, relationCount);

    /// <summary>Sizes the columns, the timelines' shared array included, up front.</summary>
    public void Reserve(long actorCount, long relationCount, long eventCount)
    {
        var actorCapacity = (int)Math.Clamp(actorCount, 0, int.MaxValue / 2);
        actors.EnsureCapacity(actorCapacity);
        aliases.EnsureCapacity(actorCapacity);
        var edges = (int)Math.Clamp(relationCount, 0, int.MaxValue / 2);
        foreach (var column in new[] { sources, targets, eventCounts, articleCounts, firstDays, lastDays, timelineStarts })
        {
            column.EnsureCapacity(edges);
        }

        types.EnsureCapacity(edges);
        confidences.EnsureCapacity(edges);
        stamps.EnsureCapacity((int)Math.Clamp(eventCount, 0, int.MaxValue / 2));
    }

    public void AddRelation(RelationSummary relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        Use(Feed.ById);
        var key = relation.Key;
        if (!ReferenceEquals(key.Source.Value, lastSource) && key.Source.Value != lastSource)
        {
            lastSource = key.Source.Value;
            lastSourceVertex = VertexOf(key.Source);
        }

        AddColumns(
            new RelationRow(
                lastSourceVertex,
                VertexOf(key.Target),
                relation.Type,
                relation.EventCount,
                relation.ArticleCount,
                relation.FirstDate.DayNumber,
                relation.LastDate.DayNumber,
                relation.MeanConfidence));
        AddStamps(relation.Timeline);
    }

    /// <inheritdoc />
    public void AddRelation(in RelationRow relation, ReadOnlySpan<int> packedTimeline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(relation.SourceKey);
        ArgumentOutOfRangeException.ThrowIfNegative(relation.TargetKey);
        Use(Feed.ByKey);
        AddColumns(relation);
        stamps.AddRange(packedTimeline);
    }

    private void Use(Feed used)
    {
        if (feed != used && feed != Feed.None)
        {
            throw new InvalidOperationException("A snapshot builder is fed either by id or by store key, not both.");
        }

        feed = used;
    }

    private void AddColumns(in RelationRow relation)
    {
        sources.Add(relation.SourceKey);
        targets.Add(relation.TargetKey);
        types.Add((byte)relation.Type);
        eventCounts.Add(relation.EventCount);
        articleCounts.Add(relation.ArticleCount);
        firstDays.Add(relation.FirstDay);
        lastDays.Add(relation.LastDay);
        confidences.Add(relation.MeanConfidence);
        timelineStarts.Add(stamps.Count);
    }

    private void AddStamps(IReadOnlyList<EventStamp> timeline)
    {
        // An EventStamp is one packed int, so arrays and lists of them copy over as ints without enumerating.
        ReadOnlySpan<EventStamp> span = timeline switch
        {
            EventStamp[] array => array,
            List<EventStamp> list => CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        if (span.IsEmpty && timeline.Count > 0)
        {
            foreach (var stamp in timeline)
            {
                stamps.Add(stamp.Packed);
            }

            return;
        }

        stamps.AddRange(MemoryMarshal.Cast<EventStamp, int>(span));
    }

    private int VertexOf(ActorId id)
    {
        if (!vertexOf.TryGetValue(id.Value, out var vertex))
        {
            // A summary naming an actor the store did not list still loads, under a stand-in named by its id.
            vertex = actors.Count;
            vertexOf.Add(id.Value, vertex);
            actors.Add(new Actor(id, id.Value, KindOf(id), null));
            aliases.Add([id.Value]);
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
}
