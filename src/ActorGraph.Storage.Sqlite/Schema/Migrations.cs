namespace ActorGraph.Storage.Sqlite.Schema;

/// <summary>
/// The schema's history: entry N-1 takes a store from version N-1 to version N. Shipped entries never change;
/// a new version is one more entry at the end.
/// </summary>
internal static class Migrations
{
    /// <summary>Every migration, oldest first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Version1,
    ];

    /// <summary>The version this build writes.</summary>
    public static int Latest => All.Count;

    /// <summary>The marker in <c>actorgraph_meta</c> that says a file is ours.</summary>
    public const string Application = "ActorGraph";

    // Ids are integer keys so edges and evidence stay small and read without string work; the public ids live in
    // actors.id and articles.id. Dates are DateOnly.DayNumber (days since 0001-01-01); enums are the fixed codes of Codes.
    private const string Version1 = """
        CREATE TABLE actorgraph_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO actorgraph_meta (key, value) VALUES ('application', 'ActorGraph');

        CREATE TABLE actors (
            key     INTEGER PRIMARY KEY,
            id      TEXT NOT NULL UNIQUE,
            name    TEXT NOT NULL,
            kind    TEXT NOT NULL,
            country TEXT,
            sector  TEXT
        );

        CREATE TABLE actor_aliases (
            actor_key INTEGER NOT NULL REFERENCES actors (key),
            alias     TEXT NOT NULL,
            PRIMARY KEY (actor_key, alias)
        ) WITHOUT ROWID;

        CREATE TABLE articles (
            key          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            title        TEXT,
            url          TEXT,
            source       TEXT,
            published    INTEGER,
            content_hash TEXT NOT NULL,
            ingested_at  TEXT NOT NULL
        );

        CREATE TABLE events (
            article_key    INTEGER NOT NULL REFERENCES articles (key),
            sentence_index INTEGER NOT NULL,
            span_start     INTEGER NOT NULL,
            span_end       INTEGER NOT NULL,
            sentence       TEXT NOT NULL,
            type           INTEGER NOT NULL,
            mode           TEXT,
            source_key     INTEGER NOT NULL REFERENCES actors (key),
            target_key     INTEGER NOT NULL REFERENCES actors (key),
            date           INTEGER NOT NULL,
            date_precision INTEGER NOT NULL,
            modality       INTEGER NOT NULL,
            confidence     REAL NOT NULL,
            source_text    TEXT NOT NULL,
            target_text    TEXT NOT NULL
        );
        CREATE INDEX events_by_article ON events (article_key);
        -- Covers the recount of one edge and the drill-down from a source.
        CREATE INDEX events_by_pair ON events (source_key, target_key, type, date, modality, confidence, article_key);
        CREATE INDEX events_by_target ON events (target_key, date);
        CREATE INDEX events_by_date ON events (date);

        CREATE TABLE relations (
            source_key      INTEGER NOT NULL REFERENCES actors (key),
            target_key      INTEGER NOT NULL REFERENCES actors (key),
            type            INTEGER NOT NULL,
            event_count     INTEGER NOT NULL,
            article_count   INTEGER NOT NULL,
            first_date      INTEGER NOT NULL,
            last_date       INTEGER NOT NULL,
            mean_confidence REAL NOT NULL,
            timeline        BLOB NOT NULL,
            PRIMARY KEY (source_key, target_key, type)
        ) WITHOUT ROWID;
        -- With the primary key, both ends of a neighbourhood read are indexed.
        CREATE INDEX relations_by_target ON relations (target_key, source_key);
        """;
}
