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

    /// <summary>One page of actors after a given id without degrees, for the bulk read (the sink counts degrees itself).</summary>
    public const string BulkActors = """
        MATCH (a:Actor) WHERE a.id > $after
        WITH a ORDER BY a.id LIMIT $page
        RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, a.sector AS sector, a.aliases AS aliases
        """;

    /// <summary>The summary edges leaving one page of actors after a given id.</summary>
    public static string Relations { get; } = $$"""
        MATCH (s:Actor) WHERE s.id > $after
        WITH s ORDER BY s.id LIMIT $page
        OPTIONAL MATCH (s)-[r:{{RelationTypes.All}}]->(:Actor)
        RETURN s.id AS id, collect(CASE WHEN r IS NULL THEN null ELSE {{Edge}} END) AS edges
        ORDER BY id
        """;

    /// <summary>
    /// For the full recount: the summary edges leaving one page of actors after a given id, and the (target, type) of
    /// every event those actors are the source of.
    /// </summary>
    public static string SummaryPage { get; } = $$"""
        MATCH (s:Actor) WHERE s.id > $after
        WITH s ORDER BY s.id LIMIT $page
        RETURN s.id AS id,
            COLLECT { MATCH (s)-[r:{{RelationTypes.All}}]->(:Actor) RETURN {{Edge}} AS edge } AS edges,
            COLLECT { MATCH (s)-[:SOURCE_OF]->(e:Event) RETURN DISTINCT [e.target, e.type] AS key } AS eventKeys
        ORDER BY id
        """;

    /// <summary>Whether an actor exists.</summary>
    public const string ActorExists = "MATCH (a:Actor {id: $id}) RETURN a.id AS id";

    private const string EventOrder = "ORDER BY e.date DESC, e.seq DESC";

    private const string EventColumns = """
        RETURN e.article AS article, e.sentenceIndex AS sentenceIndex, e.spanStart AS spanStart, e.spanEnd AS spanEnd, e.sentence AS sentence,
            e.confidence AS confidence, e.sourceText AS sourceText, e.targetText AS targetText, e.type AS type, e.mode AS mode,
            e.date AS date, e.datePrecision AS datePrecision, e.modality AS modality, e.seq AS seq,
            s.id AS sourceId, s.name AS sourceName, s.kind AS sourceKind, s.country AS sourceCountry, s.sector AS sourceSector,
            t.id AS targetId, t.name AS targetName, t.kind AS targetKind, t.country AS targetCountry, t.sector AS targetSector
        """;

    /// <summary>
    /// The events behind edges, newest first: the first page (<paramref name="afterCursor"/> false) or a page after a
    /// (date, sequence) cursor. Each shape starts from an index: a named actor by its unique id (either direction is a
    /// <c>UNION</c> of one branch anchored at each end), otherwise the <c>Event(date)</c> range index, which also gives
    /// the order. The cursor predicate is only written when there is a cursor, so a first page never tests a null.
    /// </summary>
    public static string Events(EventQuery query, bool afterCursor)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (source, target) = (query.Source is not null, query.Target is not null);
        var filters = EventFilters(query, afterCursor);
        if (!source && !target)
        {
            // No actor to start from: walk the date index newest first (IS NOT NULL makes a bare scan index-backed).
            if (query.Since is null && query.Until is null && !afterCursor)
            {
                filters.Insert(0, "e.date IS NOT NULL");
            }

            return Branch("(s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor)", "USING INDEX e:Event(date)", filters);
        }

        if (!query.EitherDirection || (source != target))
        {
            if (!query.EitherDirection)
            {
                return Branch(Pattern(source ? "$source" : null, target ? "$target" : null), null, filters);
            }

            var actor = source ? "$source" : "$target";
            return Union(Pattern(actor, null), Pattern(null, actor), filters);
        }

        return Union(Pattern("$source", "$target"), Pattern("$target", "$source"), filters);
    }

    private static List<string> EventFilters(EventQuery query, bool afterCursor)
    {
        var filters = new List<string>();
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

        if (afterCursor)
        {
            // The first conjunct is a range the date index can seek; the second breaks ties on the cursor's day.
            filters.Add("e.date <= date($cursorDate)");
            filters.Add("(e.date < date($cursorDate) OR e.seq < $cursorSeq)");
        }

        return filters;
    }

    private static string Pattern(string? sourceId, string? targetId) =>
        $"(s:Actor{(sourceId is null ? "" : $" {{id: {sourceId}}}")})-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor{(targetId is null ? "" : $" {{id: {targetId}}}")})";

    private static string Branch(string pattern, string? hint, List<string> filters)
    {
        var text = new StringBuilder("MATCH ").Append(pattern);
        if (hint is not null)
        {
            text.Append('\n').Append(hint);
        }

        if (filters.Count > 0)
        {
            text.Append("\nWHERE ").AppendJoin("\n  AND ", filters);
        }

        text.Append('\n').Append(EventColumns).Append('\n').Append(EventOrder).Append("\nLIMIT $limit");
        return text.ToString();
    }

    /// <summary>
    /// Two anchored branches, each sorted and cut to the page: <c>UNION</c> drops the self-loop event both find, and the
    /// reader merges the two sorted halves (a top-level union has no order of its own; no subquery, so any Neo4j 5 runs it).
    /// </summary>
    private static string Union(string first, string second, List<string> filters) =>
        Branch(first, null, filters) + "\nUNION\n" + Branch(second, null, filters);

    /// <summary>
    /// One breadth-first step: the edges of the given types from each frontier actor, kept when an event with a counted
    /// modality (<c>$modalities</c>, the low two bits of a stamp) falls in the window (<c>$fromStamp</c>..<c>$toStamp</c>).
    /// </summary>
    public static string NeighbourhoodStep(IReadOnlyCollection<PloverType>? types) => $$"""
        UNWIND $frontier AS id
        MATCH (a:Actor {id: id})
        OPTIONAL MATCH (a)-[r:{{RelationTypes.Of(types)}}]-(b:Actor)
        WHERE any(stamp IN r.timeline WHERE stamp % 4 IN $modalities AND stamp >= $fromStamp AND stamp <= $toStamp)
        RETURN a.id AS fromId, b.id AS toId, CASE WHEN r IS NULL THEN null ELSE {{Edge}} END AS edge
        """;

    /// <summary>The longest path <see cref="ShortestPath"/> searches.</summary>
    public const int MaxHops = 15;

    /// <summary>
    /// One shortest path over edges of the given types, in either direction, of at most <paramref name="maxHops"/> hops
    /// (validated, then written into the pattern so the search stops there), using only edges with an event of a counted
    /// modality; that predicate over all relationships is checked while the search expands.
    /// </summary>
    public static string ShortestPath(IReadOnlyCollection<PloverType>? types, int maxHops)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxHops);
        return $$"""
            MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
            MATCH p = shortestPath((a)-[:{{RelationTypes.Of(types)}}*1..{{maxHops}}]-(b))
            WHERE all(r IN relationships(p) WHERE any(stamp IN r.timeline WHERE stamp % 4 IN $modalities))
            RETURN [n IN nodes(p) | n.id] AS actors, [r IN relationships(p) | {{Edge}}] AS edges
            """;
    }
}
