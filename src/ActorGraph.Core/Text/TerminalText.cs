using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Text;

/// <summary>
/// Makes text from files (names, articles, error reasons) safe to print: control characters (ESC, BEL, NUL, C0 and
/// C1), bidirectional overrides and isolates, and line or paragraph separators become visible escapes such as
/// <c>\x1B</c> or <c>\u202E</c>, so no input can move the cursor, recolour the terminal or reverse what follows.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every character that could steer a terminal replaced by a visible escape; lone surrogates become U+FFFD.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var i = 0;
        while (i < text.Length && !Unsafe(text, i))
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }

        if (i >= text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (IsSteering(c))
            {
                builder.Append(c <= '\u00FF'
                    ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool Unsafe(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) || IsSteering(c);
    }

    // C0, DEL and C1; the bidi embeddings, overrides, isolates and marks; the line and paragraph separators.
    private static bool IsSteering(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
