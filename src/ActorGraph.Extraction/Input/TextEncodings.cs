using System.Text;

namespace ActorGraph.Extraction.Input;

/// <summary>Files saved as UTF-16 or UTF-32 with a byte order mark are decoded; other encodings are named in the error rather than called "invalid UTF-8".</summary>
internal static class TextEncodings
{
    private static readonly (byte[] Bom, Encoding Encoding, string Name)[] Marked =
    [
        // UTF-32 LE starts like UTF-16 LE, so it is tried first.
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32 LE"),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32 BE"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 LE"),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 BE"),
    ];

    /// <summary>Returns the bytes as UTF-8: unchanged unless a UTF-16 or UTF-32 byte order mark says otherwise; null with a reason when they cannot be decoded.</summary>
    public static byte[]? ToUtf8(byte[] bytes, out string? reason)
    {
        reason = null;
        foreach (var (bom, encoding, name) in Marked)
        {
            if (!bytes.AsSpan().StartsWith(bom))
            {
                continue;
            }

            try
            {
                return Encoding.UTF8.GetBytes(encoding.GetString(bytes, bom.Length, bytes.Length - bom.Length));
            }
            catch (DecoderFallbackException)
            {
                reason = $"invalid {name}: the file starts with a {name} byte order mark but holds bytes that are not {name}";
                return null;
            }
        }

        if (LooksLikeUtf16(bytes))
        {
            reason = "not UTF-8: the file looks like UTF-16 without a byte order mark (zero bytes between its letters); save it as UTF-8";
            return null;
        }

        return bytes;
    }

    // UTF-16 text in Latin script has a zero byte in every other position; one in the first 64 bytes is enough of a sign.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 64)];
        var zeros = head.Count((byte)0);
        return head.Length >= 4 && zeros * 4 >= head.Length;
    }
}
