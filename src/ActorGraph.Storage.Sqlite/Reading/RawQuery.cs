using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>
/// A statement stepped through SQLite directly, for reads of millions of rows: the provider's reader looks up column
/// metadata and copies blobs on every call, which costs microseconds and kilobytes per row.
/// </summary>
/// <remarks>Not thread-safe; one reader steps it.</remarks>
internal sealed class RawQuery : IDisposable
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private bool _addedRef;

    public RawQuery(SqliteConnection connection, string sql)
        : this(connection.Handle ?? throw new InvalidOperationException("The connection is not open."), sql)
    {
    }

    public RawQuery(sqlite3 connection, string sql)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection);
        // Held for the query's life, so the raw handle below stays valid however the getters are called.
        _statement.DangerousAddRef(ref _addedRef);
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>Moves to the next row; false when there are no more.</summary>
    public bool Step()
    {
        var rc = NativeColumns.Step(_handle);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection);
        }

        return false;
    }

    public long Int64(int column) => NativeColumns.Int64(_handle, column);

    public int Int32(int column) => NativeColumns.Int32(_handle, column);

    public double Double(int column) => NativeColumns.Double(_handle, column);

    public bool IsNull(int column) => NativeColumns.Type(_handle, column) == raw.SQLITE_NULL;

    /// <summary>Copies a blob of little-endian ints into <paramref name="buffer"/>, growing it, and returns how many there are.</summary>
    /// <exception cref="InvalidDataException">The blob's length is not a multiple of four bytes.</exception>
    public int CopyInts(int column, ref int[] buffer)
    {
        var pointer = NativeColumns.Blob(_handle, column);
        var bytes = NativeColumns.Bytes(_handle, column);
        if (bytes % sizeof(int) != 0)
        {
            throw new InvalidDataException($"A blob of {bytes} bytes is not a whole number of 4-byte values.");
        }

        var count = bytes / sizeof(int);
        if (buffer.Length < count)
        {
            buffer = new int[Math.Max(count, buffer.Length * 2)];
        }

        if (count > 0)
        {
            Marshal.Copy(pointer, buffer, 0, count);
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(buffer.AsSpan(0, count), buffer.AsSpan(0, count));
            }
        }

        return count;
    }

    public string Text(int column)
    {
        var pointer = NativeColumns.Text(_handle, column);
        return pointer == IntPtr.Zero ? string.Empty : Marshal.PtrToStringUTF8(pointer, NativeColumns.Bytes(_handle, column));
    }

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);

    public void Dispose()
    {
        if (_addedRef)
        {
            _statement.DangerousRelease();
            _addedRef = false;
        }

        _statement.Dispose();
    }
}
