using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>Streams the events an <see cref="EventQuery"/> selects, newest first.</summary>
internal static class EventReader
{
    public static async IAsyncEnumerable<ActorEvent> ReadAsync(SqliteConnection connection, EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var command = EventQuerySql.Build(connection, query);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var actors = new Dictionary<long, Actor>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var evidence = new Evidence(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                reader.GetString(4),
                reader.GetDouble(10),
                reader.GetString(11),
                reader.GetString(12));
            yield return new ActorEvent(
                Codes.ToType(reader.GetInt64(5)),
                reader.GetNullableString(6),
                CachedActor(reader, 13, actors),
                CachedActor(reader, 19, actors),
                DateOnly.FromDayNumber(reader.GetInt32(7)),
                Codes.ToPrecision(reader.GetInt64(8)),
                Codes.ToModality(reader.GetInt64(9)),
                evidence);
        }
    }

    private static Actor CachedActor(SqliteDataReader reader, int keyOrdinal, Dictionary<long, Actor> actors)
    {
        var key = reader.GetInt64(keyOrdinal);
        if (!actors.TryGetValue(key, out var actor))
        {
            actor = ActorReader.ReadActor(reader, keyOrdinal + 1);
            actors.Add(key, actor);
        }

        return actor;
    }
}
