using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ActorGraph.Extraction.Input;

/// <summary>Strict UTF-8 decoding that reports where invalid bytes are.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes bytes (without a leading byte order mark), or returns the 1-based line of the first invalid sequence.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int invalidLine)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        try
        {
            text = Strict.GetString(bytes);
            invalidLine = 0;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            invalidLine = LineOfFirstInvalidByte(bytes);
            return false;
        }
    }

    /// <summary>Returns the 1-based line of the first invalid UTF-8 sequence, or 0 when the bytes are valid.</summary>
    public static int LineOfFirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return 0;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
            return bytes[..bytesRead].Count((byte)'\n') + 1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
