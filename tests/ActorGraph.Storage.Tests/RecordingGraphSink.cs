using System.Collections.Concurrent;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests;

/// <summary>An <see cref="IGraphSink"/> that keeps everything it is sent, and can run something when sizes arrive.</summary>
internal sealed class RecordingGraphSink(Action? onReserve = null) : IGraphSink
{
    public ConcurrentDictionary<int, (Actor Actor, string[] Aliases)> Actors { get; } = new();

    public ConcurrentQueue<(RelationRow Row, int[] Timeline)> Relations { get; } = new();

    public int EndActorsCalls;

    public int ActorsAfterEnd;

    public void Reserve(long actorCount, long relationCount) => onReserve?.Invoke();

    public void AddActor(int key, Actor actor, IReadOnlyList<string> aliases)
    {
        if (EndActorsCalls > 0)
        {
            ActorsAfterEnd++;
        }

        Assert.True(Actors.TryAdd(key, (actor, [.. aliases])), $"Actor key {key} was sent twice.");
    }

    public void EndActors() => Interlocked.Increment(ref EndActorsCalls);

    public void AddRelation(in RelationRow relation, ReadOnlySpan<int> packedTimeline) =>
        Relations.Enqueue((relation, packedTimeline.ToArray()));

    /// <summary>The recorded edges as summaries, their keys turned back into the ids the store gave.</summary>
    public IEnumerable<RelationSummary> Summaries() =>
        Relations.Select(r => new RelationSummary(
            Actors[r.Row.SourceKey].Actor.Id,
            Actors[r.Row.TargetKey].Actor.Id,
            r.Row.Type,
            r.Row.EventCount,
            r.Row.ArticleCount,
            DateOnly.FromDayNumber(r.Row.FirstDay),
            DateOnly.FromDayNumber(r.Row.LastDay),
            r.Row.MeanConfidence,
            [.. r.Timeline.Select(EventStamp.FromPacked)]));
}
