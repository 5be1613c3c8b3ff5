using System.Text;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>The read statements; each filter is a fixed fragment with a parameter, never a value in the text.</summary>
internal static class ReadCypher
{
    /// <summary>A summary relationship <c>r</c> as a map that <see cref="Reading.Rows.Relation"/> reads.</summary>
    public const string Edge =
        "{source: startNode(r).id, target: endNode(r).id, type: type(r), events: r.events, articles: r.articles, "
        + "first: r.first, last: r.last, confidence: r.confidence, timeline: r.timeline}";

    /// <summary>Counts of what the store holds; the relationship count comes from Neo4j's count store.</summary>
    public static string Stats { get; } = $$"""
        RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors, COUNT { (:Event) } AS events,
            COUNT { ()-[:{{RelationTypes.All}}]->() } AS relations
        """;

    /// <summary>One page of actors after a given id, with the number of summary edges touching each (a self-loop counts once).</summary>
    public static string Actors { get; } = $$"""
        MATCH (a:Actor) WHERE a.id > $after
        WITH a ORDER BY a.id LIMIT $page
        RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, a.sector AS sector, a.aliases AS aliases,
            COUNT { (a)-[:{{RelationTypes.All}}]->(:Actor) } + COUNT { (a)<-[:{{RelationTypes.All}}]-(b:Actor) WHERE b <> a } AS degree
        """;

    /// <summary>The summary edges leaving one page of actors after a given id.</summary>
    public static string Relations { get; } = $$"""
        MATCH (s:Actor) WHERE s.id > $after
        WITH s ORDER BY s.id LIMIT $page
        OPTIONAL MATCH (s)-[r:{{RelationTypes.All}}]->(:Actor)
        RETURN s.id AS id, collect(CASE WHEN r IS NULL THEN null ELSE {{Edge}} END) AS edges
        ORDER BY id
        """;

    /// <summary>Whether an actor exists.</summary>
    public const string ActorExists = "MATCH (a:Actor {id: $id}) RETURN a.id AS id";

    /// <summary>The events behind edges, newest first, one page after a (date, sequence) cursor.</summary>
    public static string Events(EventQuery query)
    {
        var filters = new List<string>();
        var (source, target) = (query.Source is not null, query.Target is not null);
        if (!query.EitherDirection)
        {
            if (source)
            {
                filters.Add("s.id = $source");
            }

            if (target)
            {
                filters.Add("t.id = $target");
            }
        }
        else if (source && target)
        {
            filters.Add("((s.id = $source AND t.id = $target) OR (s.id = $target AND t.id = $source))");
        }
        else if (source || target)
        {
            var actor = source ? "$source" : "$target";
            filters.Add($"(s.id = {actor} OR t.id = {actor})");
        }

        if (query.Types is { Count: > 0 })
        {
            filters.Add("e.type IN $types");
        }

        if (query.Since is not null)
        {
            filters.Add("e.date >= date($since)");
        }

        if (query.Until is not null)
        {
            filters.Add("e.date <= date($until)");
        }

        filters.Add("($cursorDate IS NULL OR e.date < date($cursorDate) OR (e.date = date($cursorDate) AND e.seq < $cursorSeq))");
        var text = new StringBuilder("MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor)\nWHERE ");
        text.AppendJoin("\n  AND ", filters);
        text.Append("""

            RETURN e.article AS article, e.sentenceIndex AS sentenceIndex, e.spanStart AS spanStart, e.spanEnd AS spanEnd, e.sentence AS sentence,
                e.confidence AS confidence, e.sourceText AS sourceText, e.targetText AS targetText, e.type AS type, e.mode AS mode,
                e.date AS date, e.datePrecision AS datePrecision, e.modality AS modality, e.seq AS seq,
                s.id AS sourceId, s.name AS sourceName, s.kind AS sourceKind, s.country AS sourceCountry, s.sector AS sourceSector,
                t.id AS targetId, t.name AS targetName, t.kind AS targetKind, t.country AS targetCountry, t.sector AS targetSector
            ORDER BY e.date DESC, e.seq DESC
            LIMIT $limit
            """);
        return text.ToString();
    }

    /// <summary>One breadth-first step: the edges of the given types from each frontier actor, kept when an event falls in the window.</summary>
    public static string NeighbourhoodStep(IReadOnlyCollection<PloverType>? types) => $$"""
        UNWIND $frontier AS id
        MATCH (a:Actor {id: id})
        OPTIONAL MATCH (a)-[r:{{RelationTypes.Of(types)}}]-(b:Actor)
        WHERE NOT $windowed OR any(stamp IN r.timeline WHERE stamp >= $fromStamp AND stamp <= $toStamp)
        RETURN a.id AS fromId, b.id AS toId, CASE WHEN r IS NULL THEN null ELSE {{Edge}} END AS edge
        """;

    /// <summary>The longest path <see cref="ShortestPath"/> searches; shorter limits are a parameter.</summary>
    public const int MaxHops = 15;

    /// <summary>
    /// One shortest path over edges of the given types, in either direction, no longer than <c>$maxHops</c>. The length test
    /// is a separate <c>WITH ... WHERE</c>: inside the <c>MATCH</c> it would make Neo4j fall back to an exhaustive search.
    /// </summary>
    public static string ShortestPath(IReadOnlyCollection<PloverType>? types) => $$"""
        MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
        MATCH p = shortestPath((a)-[:{{RelationTypes.Of(types)}}*..{{MaxHops}}]-(b))
        WITH p WHERE length(p) <= $maxHops
        RETURN [n IN nodes(p) | n.id] AS actors, [r IN relationships(p) | {{Edge}}] AS edges
        """;
}
