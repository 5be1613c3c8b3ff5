using System.Text.RegularExpressions;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>One Cypher statement the adapter can send, named for where it comes from.</summary>
/// <param name="Name">Where the statement comes from and which variant it is: <c>ReadCypher.Events[source,cursor]</c>.</param>
/// <param name="Text">The statement exactly as sent.</param>
/// <param name="ReadOnly">Whether it only reads (so <c>EXPLAIN</c> may plan it on a live store).</param>
public sealed partial record CypherStatement(string Name, string Text, bool ReadOnly)
{
    /// <summary>The parameters the text uses, in order of first use.</summary>
    public IReadOnlyList<string> Parameters => [.. ParameterName().Matches(Text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\$(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}

/// <summary>
/// Every statement the adapter can send, every variant of it, so that tools outside the adapter can check them: the
/// Cypher lint in CI (Neo4j's own front end) and the contract suite's <c>EXPLAIN</c> of each read on a live server.
/// </summary>
public static class CypherCatalog
{
    /// <summary>The node labels the statements use.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["Actor", "ActorGraphStore", "Article", "Event"];

    /// <summary>The relationship types the statements use: the structural ones and one per PLOVER type.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = ["FROM_ARTICLE", "SOURCE_OF", "TARGET", .. Plover.Types.Select(RelationTypes.Of)];

    /// <summary>Every statement, each variant once.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } = [.. Build().DistinctBy(s => s.Text)];

    /// <summary>A value for every parameter a statement uses, enough to plan it (<c>EXPLAIN</c>) on an empty store.</summary>
    public static IReadOnlyDictionary<string, object?> SampleParameters(CypherStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var samples = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["after"] = "",
            ["page"] = 100,
            ["id"] = "country/AAA",
            ["ids"] = new[] { "a1" },
            ["key"] = Schema.MarkerKey,
            ["schema"] = Schema.Version,
            ["reserve"] = 1,
            ["source"] = "country/AAA",
            ["target"] = "country/BBB",
            ["types"] = new[] { "CONSULT" },
            ["since"] = "2024-01-01",
            ["until"] = "2024-12-31",
            ["cursorDate"] = "2024-06-01",
            ["cursorSeq"] = 10L,
            ["limit"] = 100,
            ["frontier"] = new[] { "country/AAA" },
            ["modalities"] = new[] { 0, 1 },
            ["fromStamp"] = int.MinValue,
            ["toStamp"] = int.MaxValue,
            ["fromId"] = "country/AAA",
            ["toId"] = "country/BBB",
            ["relType"] = "CONSULT",
            ["rows"] = Array.Empty<object>(),
            ["keys"] = new[] { new { source = "country/AAA", target = "country/BBB", pairs = new[] { new[] { "country/AAA", "country/BBB" } } } },
        };
        return statement.Parameters.ToDictionary(name => name, name => samples.GetValueOrDefault(name), StringComparer.Ordinal);
    }

    private static IEnumerable<CypherStatement> Build()
    {
        foreach (var (text, i) in Schema.Statements.Select((text, i) => (text, i)))
        {
            yield return new($"Schema.Statements[{i}]", text, ReadOnly: false);
        }

        yield return new("Schema.Marker", Schema.Marker, ReadOnly: false);
        yield return new("IngestCypher.Begin", IngestCypher.Begin, ReadOnly: false);
        yield return new("IngestCypher.Lock", IngestCypher.Lock, ReadOnly: false);
        yield return new("IngestCypher.ForgetEvents", IngestCypher.ForgetEvents, ReadOnly: false);
        yield return new("IngestCypher.Actors", IngestCypher.Actors, ReadOnly: false);
        yield return new("IngestCypher.Articles", IngestCypher.Articles, ReadOnly: false);
        yield return new("IngestCypher.Events", IngestCypher.Events, ReadOnly: false);
        yield return new("IngestCypher.Check", IngestCypher.Check, ReadOnly: true);
        foreach (var type in Plover.Types)
        {
            yield return new($"IngestCypher.Add[{type.ToName()}]", IngestCypher.Add(type), ReadOnly: false);
            yield return new($"IngestCypher.Recount[{type.ToName()}]", IngestCypher.Recount(type), ReadOnly: false);
        }

        yield return new("ReadCypher.Stats", ReadCypher.Stats, ReadOnly: true);
        yield return new("ReadCypher.Actors", ReadCypher.Actors, ReadOnly: true);
        yield return new("ReadCypher.BulkActors", ReadCypher.BulkActors, ReadOnly: true);
        yield return new("ReadCypher.Relations", ReadCypher.Relations, ReadOnly: true);
        yield return new("ReadCypher.SummaryPage", ReadCypher.SummaryPage, ReadOnly: true);
        yield return new("ReadCypher.ActorExists", ReadCypher.ActorExists, ReadOnly: true);
        foreach (var (query, afterCursor) in EventVariants())
        {
            yield return new($"ReadCypher.Events[{Describe(query, afterCursor)}]", ReadCypher.Events(query, afterCursor), ReadOnly: true);
        }

        // Type lists change only the alternation of names: all types, one, and several stand for every subset.
        IReadOnlyCollection<PloverType>?[] typeLists = [null, [PloverType.Consult], [PloverType.Sanction, PloverType.Accuse]];
        foreach (var types in typeLists)
        {
            var typeName = types is null ? "all" : string.Join('|', types.Select(t => t.ToName()));
            yield return new($"ReadCypher.NeighbourhoodStep[{typeName}]", ReadCypher.NeighbourhoodStep(types), ReadOnly: true);
            for (var hops = 1; hops <= ReadCypher.MaxHops; hops++)
            {
                yield return new($"ReadCypher.ShortestPath[{typeName},{hops}]", ReadCypher.ShortestPath(types, hops), ReadOnly: true);
            }
        }
    }

    /// <summary>Every combination of the filters <see cref="ReadCypher.Events"/> writes a fragment for, first page and later pages.</summary>
    private static IEnumerable<(EventQuery Query, bool AfterCursor)> EventVariants()
    {
        var actor = new Core.Actors.ActorId("country/AAA");
        for (var mask = 0; mask < 128; mask++)
        {
            var query = new EventQuery(
                Source: (mask & 1) != 0 ? actor : null,
                Target: (mask & 2) != 0 ? actor : null,
                Types: (mask & 4) != 0 ? [PloverType.Consult] : null,
                Since: (mask & 8) != 0 ? new DateOnly(2024, 1, 1) : null,
                Until: (mask & 16) != 0 ? new DateOnly(2024, 12, 31) : null,
                EitherDirection: (mask & 32) != 0);
            yield return (query, (mask & 64) != 0);
        }
    }

    private static string Describe(EventQuery query, bool afterCursor)
    {
        var parts = new List<string>();
        if (query.Source is not null)
        {
            parts.Add("source");
        }

        if (query.Target is not null)
        {
            parts.Add("target");
        }

        if (query.EitherDirection)
        {
            parts.Add("either");
        }

        if (query.Types is not null)
        {
            parts.Add("types");
        }

        if (query.Since is not null)
        {
            parts.Add("since");
        }

        if (query.Until is not null)
        {
            parts.Add("until");
        }

        if (afterCursor)
        {
            parts.Add("cursor");
        }

        return parts.Count == 0 ? "none" : string.Join(',', parts);
    }
}
