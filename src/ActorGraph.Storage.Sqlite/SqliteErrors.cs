using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>Turns SQLite error codes into the store exceptions callers are promised.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoErr = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static bool IsTranslated(SqliteException exception) =>
        Primary(exception) is Busy or Locked or ReadOnly or IoErr or Corrupt or Full or CantOpen or NotADatabase;

    public static Exception Translate(SqliteException exception, string path, TimeSpan busyTimeout) => Primary(exception) switch
    {
        Busy or Locked => new StoreUnavailableException(
            $"{path} is locked by another writer; gave up after {busyTimeout.TotalSeconds:0.###} s.", exception, StoreFault.Busy),
        CantOpen => new StoreUnavailableException(
            $"{path} cannot be opened ({exception.Message}); the file and its folder must be readable, and writable for commands that write.", exception, StoreFault.CannotOpen),
        ReadOnly => new StoreUnavailableException(
            $"{path} cannot be written: the file or its folder is read-only (SQLite error 8); nothing of the failed write was stored.", exception, StoreFault.ReadOnly),
        Full => new StoreUnavailableException(
            $"{path} cannot be written: the disk is full (SQLite error 13); nothing of the failed write was stored.", exception, StoreFault.Full),
        IoErr => new StoreUnavailableException(
            $"{path}: disk I/O error (SQLite error 10: {exception.Message}); nothing of the failed write was stored.", exception, StoreFault.IoError),
        Corrupt => NotAStore(path, "the database file is damaged", exception),
        NotADatabase => NotAStore(path, "not an SQLite database", exception),
        _ => exception,
    };

    public static StoreFormatException NotAStore(string path, string reason, Exception? inner = null) =>
        new($"{path} is not an ActorGraph store ({reason}).", inner);

    // Extended codes (SQLITE_IOERR_WRITE = 778 ...) carry the primary code in their low byte.
    private static int Primary(SqliteException exception) => exception.SqliteErrorCode & 0xFF;
}
