using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>Turns SQLite error codes into the store exceptions callers are promised.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int Corrupt = 11;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static bool IsTranslated(SqliteException exception) =>
        exception.SqliteErrorCode is Busy or Locked or Corrupt or CantOpen or NotADatabase;

    public static Exception Translate(SqliteException exception, string path, TimeSpan busyTimeout) => exception.SqliteErrorCode switch
    {
        Busy or Locked => new StoreUnavailableException(
            $"{path} is locked by another writer; gave up after {busyTimeout.TotalSeconds:0.###} s.", exception),
        CantOpen => new StoreUnavailableException($"{path} cannot be opened ({exception.Message}).", exception),
        Corrupt => NotAStore(path, "the database file is damaged", exception),
        NotADatabase => NotAStore(path, "not an SQLite database", exception),
        _ => exception,
    };

    public static StoreFormatException NotAStore(string path, string reason, Exception? inner = null) =>
        new($"{path} is not an ActorGraph store ({reason}).", inner);
}
