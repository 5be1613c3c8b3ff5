using System.Buffers.Binary;
using System.Runtime.InteropServices;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Sqlite;

/// <summary>A relation's timeline as stored: each <see cref="EventStamp.Packed"/> value as four little-endian bytes.</summary>
internal static class TimelineBlob
{
    public static byte[] Pack(ReadOnlySpan<EventStamp> stamps)
    {
        var bytes = new byte[stamps.Length * sizeof(int)];
        for (var i = 0; i < stamps.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * sizeof(int)), stamps[i].Packed);
        }

        return bytes;
    }

    /// <summary>Packs into a reusable buffer, growing it when needed, and returns the byte count.</summary>
    public static int Pack(IReadOnlyList<EventStamp> stamps, ref byte[] buffer)
    {
        var length = stamps.Count * sizeof(int);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        for (var i = 0; i < stamps.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(i * sizeof(int)), stamps[i].Packed);
        }

        return length;
    }
}
