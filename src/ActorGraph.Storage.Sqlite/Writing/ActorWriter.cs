using ActorGraph.Core.Actors;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Writing;

/// <summary>Upserts actors and their aliases within one transaction, remembering what it wrote so repeats cost nothing.</summary>
internal sealed class ActorWriter : IDisposable
{
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _alias;
    private readonly SqliteCommand _find;
    private readonly Dictionary<ActorId, long> _keys = [];
    private readonly Dictionary<ActorId, Actor> _written = [];
    private readonly HashSet<(long Key, string Alias)> _aliases = [];

    public ActorWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _upsert = Sql.Prepare(connection, transaction, """
            INSERT INTO actors (id, name, kind, country, sector) VALUES ($id, $name, $kind, $country, $sector)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country, sector = excluded.sector
            RETURNING key
            """, "$id", "$name", "$kind", "$country", "$sector");
        _alias = Sql.Prepare(connection, transaction,
            "INSERT OR IGNORE INTO actor_aliases (actor_key, alias) VALUES ($key, $alias)", "$key", "$alias");
        _find = Sql.Prepare(connection, transaction, "SELECT key FROM actors WHERE id = $id", "$id");
    }

    /// <summary>Stores the actor as given (the latest wins) with its display name as an alias, and returns its key.</summary>
    public async ValueTask<long> WriteAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (_written.TryGetValue(actor.Id, out var written) && written == actor)
        {
            return _keys[actor.Id];
        }

        var key = (long)(await _upsert
            .With(actor.Id.Value, actor.Name, actor.Kind.ToName(), actor.Country, actor.Sector)
            .ExecuteScalarAsync(cancellationToken))!;
        _keys[actor.Id] = key;
        _written[actor.Id] = actor;
        await AddAliasAsync(key, actor.Name, cancellationToken);
        return key;
    }

    /// <summary>Records a name the actor was seen under; blank names are ignored.</summary>
    public async ValueTask AddAliasAsync(long key, string? alias, CancellationToken cancellationToken)
    {
        alias = alias?.Trim();
        if (string.IsNullOrEmpty(alias) || !_aliases.Add((key, alias)))
        {
            return;
        }

        await _alias.With(key, alias).ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Notes the key of an actor read from the store, without writing it.</summary>
    public void Remember(ActorId id, long key) => _keys[id] = key;

    /// <summary>The key of an actor written or remembered in this transaction, or stored before it; null if unknown.</summary>
    public async ValueTask<long?> FindKeyAsync(ActorId id, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(id, out var known))
        {
            return known;
        }

        if (await _find.With(id.Value).ExecuteScalarAsync(cancellationToken) is long key)
        {
            _keys[id] = key;
            return key;
        }

        return null;
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _alias.Dispose();
        _find.Dispose();
    }
}
