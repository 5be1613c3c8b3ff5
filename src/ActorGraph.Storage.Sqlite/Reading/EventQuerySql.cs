using System.Globalization;
using System.Text;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>Turns an <see cref="EventQuery"/> into one parameterised SELECT whose filters the indexes can serve.</summary>
internal static class EventQuerySql
{
    private const string Select = """
        SELECT a.id, e.sentence_index, e.span_start, e.span_end, e.sentence, e.type, e.mode,
            e.date, e.date_precision, e.modality, e.confidence, e.source_text, e.target_text,
            e.source_key, s.id, s.name, s.kind, s.country, s.sector,
            e.target_key, t.id, t.name, t.kind, t.country, t.sector
        FROM events e
        JOIN articles a ON a.key = e.article_key
        JOIN actors s ON s.key = e.source_key
        JOIN actors t ON t.key = e.target_key
        """;

    private const string SourceKey = "(SELECT key FROM actors WHERE id = $source)";
    private const string TargetKey = "(SELECT key FROM actors WHERE id = $target)";

    public static SqliteCommand Build(SqliteConnection connection, EventQuery query)
    {
        var command = connection.CreateCommand();
        var filters = new List<string>();
        if (query.Source is { } source)
        {
            command.Parameters.AddWithValue("$source", source.Value);
        }

        if (query.Target is { } target)
        {
            command.Parameters.AddWithValue("$target", target.Value);
        }

        filters.AddRange(ActorFilters(query));
        if (query.Types is { Count: > 0 } types)
        {
            var names = types.Distinct().Select((type, i) =>
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$type{i}");
                command.Parameters.AddWithValue(name, Codes.Of(type));
                return name;
            }).ToList();
            filters.Add($"e.type IN ({string.Join(", ", names)})");
        }

        if (query.Since is { } since)
        {
            filters.Add("e.date >= $since");
            command.Parameters.AddWithValue("$since", since.DayNumber);
        }

        if (query.Until is { } until)
        {
            filters.Add("e.date <= $until");
            command.Parameters.AddWithValue("$until", until.DayNumber);
        }

        var text = new StringBuilder(Select);
        if (filters.Count > 0)
        {
            text.Append("\nWHERE ").AppendJoin("\n  AND ", filters);
        }

        text.Append("\nORDER BY e.date DESC, e.rowid DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.CommandText = text.ToString();
        return command;
    }

    private static IEnumerable<string> ActorFilters(EventQuery query)
    {
        var (source, target) = (query.Source is not null, query.Target is not null);
        if (!query.EitherDirection)
        {
            if (source)
            {
                yield return $"e.source_key = {SourceKey}";
            }

            if (target)
            {
                yield return $"e.target_key = {TargetKey}";
            }
        }
        else if (source && target)
        {
            yield return $"((e.source_key = {SourceKey} AND e.target_key = {TargetKey}) OR (e.source_key = {TargetKey} AND e.target_key = {SourceKey}))";
        }
        else if (source || target)
        {
            var key = source ? SourceKey : TargetKey;
            yield return $"(e.source_key = {key} OR e.target_key = {key})";
        }
    }
}
