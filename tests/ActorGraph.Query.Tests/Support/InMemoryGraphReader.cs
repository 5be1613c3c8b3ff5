using System.Runtime.CompilerServices;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Tests.Support;

/// <summary>A real, if small, reader over lists: applies <see cref="EventQuery"/> the way a store does.</summary>
internal sealed class InMemoryGraphReader(
    IEnumerable<StoredActor> actors, IEnumerable<RelationSummary> relations, IEnumerable<ActorEvent>? events = null) : IGraphReader
{
    private readonly List<ActorEvent> events = [.. events ?? []];

    public List<EventQuery> Queries { get; } = [];

    public async IAsyncEnumerable<StoredActor> ReadActorsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var actor in actors)
        {
            await Task.Yield();
            yield return actor;
        }
    }

    public async IAsyncEnumerable<RelationSummary> ReadRelationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var relation in relations.Reverse())
        {
            await Task.Yield();
            yield return relation;
        }
    }

    public async IAsyncEnumerable<ActorEvent> ReadEventsAsync(EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var matching = events
            .Where(e => Matches(e, query))
            .OrderByDescending(e => e.Date)
            .Take(query.Limit);
        foreach (var e in matching)
        {
            await Task.Yield();
            yield return e;
        }
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new GraphStats(0, actors.Count(), events.Count, relations.Count()));

    private static bool Matches(ActorEvent e, EventQuery q)
    {
        var direct = (q.Source is null || e.Source.Id == q.Source) && (q.Target is null || e.Target.Id == q.Target);
        var reversed = q.EitherDirection && (q.Source is null || e.Target.Id == q.Source) && (q.Target is null || e.Source.Id == q.Target);
        return (direct || reversed)
            && (q.Types is null || q.Types.Count == 0 || q.Types.Contains(e.Type))
            && (q.Since is null || e.Date >= q.Since)
            && (q.Until is null || e.Date <= q.Until);
    }
}
