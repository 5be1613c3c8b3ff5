using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>Small helpers for prepared commands whose parameters are set by position.</summary>
internal static class Sql
{
    /// <summary>Creates and prepares a command in a transaction, with one parameter per name, in order.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string text, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the parameters of a prepared command by position; null becomes SQL NULL.</summary>
    public static SqliteCommand With(this SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Reads a nullable text column.</summary>
    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
