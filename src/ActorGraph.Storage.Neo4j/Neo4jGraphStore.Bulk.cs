using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Reading;

namespace ActorGraph.Storage.Neo4j;

// The IBulkGraphReader half of the store: the whole graph in pages ordered by actor id, handed over by integer key.
public sealed partial class Neo4jGraphStore : IBulkGraphReader
{
    /// <inheritdoc />
    /// <remarks>
    /// Actors come a page of <see cref="Neo4jOptions.PageSize"/> at a time in ordinal id order, keyed 0, 1, 2 ... in that
    /// order; then the summary edges leaving each page of source actors, in the same order. Each page is its own request
    /// continuing after the last id read, so memory is one page plus the id-to-key map, and a transient error costs one
    /// page. Neo4j has no snapshot across requests: an edge whose ends were stored after the actor pass is left out, so
    /// every key an edge names is an actor the sink was given.
    /// </remarks>
    public async Task ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var stats = await GetStatsAsync(cancellationToken);
        sink.Reserve(stats.Actors, stats.Relations);
        var keys = new Dictionary<string, int>(checked((int)Math.Min(stats.Actors, int.MaxValue)), StringComparer.Ordinal);
        await foreach (var record in PagesAsync(ReadCypher.BulkActors, cancellationToken))
        {
            var actor = Rows.Actor(record);
            var key = keys.Count;
            keys.Add(actor.Id.Value, key);
            sink.AddActor(key, actor, [.. record.GetStrings("aliases").Order(StringComparer.Ordinal)]);
        }

        sink.EndActors();
        var timeline = new List<int>();
        await foreach (var record in PagesAsync(ReadCypher.Relations, cancellationToken))
        {
            foreach (var edge in record["edges"].EnumerateArray())
            {
                var source = edge.GetProperty("source").GetString()!;
                var target = edge.GetProperty("target").GetString()!;
                if (!keys.TryGetValue(source, out var sourceKey) || !keys.TryGetValue(target, out var targetKey))
                {
                    continue;
                }

                timeline.Clear();
                foreach (var stamp in edge.GetProperty("timeline").EnumerateArray())
                {
                    timeline.Add(stamp.GetInt32());
                }

                var relation = new RelationRow(sourceKey, targetKey, RelationTypes.Parse(edge.GetProperty("type").GetString()!),
                    edge.GetProperty("events").GetInt32(), edge.GetProperty("articles").GetInt32(),
                    Rows.Date(edge.GetProperty("first")).DayNumber, Rows.Date(edge.GetProperty("last")).DayNumber,
                    edge.GetProperty("confidence").GetDouble());
                sink.AddRelation(relation, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(timeline));
            }
        }
    }
}
