using System.Runtime.InteropServices;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>
/// SQLite's column getters, bound straight to the e_sqlite3 library the provider loads. The provider's own bindings take
/// a SafeHandle, whose add-ref and release cost more than the getter itself; at ten columns over millions of rows that
/// is most of a load. The getters only read the current row, so they skip the GC transition too.
/// </summary>
internal static class NativeColumns
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static extern long Int64(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_int")]
    [SuppressGCTransition]
    public static extern int Int32(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_double")]
    [SuppressGCTransition]
    public static extern double Double(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static extern int Type(IntPtr statement, int column);

    /// <summary>The value as text or blob bytes; valid until the next step. Call <see cref="Bytes"/> after it.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    public static extern IntPtr Blob(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_text")]
    [SuppressGCTransition]
    public static extern IntPtr Text(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static extern int Bytes(IntPtr statement, int column);

    /// <summary>Steps the statement; may do I/O, so it keeps the GC transition.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_step")]
    public static extern int Step(IntPtr statement);
}
