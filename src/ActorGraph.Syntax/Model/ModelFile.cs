using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace ActorGraph.Syntax.Model;

/// <summary>The model container: the magic "AGSYNTAX", a format version, the length and SHA-256 of the payload, then
/// the deflated payload. Every check that fails names the file.</summary>
internal static class ModelFile
{
    /// <summary>The format this build writes and reads.</summary>
    public const int Version = 1;

    private static ReadOnlySpan<byte> Magic => "AGSYNTAX"u8;

    private const int HeaderLength = 8 + 4 + 8 + 32;

    /// <summary>Writes a model file (via a temporary file, so a failed write leaves no half file behind).</summary>
    public static void Write(string path, Action<BinaryWriter> writePayload)
    {
        using var raw = new MemoryStream();
        using (var deflate = new DeflateStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate))
        {
            writePayload(writer);
        }

        var payload = raw.ToArray();
        var header = new byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), Version);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), payload.Length);
        SHA256.HashData(payload, header.AsSpan(20));
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            file.Write(header);
            file.Write(payload);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Checks a model file and hands its payload to the reader.</summary>
    public static T Read<T>(string path, Func<BinaryReader, T> readPayload)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SyntaxModelException(path, $"cannot read the model file ({e.Message})", e);
        }

        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new SyntaxModelException(path, "not an ActorGraph syntax model (the file does not start with AGSYNTAX)");
        }

        if (bytes.Length < HeaderLength)
        {
            throw new SyntaxModelException(path, $"truncated: {bytes.Length} bytes, shorter than the {HeaderLength}-byte header");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (version != Version)
        {
            throw new SyntaxModelException(path, $"model format version {version}; this build reads version {Version}");
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12));
        if (length < 0 || HeaderLength + length > bytes.Length)
        {
            throw new SyntaxModelException(path, $"truncated: the header announces {length} payload bytes, the file holds {bytes.Length - HeaderLength}");
        }

        if (HeaderLength + length < bytes.Length)
        {
            throw new SyntaxModelException(path, $"corrupt: {bytes.Length - HeaderLength - length} bytes after the payload");
        }

        var payload = bytes.AsSpan(HeaderLength, (int)length);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(bytes.AsSpan(20, 32)))
        {
            throw new SyntaxModelException(path, "corrupt: the payload does not match its SHA-256 checksum");
        }

        try
        {
            using var deflate = new DeflateStream(new MemoryStream(bytes, HeaderLength, (int)length), CompressionMode.Decompress);
            using var buffered = new BufferedStream(deflate, 1 << 16);
            using var reader = new BinaryReader(buffered);
            return readPayload(reader);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or OverflowException or FormatException)
        {
            throw new SyntaxModelException(path, $"corrupt: {e.Message}", e);
        }
    }
}
