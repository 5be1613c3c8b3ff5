namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>The constraints and indexes the store needs, created on open before anything is written, and the store marker.</summary>
internal static class Schema
{
    /// <summary>The schema version this build writes; a database marked with a higher one was written by a newer ActorGraph.</summary>
    public const long Version = 1;

    /// <summary>The key of the one <c>ActorGraphStore</c> node.</summary>
    public const string MarkerKey = "store";

    /// <summary>Idempotent schema statements: uniqueness on every identity key, and the indexes reads and recounts seek with.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        "CREATE CONSTRAINT actorgraph_store_key IF NOT EXISTS FOR (n:ActorGraphStore) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT actorgraph_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT actorgraph_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT actorgraph_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX actorgraph_event_pair IF NOT EXISTS FOR (n:Event) ON (n.source, n.target, n.type)",
        "CREATE INDEX actorgraph_event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    ];

    /// <summary>Creates the marker on a new database and returns the schema version it carries.</summary>
    public const string Marker = """
        MERGE (m:ActorGraphStore {key: $key})
        ON CREATE SET m.schema = $schema, m.eventSeq = 0
        RETURN m.schema AS schema
        """;
}
