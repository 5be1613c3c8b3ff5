using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>
/// Hands the whole graph to a sink by integer key, edges and actors read at once on two read-only connections, with
/// no allocation per edge: the path a snapshot load takes.
/// </summary>
internal static class BulkGraphReader
{
    private const string CountsSql = "SELECT (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM relations)";

    private const string ActorsSql = "SELECT key, id, name, kind, country, sector FROM actors ORDER BY key";

    private const string AliasesSql = "SELECT actor_key, alias FROM actor_aliases ORDER BY actor_key, alias";

    private const int CancellationStride = 4096;

    public static Task ReadAsync(string path, TimeSpan busyTimeout, IGraphSink sink, CancellationToken cancellationToken) =>
        Task.Run(() => ReadOnPoolAsync(path, busyTimeout, sink, cancellationToken), cancellationToken);

    // Opening, counting and the edge scan block, so all of it runs on the pool rather than the caller's thread.
    private static async Task ReadOnPoolAsync(string path, TimeSpan busyTimeout, IGraphSink sink, CancellationToken cancellationToken)
    {
        using var edgeConnection = ReadOnlyConnection.Open(path, busyTimeout);
        using var actorConnection = ReadOnlyConnection.Open(path, busyTimeout);

        // The edges' read transaction starts first (at its first read, the counts) and the actors' after it: actors are
        // never deleted, so every actor an edge names is in the later read, and both can then run side by side.
        edgeConnection.Execute("BEGIN");
        using (var counts = edgeConnection.Query(CountsSql))
        {
            counts.Step();
            sink.Reserve(counts.Int64(0), counts.Int64(1));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var actors = Task.Run(() => ReadActors(actorConnection, sink, stop.Token), stop.Token);
        try
        {
            ReadRelations(edgeConnection, sink, stop.Token);
        }
        catch
        {
            // The actors' read must be done with its connection before that closes.
            await stop.CancelAsync();
            await Task.WhenAny(actors);
            throw;
        }

        await actors;
    }

    private static void ReadRelations(ReadOnlyConnection connection, IGraphSink sink, CancellationToken cancellationToken)
    {
        using var rows = connection.Query(RelationRows.Sql);
        var timeline = new int[64];
        var read = 0;
        while (rows.Step())
        {
            if (++read % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (relation, stamps) = RelationRows.Read(rows, ref timeline);
            sink.AddRelation(relation, timeline.AsSpan(0, stamps));
        }
    }

    private static void ReadActors(ReadOnlyConnection connection, IGraphSink sink, CancellationToken cancellationToken)
    {
        // One transaction, so the aliases are read as of the same moment as the actors.
        connection.Execute("BEGIN");
        using var actors = connection.Query(ActorsSql);
        using var aliases = connection.Query(AliasesSql);
        var hasAlias = aliases.Step();
        var names = new List<string>();
        // Everything read here lives as long as the snapshot, so repeated texts are shared rather than kept once per actor.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = 0;
        while (actors.Step())
        {
            if (++read % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = actors.Int64(0);
            var actor = ReadActor(actors, shared);
            names.Clear();
            for (; hasAlias && aliases.Int64(0) <= key; hasAlias = aliases.Step())
            {
                if (aliases.Int64(0) == key)
                {
                    var alias = aliases.Text(1);
                    names.Add(alias == actor.Name ? actor.Name : alias);
                }
            }

            sink.AddActor(RelationRows.Key(key), actor, names.Count == 0 ? [] : names.ToArray());
        }

        sink.EndActors();
    }

    /// <summary>Reads id, name, kind, country and sector from columns 1 to 5.</summary>
    private static Actor ReadActor(RawQuery row, Dictionary<string, string> shared) =>
        ActorReader.Create(row.Text(1), row.Text(2), row.Text(3), Shared(row.NullableText(4), shared), Shared(row.NullableText(5), shared));

    private static string? Shared(string? text, Dictionary<string, string> shared)
    {
        if (text is null)
        {
            return null;
        }

        if (!shared.TryGetValue(text, out var kept))
        {
            shared.Add(text, text);
            kept = text;
        }

        return kept;
    }
}
