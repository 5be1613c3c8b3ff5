using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Input;

/// <summary>Reads JSON strings whole even when they escape a lone surrogate (<c>"\ud800"</c>), which the reader refuses to decode.</summary>
internal static class JsonStrings
{
    /// <summary>The string or property name at the reader, with any lone surrogate replaced by U+FFFD.</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        try
        {
            return Surrogates.ReplaceLone(reader.GetString() ?? string.Empty);
        }
        catch (InvalidOperationException) when (reader.ValueIsEscaped)
        {
            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return Surrogates.ReplaceLone(Unescape(Encoding.UTF8.GetString(raw)));
        }
    }

    // The reader has already checked the escapes' syntax; only their meaning as UTF-16 is left to undo here.
    private static string Unescape(string escaped)
    {
        var sb = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c != '\\' || i + 1 >= escaped.Length)
            {
                sb.Append(c);
                continue;
            }

            var e = escaped[++i];
            if (e == 'u' && i + 4 < escaped.Length
                && ushort.TryParse(escaped.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 4;
                continue;
            }

            sb.Append(e switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => e,
            });
        }

        return sb.ToString();
    }
}
