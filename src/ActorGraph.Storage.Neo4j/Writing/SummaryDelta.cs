using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;

namespace ActorGraph.Storage.Neo4j.Writing;

/// <summary>What a batch's new events add to one summary relationship, as sent to <see cref="IngestCypher.Add"/>.</summary>
/// <param name="Source">The key's source id.</param>
/// <param name="Target">The key's target id.</param>
/// <param name="Events">How many new events.</param>
/// <param name="Articles">How many distinct articles they come from (each is new to the store or replaced whole).</param>
/// <param name="First">The earliest new event date.</param>
/// <param name="Last">The latest new event date.</param>
/// <param name="ConfidenceSum">The sum of their confidences.</param>
/// <param name="Stamps">Their packed stamps, sorted.</param>
internal sealed record SummaryDelta(string Source, string Target, int Events, int Articles, DateOnly First, DateOnly Last, double ConfidenceSum, int[] Stamps)
{
    /// <summary>Groups new events by the relation they belong to, leaving out the relations in <paramref name="recounted"/>.</summary>
    public static Dictionary<RelationKey, SummaryDelta> Of(IEnumerable<EventRow> events, IReadOnlySet<RelationKey> recounted)
    {
        var groups = new Dictionary<RelationKey, List<EventRow>>();
        foreach (var row in events)
        {
            var key = new RelationKey(new ActorId(row.Source), new ActorId(row.Target), RelationTypes.Parse(row.Type));
            if (recounted.Contains(key))
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(row);
        }

        return groups.ToDictionary(pair => pair.Key, pair =>
        {
            var rows = pair.Value;
            var stamps = rows.Select(r => r.Stamp).ToArray();
            Array.Sort(stamps);
            return new SummaryDelta(pair.Key.Source.Value, pair.Key.Target.Value, rows.Count,
                rows.Select(r => r.Article).Distinct(StringComparer.Ordinal).Count(),
                rows.Min(r => r.Date), rows.Max(r => r.Date), rows.Sum(r => r.Confidence), stamps);
        });
    }
}
