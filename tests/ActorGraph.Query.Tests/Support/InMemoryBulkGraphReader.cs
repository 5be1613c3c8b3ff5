using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Tests.Support;

/// <summary>
/// A bulk reader over lists, keyed the way a store keys rows: actor <c>i</c> has key <c>3i + 1</c>, so keys are neither
/// vertex numbers nor dense. Edges are sent in reverse, actors and edges from two threads at once.
/// </summary>
internal sealed class InMemoryBulkGraphReader(IReadOnlyList<StoredActor> actors, IReadOnlyList<RelationSummary> relations)
    : IGraphReader, IBulkGraphReader
{
    private readonly InMemoryGraphReader streaming = new(actors, relations);

    /// <summary>Keys that edges name in place of their actors', to play a store that lost rows.</summary>
    public Dictionary<string, int> KeyOverrides { get; } = [];

    public async Task ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        sink.Reserve(actors.Count, relations.Count);
        var keyOf = actors.Select((a, i) => (a.Actor.Id.Value, Key: (3 * i) + 1)).ToDictionary(p => p.Value, p => p.Key);
        var sendActors = Task.Run(
            () =>
            {
                foreach (var actor in actors)
                {
                    sink.AddActor(keyOf[actor.Actor.Id.Value], actor.Actor, actor.Aliases);
                }

                sink.EndActors();
            },
            cancellationToken);
        await Task.Run(
            () =>
            {
                foreach (var relation in relations.Reverse())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var row = new RelationRow(
                        KeyOf(relation.Source.Value),
                        KeyOf(relation.Target.Value),
                        relation.Type,
                        relation.EventCount,
                        relation.ArticleCount,
                        relation.FirstDate.DayNumber,
                        relation.LastDate.DayNumber,
                        relation.MeanConfidence);
                    sink.AddRelation(row, relation.Timeline.Select(s => s.Packed).ToArray());
                }
            },
            cancellationToken);
        await sendActors;

        int KeyOf(string id) => KeyOverrides.TryGetValue(id, out var key) ? key : keyOf[id];
    }

    public IAsyncEnumerable<StoredActor> ReadActorsAsync(CancellationToken cancellationToken = default) => streaming.ReadActorsAsync(cancellationToken);

    public IAsyncEnumerable<RelationSummary> ReadRelationsAsync(CancellationToken cancellationToken = default) =>
        streaming.ReadRelationsAsync(cancellationToken);

    public IAsyncEnumerable<ActorEvent> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        streaming.ReadEventsAsync(query, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => streaming.GetStatsAsync(cancellationToken);
}
