namespace ActorGraph.Core.Storage;

/// <summary>Why a store could not do what was asked, when the store and not the data is at fault.</summary>
public enum StoreFault
{
    /// <summary>Unavailable for a reason the store did not name.</summary>
    Unavailable,

    /// <summary>Another writer holds the store (SQLite busy or locked).</summary>
    Busy,

    /// <summary>The disk or the store's size limit is full (SQLite error 13).</summary>
    Full,

    /// <summary>The store file or its folder cannot be written (SQLite error 8).</summary>
    ReadOnly,

    /// <summary>The operating system reported an I/O error (SQLite error 10).</summary>
    IoError,

    /// <summary>The store file cannot be opened (SQLite error 14).</summary>
    CannotOpen,

    /// <summary>The store file is damaged (SQLite errors 11 and 26 after it was opened).</summary>
    Corrupt,

    /// <summary>The server cannot be reached or answered with a server error (Neo4j).</summary>
    Unreachable,
}
