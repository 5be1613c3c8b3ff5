namespace ActorGraph.Storage.Neo4j.Writing;

/// <summary>An actor as sent to <see cref="Cypher.IngestCypher.Actors"/>.</summary>
internal sealed record ActorRow(string Id, string Name, string Kind, string? Country, string? Sector, IReadOnlyList<string> Aliases);

/// <summary>An article as sent to <see cref="Cypher.IngestCypher.Articles"/>.</summary>
internal sealed record ArticleRow(string Id, string? Title, string? Url, string? Source, DateOnly? Published, string ContentHash);

/// <summary>An event with its evidence as sent to <see cref="Cypher.IngestCypher.Events"/>.</summary>
internal sealed record EventRow(
    string Id,
    string Article,
    int Ordinal,
    long Seq,
    string Type,
    string? Mode,
    string Source,
    string Target,
    DateOnly Date,
    string DatePrecision,
    string Modality,
    int Stamp,
    double Confidence,
    int SentenceIndex,
    int SpanStart,
    int SpanEnd,
    string Sentence,
    string SourceText,
    string TargetText);

/// <summary>A relation to recount: its ends in <see cref="Core.Storage.RelationKey"/> order and the (source, target) pairs whose events it sums.</summary>
internal sealed record RecountRow(string Source, string Target, IReadOnlyList<IReadOnlyList<string>> Pairs);
