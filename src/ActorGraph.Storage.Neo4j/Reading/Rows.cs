using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;

namespace ActorGraph.Storage.Neo4j.Reading;

/// <summary>Turns result rows into domain records, and enum values into the lower-case names the graph stores.</summary>
internal static class Rows
{
    /// <summary>The stored name of a modality: <c>asserted</c>.</summary>
    public static string Name(Modality modality) => modality.ToString().ToLowerInvariant();

    /// <summary>The stored name of a date precision: <c>day</c>.</summary>
    public static string Name(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>An actor from five fields named with a prefix: <c>sourceId</c>, <c>sourceName</c> ...; no prefix reads <c>id</c>, <c>name</c> ...</summary>
    public static Actor Actor(Neo4jRecord record, string prefix = "")
    {
        string Field(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
        var kindName = record.GetString(Field("kind"));
        if (!ActorKindNames.TryParse(kindName, out var kind))
        {
            throw new InvalidDataException($"Neo4j holds an actor of unknown kind '{kindName}'.");
        }

        return new Actor(
            new ActorId(record.GetString(Field("id"))),
            record.GetString(Field("name")),
            kind,
            record.GetNullableString(Field("country")),
            record.GetNullableString(Field("sector")));
    }

    /// <summary>An actor row with its aliases in ordinal order and its degree.</summary>
    public static StoredActor StoredActor(Neo4jRecord record) =>
        new(Actor(record), [.. record.GetStrings("aliases").Order(StringComparer.Ordinal)], record.GetInt32("degree"));

    /// <summary>An event row from <see cref="ReadCypher.Events"/>.</summary>
    public static ActorEvent Event(Neo4jRecord record) => new(
        RelationTypes.Parse(record.GetString("type")),
        record.GetNullableString("mode"),
        Actor(record, "source"),
        Actor(record, "target"),
        record.GetDate("date"),
        ParseEnum<DatePrecision>(record.GetString("datePrecision")),
        ParseEnum<Modality>(record.GetString("modality")),
        new Evidence(
            record.GetString("article"),
            record.GetInt32("sentenceIndex"),
            record.GetInt32("spanStart"),
            record.GetInt32("spanEnd"),
            record.GetString("sentence"),
            record.GetDouble("confidence"),
            record.GetString("sourceText"),
            record.GetString("targetText")));

    /// <summary>A summary edge from the map <see cref="ReadCypher.Edge"/> projects.</summary>
    public static RelationSummary Relation(JsonElement edge)
    {
        var timeline = edge.GetProperty("timeline");
        var stamps = new EventStamp[timeline.GetArrayLength()];
        var i = 0;
        foreach (var stamp in timeline.EnumerateArray())
        {
            stamps[i++] = EventStamp.FromPacked(stamp.GetInt32());
        }

        return new RelationSummary(
            new ActorId(edge.GetProperty("source").GetString()!),
            new ActorId(edge.GetProperty("target").GetString()!),
            RelationTypes.Parse(edge.GetProperty("type").GetString()!),
            edge.GetProperty("events").GetInt32(),
            edge.GetProperty("articles").GetInt32(),
            Date(edge.GetProperty("first")),
            Date(edge.GetProperty("last")),
            edge.GetProperty("confidence").GetDouble(),
            stamps);
    }

    /// <summary>A date Neo4j wrote as <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly Date(JsonElement value) =>
        DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T ParseEnum<T>(string name) where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"Neo4j holds an unknown {typeof(T).Name} '{name}'.");
}
