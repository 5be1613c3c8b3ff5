using System.Runtime.CompilerServices;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>Streams actors with their aliases and degree, merging two key-ordered scans.</summary>
internal static class ActorReader
{
    // A self-loop is one edge touching the actor, so the target side skips it.
    private const string ActorsSql = """
        SELECT a.key, a.id, a.name, a.kind, a.country, a.sector,
            (SELECT COUNT(*) FROM relations r WHERE r.source_key = a.key)
            + (SELECT COUNT(*) FROM relations r WHERE r.target_key = a.key AND r.source_key <> a.key)
        FROM actors a ORDER BY a.key
        """;

    private const string AliasesSql = "SELECT actor_key, alias FROM actor_aliases ORDER BY actor_key, alias";

    public static async IAsyncEnumerable<StoredActor> ReadAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var actorsCommand = connection.CreateCommand();
        actorsCommand.CommandText = ActorsSql;
        using var aliasesCommand = connection.CreateCommand();
        aliasesCommand.CommandText = AliasesSql;
        using var actors = await actorsCommand.ExecuteReaderAsync(cancellationToken);
        using var aliases = await aliasesCommand.ExecuteReaderAsync(cancellationToken);
        var hasAlias = await aliases.ReadAsync(cancellationToken);
        while (await actors.ReadAsync(cancellationToken))
        {
            var key = actors.GetInt64(0);
            var names = new List<string>();
            while (hasAlias && aliases.GetInt64(0) <= key)
            {
                if (aliases.GetInt64(0) == key)
                {
                    names.Add(aliases.GetString(1));
                }

                hasAlias = await aliases.ReadAsync(cancellationToken);
            }

            yield return new StoredActor(ReadActor(actors, 1), names, actors.GetInt32(6));
        }
    }

    /// <summary>Reads an actor from five columns: id, name, kind, country, sector.</summary>
    public static Actor ReadActor(SqliteDataReader reader, int first) =>
        Create(
            reader.GetString(first),
            reader.GetString(first + 1),
            reader.GetString(first + 2),
            reader.GetNullableString(first + 3),
            reader.GetNullableString(first + 4));

    /// <summary>An actor from its stored columns; a kind this build does not know is an error naming it.</summary>
    public static Actor Create(string id, string name, string kindName, string? country, string? sector)
    {
        if (!ActorKindNames.TryParse(kindName, out var kind))
        {
            throw new InvalidDataException($"Stored actor kind '{kindName}' is unknown.");
        }

        return new Actor(new ActorId(id), name, kind, country, sector);
    }
}
