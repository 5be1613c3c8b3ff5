namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>The statements of one ingest transaction, in the order they run: lock, forget, nodes, events, recounts.</summary>
internal static class IngestCypher
{
    /// <summary>
    /// Takes the store's write lock (the marker node, recreated if the database was emptied), reserves a range of event
    /// sequence numbers, and reads the stored hash of each article in the batch. Every writer takes the lock first, so
    /// recounts never race.
    /// </summary>
    public const string Begin = """
        MERGE (m:ActorGraphStore {key: $key})
        ON CREATE SET m.schema = $schema, m.eventSeq = 0
        SET m.eventSeq = m.eventSeq + $reserve
        WITH m.eventSeq - $reserve AS base
        UNWIND $ids AS id
        OPTIONAL MATCH (a:Article {id: id})
        RETURN base, id, a.contentHash AS hash
        """;

    /// <summary>Deletes the stored events of changed articles and returns the relations they belonged to.</summary>
    public const string ForgetEvents = """
        UNWIND $ids AS id
        MATCH (:Article {id: id})<-[:FROM_ARTICLE]-(e:Event)
        WITH e, e.source AS source, e.target AS target, e.type AS type
        DETACH DELETE e
        RETURN DISTINCT source, target, type
        """;

    /// <summary>Takes the store's write lock without reserving anything, so a repair never races an ingest.</summary>
    public const string Lock = """
        MATCH (m:ActorGraphStore {key: $key})
        SET m.eventSeq = m.eventSeq
        RETURN m.eventSeq AS eventSeq
        """;

    /// <summary>Upserts actors: the latest details win, and aliases accumulate.</summary>
    public const string Actors = """
        UNWIND $rows AS row
        MERGE (a:Actor {id: row.id})
        SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.sector = row.sector,
            a.aliases = reduce(known = coalesce(a.aliases, []), alias IN row.aliases | CASE WHEN alias IN known THEN known ELSE known + alias END)
        """;

    /// <summary>Upserts articles with their new content hash.</summary>
    public const string Articles = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        SET a.title = row.title, a.url = row.url, a.source = row.source, a.published = date(row.published),
            a.contentHash = row.contentHash, a.ingestedAt = datetime()
        """;

    /// <summary>Creates events and links them to their actors and article; actors and articles were written just before.</summary>
    public const string Events = """
        UNWIND $rows AS row
        MATCH (article:Article {id: row.article}), (s:Actor {id: row.source}), (t:Actor {id: row.target})
        MERGE (e:Event {id: row.id})
        SET e.article = row.article, e.ordinal = row.ordinal, e.seq = row.seq, e.type = row.type, e.mode = row.mode,
            e.source = row.source, e.target = row.target, e.date = date(row.date), e.datePrecision = row.datePrecision,
            e.modality = row.modality, e.stamp = row.stamp, e.confidence = toFloat(row.confidence),
            e.sentenceIndex = row.sentenceIndex, e.spanStart = row.spanStart, e.spanEnd = row.spanEnd, e.sentence = row.sentence,
            e.sourceText = row.sourceText, e.targetText = row.targetText
        MERGE (s)-[:SOURCE_OF]->(e)
        MERGE (e)-[:TARGET]->(t)
        MERGE (e)-[:FROM_ARTICLE]->(article)
        """;

    /// <summary>
    /// Adds a batch's new events to the summary relationships of one type without reading any stored event: each row
    /// carries the count, distinct articles, date range, confidence sum and sorted stamps of its key's new events. The
    /// timeline is appended when the new stamps come after the stored ones (the usual case) and merged otherwise.
    /// </summary>
    public static string Add(Core.Events.PloverType type)
    {
        var name = RelationTypes.Of(type);
        return $$"""
            UNWIND $rows AS row
            MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
            MERGE (s)-[r:{{name}}]->(t)
            ON CREATE SET r.events = 0, r.articles = 0, r.confidenceSum = 0.0, r.timeline = []
            SET r.confidenceSum = coalesce(r.confidenceSum, r.confidence * r.events) + row.confidenceSum,
                r.events = r.events + row.events,
                r.articles = r.articles + row.articles,
                r.first = CASE WHEN r.first IS NULL OR date(row.first) < r.first THEN date(row.first) ELSE r.first END,
                r.last = CASE WHEN r.last IS NULL OR date(row.last) > r.last THEN date(row.last) ELSE r.last END,
                r.timeline = CASE
                    WHEN size(r.timeline) = 0 OR r.timeline[-1] <= row.stamps[0] THEN r.timeline + row.stamps
                    ELSE COLLECT { UNWIND r.timeline + row.stamps AS stamp RETURN stamp ORDER BY stamp }
                END
            SET r.confidence = r.confidenceSum / r.events
            """;
    }

    /// <summary>
    /// Recomputes the summary relationships of one type from their events: each key lists the (source, target) pairs whose
    /// events it sums (both orders for a symmetric type). A relation left without events is deleted. Used for relations
    /// whose events were deleted (a changed article) and by the full recount; new events go through <see cref="Add"/>.
    /// </summary>
    public static string Recount(Core.Events.PloverType type)
    {
        var name = RelationTypes.Of(type);
        return $$"""
            {{Aggregate}}
            MATCH (s:Actor {id: k.source}), (t:Actor {id: k.target})
            OPTIONAL MATCH (s)-[old:{{name}}]->(t)
            FOREACH (gone IN CASE WHEN events = 0 AND old IS NOT NULL THEN [old] ELSE [] END | DELETE gone)
            WITH s, t, events, articles, firstDate, lastDate, confidenceSum, timeline
            WHERE events > 0
            MERGE (s)-[r:{{name}}]->(t)
            SET r.events = events, r.articles = articles, r.first = firstDate, r.last = lastDate,
                r.confidenceSum = confidenceSum, r.confidence = confidenceSum / events, r.timeline = timeline
            """;
    }

    /// <summary>What <see cref="Recount"/> would write for each key, read without writing: the full recount's check.</summary>
    public static string Check { get; } = $$"""
        {{Aggregate}}
        RETURN k.source AS source, k.target AS target, events, articles, firstDate, lastDate, confidenceSum, timeline
        """;

    /// <summary>
    /// The events of each key in <c>$keys</c>, summed: every pair seeks the <c>Event(source, target, type)</c> index.
    /// </summary>
    private const string Aggregate = """
        UNWIND $keys AS k
        UNWIND k.pairs AS pair
        OPTIONAL MATCH (e:Event {source: pair[0], target: pair[1], type: $relType})
        WITH k, e
        ORDER BY e.stamp
        WITH k, count(e) AS events, count(DISTINCT e.article) AS articles, min(e.date) AS firstDate, max(e.date) AS lastDate,
            sum(e.confidence) AS confidenceSum, collect(e.stamp) AS timeline
        """;
}
