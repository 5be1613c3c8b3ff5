using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Tests;

/// <summary>Direct, unpooled access to a store file, for looking at or tampering with what the store wrote.</summary>
public static class RawSqlite
{
    /// <summary>Opens an unpooled connection, so closing it releases the file.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Runs one statement and returns its first value.</summary>
    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        return Scalar(connection, sql);
    }

    /// <summary>Runs one statement on an open connection and returns its first value.</summary>
    public static object? Scalar(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
