using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Reading;
using ActorGraph.Storage.Neo4j.Traversal;

namespace ActorGraph.Storage.Neo4j;

// Neo4j-only extras: neighbourhoods and shortest paths computed in the server.
public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Neo4j-only extra: the actors within <paramref name="depth"/> hops of an actor over summary edges of the given types
    /// (either direction), following only edges with an event in the window of a counted modality; one Cypher step per
    /// hop, run in the server. By default hypothetical events do not count, as in the query library's <c>RelationFilter.Default</c>.
    /// </summary>
    /// <param name="actorId">The centre.</param>
    /// <param name="depth">How many hops, 1 to 15.</param>
    /// <param name="types">The edge types to follow; null or empty for all.</param>
    /// <param name="since">Follow only edges with an event on or after this date.</param>
    /// <param name="until">Follow only edges with an event on or before this date.</param>
    /// <param name="modalities">The modalities whose events count; null for asserted and future.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The neighbourhood, or null when the actor is not stored.</returns>
    public async Task<Neo4jNeighbourhood?> NeighbourhoodAsync(ActorId actorId, int depth, IReadOnlyCollection<PloverType>? types = null,
        DateOnly? since = null, DateOnly? until = null, IReadOnlyCollection<Modality>? modalities = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, ReadCypher.MaxHops);
        if (since > until)
        {
            throw new ArgumentException($"The window starts ({since:yyyy-MM-dd}) after it ends ({until:yyyy-MM-dd}).", nameof(since));
        }

        var statement = ReadCypher.NeighbourhoodStep(types);
        var window = Parameters(
            ("modalities", ModalityCodes(modalities)),
            ("fromStamp", since is { } first ? new EventStamp(first, Modality.Asserted).Packed : int.MinValue),
            ("toStamp", until is { } last ? new EventStamp(last, Modality.Hypothetical).Packed : int.MaxValue));
        var distances = new Dictionary<ActorId, int> { [actorId] = 0 };
        var edges = new Dictionary<RelationKey, RelationSummary>();
        List<string> frontier = [actorId.Value];
        for (var hop = 1; hop <= depth && frontier.Count > 0; hop++)
        {
            window["frontier"] = frontier;
            var records = (await _client.RunAsync(new Neo4jStatement(statement, window), cancellationToken)).Records;
            if (hop == 1 && records.Count == 0)
            {
                return null;
            }

            frontier = [];
            foreach (var record in records.Where(r => !r.IsNull("edge")))
            {
                var edge = Rows.Relation(record["edge"]);
                edges.TryAdd(edge.Key, edge);
                var reached = new ActorId(record.GetString("toId"));
                if (distances.TryAdd(reached, hop))
                {
                    frontier.Add(reached.Value);
                }
            }
        }

        return new Neo4jNeighbourhood(
            actorId,
            [.. distances.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key).Select(pair => new Neo4jNeighbour(pair.Key, pair.Value))],
            [.. edges.Values.OrderBy(e => e.Source).ThenBy(e => e.Target).ThenBy(e => e.Type)]);
    }

    /// <summary>
    /// Neo4j-only extra: one shortest path between two actors over summary edges of the given types, either direction,
    /// found by Cypher's <c>shortestPath</c> in the server.
    /// </summary>
    /// <param name="from">Where the path starts.</param>
    /// <param name="to">Where it ends.</param>
    /// <param name="types">The edge types to follow; null or empty for all.</param>
    /// <param name="maxHops">The longest path wanted, 1 to 15.</param>
    /// <param name="modalities">The modalities whose events count; null for asserted and future.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The path, or null when either actor is not stored or no path is short enough.</returns>
    public async Task<Neo4jPath?> ShortestPathAsync(ActorId from, ActorId to, IReadOnlyCollection<PloverType>? types = null, int maxHops = 6,
        IReadOnlyCollection<Modality>? modalities = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, ReadCypher.MaxHops);
        var statement = ReadCypher.ShortestPath(types, maxHops);
        if (from == to)
        {
            var exists = await _client.RunAsync(new Neo4jStatement(ReadCypher.ActorExists, Parameters(("id", from.Value))), cancellationToken);
            return exists.Data?.Values.Count > 0 ? new Neo4jPath([from], []) : null;
        }

        var records = (await _client.RunAsync(new Neo4jStatement(statement, Parameters(("fromId", from.Value), ("toId", to.Value), ("modalities", ModalityCodes(modalities)))), cancellationToken)).Records;
        if (records.Count == 0)
        {
            return null;
        }

        var path = records[0];
        return new Neo4jPath(
            [.. path.GetStrings("actors").Select(id => new ActorId(id))],
            [.. path["edges"].EnumerateArray().Select(Rows.Relation)]);
    }

    /// <summary>The modality codes a stamp's low two bits hold, asserted and future when none are given.</summary>
    private static int[] ModalityCodes(IReadOnlyCollection<Modality>? modalities) =>
        modalities is null || modalities.Count == 0
            ? [(int)Modality.Asserted, (int)Modality.Future]
            : [.. modalities.Distinct().Order().Select(m => (int)m)];
}
